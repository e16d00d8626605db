using System.Text.Json;

namespace Glossary.Cli.Output;

/// <summary>
/// The JSON report, a stable contract (version 1):
/// <code>
/// { "version": 1,
///   "files": [ { "path": "news.txt", "findings": [ {
///       "entryId": "lee-jae-myung", "found": "Lee Jae-myong", "replacement": "Lee Jae-myung",
///       "spelling": "Lee Jae-myong", "kind": "person", "note": null,
///       "line": 3, "column": 14, "endLine": 3, "endColumn": 27, "offset": 52, "length": 13, "fixable": true,
///       "level": "warning", "reason": "listed variant", "evidence": null } ] } ],
///   "summary": { "files": 1, "filesWithFindings": 1, "findings": 1 } }
/// </code>
/// Lines and columns are 1-based, columns count UTF-16 code units and <c>endColumn</c> is exclusive;
/// offset and length are 0-based UTF-16 indices into the decoded text (after any BOM). <c>fixable</c> is false
/// when the match crosses markup (<c>Kim *Jong-un*</c>), so that <c>fix</c> leaves it alone.
/// </summary>
public static class JsonReport
{
    /// <summary>
    /// Writes the whole report as one JSON document followed by a newline, each file's findings as the
    /// enumeration yields them (the report is never held whole; the summary comes last).
    /// </summary>
    public static void Write(TextWriter writer, IEnumerable<FileReport> reports)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(reports);
        int files = 0, filesWithFindings = 0, findings = 0;
        using (var chunks = new JsonChunks(writer, indented: true))
        {
            var json = chunks.Json;
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("files");
            foreach (var report in reports)
            {
                files++;
                filesWithFindings += report.Findings.Count > 0 ? 1 : 0;
                findings += report.Findings.Count;
                json.WriteStartObject();
                json.WriteString("path", report.Path);
                json.WriteStartArray("findings");
                foreach (var finding in report.Findings)
                {
                    WriteFinding(json, finding);
                    chunks.Flush(force: false);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                chunks.Flush(force: true);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", files);
            json.WriteNumber("filesWithFindings", filesWithFindings);
            json.WriteNumber("findings", findings);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        writer.Write('\n');
    }

    /// <summary>One finding object; <paramref name="path"/> is written first when given (JSON Lines).</summary>
    internal static void WriteFinding(Utf8JsonWriter json, Finding finding, string? path = null)
    {
        json.WriteStartObject();
        if (path is not null)
            json.WriteString("path", path);
        json.WriteString("entryId", finding.EntryId);
        json.WriteString("found", finding.Found);
        json.WriteString("replacement", finding.Replacement);
        json.WriteString("spelling", finding.Spelling);
        json.WriteString("kind", GlossaryLoader.KindName(finding.Kind));
        if (finding.Note is null)
            json.WriteNull("note");
        else
            json.WriteString("note", finding.Note);
        json.WriteNumber("line", finding.Line);
        json.WriteNumber("column", finding.Column);
        json.WriteNumber("endLine", finding.EndLine);
        json.WriteNumber("endColumn", finding.EndColumn);
        json.WriteNumber("offset", finding.Offset);
        json.WriteNumber("length", finding.Length);
        json.WriteBoolean("fixable", finding.Fixable);
        json.WriteString("level", ReportText.LevelName(finding));
        WriteOptional(json, "reason", finding.Reason);
        WriteOptional(json, "evidence", finding.Evidence);
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value);
    }
}
