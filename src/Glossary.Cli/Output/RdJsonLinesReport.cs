using System.Text.Json;

namespace Glossary.Cli.Output;

/// <summary>
/// reviewdog's rdjsonl: one <c>Diagnostic</c> per line, with a suggestion that reviewdog turns into a
/// suggested change (none when the match crosses markup, see <see cref="Finding.Fixable"/>); <c>code.url</c> is the entry's source when that is a URL. Lines are 1-based; columns are 1-based UTF-8 byte columns with an exclusive end,
/// as the Reviewdog Diagnostic Format defines them, computed from <see cref="FileReport.Text"/>
/// (without the text they fall back to UTF-16 columns, which agree on ASCII lines only).
/// </summary>
internal static class RdJsonLinesReport
{
    public static void Write(TextWriter writer, IEnumerable<FileReport> reports, ReportOptions options)
    {
        var entries = options.EntriesById();
        using var chunks = new JsonChunks(writer, indented: false);
        var json = chunks.Json;
        foreach (var report in reports)
        {
            var path = ReportText.SlashPath(report.Path);
            foreach (var finding in report.Findings)
            {
                var (start, end) = SourceLines.Utf8Columns(report.Text, finding);
                json.WriteStartObject();
                json.WriteString("message", ReportText.Message(finding));
                json.WriteStartObject("location");
                json.WriteString("path", path);
                WriteRange(json, finding.Line, start, finding.EndLine, end);
                json.WriteEndObject();
                json.WriteString("severity", finding.Level == DiagnosticSeverity.Suggestion ? "INFO" : "WARNING");
                json.WriteStartObject("source");
                json.WriteString("name", "glossary");
                json.WriteEndObject();
                json.WriteStartObject("code");
                json.WriteString("value", finding.EntryId);
                var url = entries.TryGetValue(finding.EntryId, out var entry) ? ReportText.SourceUrl(entry.Source) : null;
                if (url is not null)
                    json.WriteString("url", url);
                json.WriteEndObject();

                // A suggestion is applied as it is: none for a match that crosses markup, which fix leaves alone.
                if (finding.Fixable)
                {
                    json.WriteStartArray("suggestions");
                    json.WriteStartObject();
                    WriteRange(json, finding.Line, start, finding.EndLine, end);
                    json.WriteString("text", finding.Replacement);
                    json.WriteEndObject();
                    json.WriteEndArray();
                }

                json.WriteEndObject();
                chunks.EndLine();
            }

            chunks.Flush(force: true);
        }
    }

    private static void WriteRange(Utf8JsonWriter json, int line, int column, int endLine, int endColumn)
    {
        json.WriteStartObject("range");
        json.WriteStartObject("start");
        json.WriteNumber("line", line);
        json.WriteNumber("column", column);
        json.WriteEndObject();
        json.WriteStartObject("end");
        json.WriteNumber("line", endLine);
        json.WriteNumber("column", endColumn);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
