using System.Text.Encodings.Web;
using System.Text.Json;
using Glossary.Model;

namespace Glossary.Output;

/// <summary>
/// The JSON report, a stable contract (version 1):
/// <code>
/// { "version": 1,
///   "files": [ { "path": "news.txt", "findings": [ {
///       "entryId": "lee-jae-myung", "found": "Lee Jae-myong", "replacement": "Lee Jae-myung",
///       "spelling": "Lee Jae-myong", "kind": "person", "note": null,
///       "line": 3, "column": 14, "endLine": 3, "endColumn": 27, "offset": 52, "length": 13 } ] } ],
///   "summary": { "files": 1, "filesWithFindings": 1, "findings": 1 } }
/// </code>
/// Lines and columns are 1-based, columns count UTF-16 code units and <c>endColumn</c> is exclusive;
/// offset and length are 0-based UTF-16 indices into the decoded text (after any BOM).
/// </summary>
public static class JsonReport
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the whole report as one JSON document followed by a newline.</summary>
    public static void Write(TextWriter writer, IReadOnlyCollection<FileReport> reports)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("files");
            foreach (var report in reports)
            {
                json.WriteStartObject();
                json.WriteString("path", report.Path);
                json.WriteStartArray("findings");
                foreach (var finding in report.Findings)
                    WriteFinding(json, finding);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", reports.Count);
            json.WriteNumber("filesWithFindings", reports.Count(r => r.Findings.Count > 0));
            json.WriteNumber("findings", reports.Sum(r => r.Findings.Count));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n"));
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
        json.WriteString("kind", finding.Kind.ToName());
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
        json.WriteEndObject();
    }
}
