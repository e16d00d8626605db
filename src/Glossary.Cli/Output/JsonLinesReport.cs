namespace Glossary.Cli.Output;

/// <summary>
/// JSON Lines: one finding per line, the fields of a <see cref="JsonReport"/> finding with <c>path</c> first:
/// <c>{"path":"news.txt","entryId":"busan","found":"Pusan",…,"offset":0,"length":5,"fixable":true}</c>.
/// No summary line, so files concatenate; a clean run writes nothing.
/// </summary>
internal static class JsonLinesReport
{
    public static void Write(TextWriter writer, IEnumerable<FileReport> reports)
    {
        using var chunks = new JsonChunks(writer, indented: false);
        foreach (var report in reports)
        {
            foreach (var finding in report.Findings)
            {
                JsonReport.WriteFinding(chunks.Json, finding, report.Path);
                chunks.EndLine();
            }

            chunks.Flush(force: true);
        }
    }
}
