namespace Glossary.Output;

/// <summary>
/// JSON Lines: one finding per line, the fields of a <see cref="JsonReport"/> finding with <c>path</c> first:
/// <c>{"path":"news.txt","entryId":"busan","found":"Pusan",…,"offset":0,"length":5}</c>.
/// No summary line, so files concatenate; a clean run writes nothing.
/// </summary>
internal static class JsonLinesReport
{
    public static void Write(TextWriter writer, IEnumerable<FileReport> reports)
    {
        foreach (var report in reports)
        {
            foreach (var finding in report.Findings)
            {
                ReportText.WriteJson(writer, indented: false, json => JsonReport.WriteFinding(json, finding, report.Path));
                writer.Write('\n');
            }
        }
    }
}
