using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Glossary.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, one rule per glossary entry
/// that has findings (ordered by id, so the file does not depend on the order of inputs), one result
/// per finding with its region in UTF-16 columns (<c>columnKind: utf16CodeUnits</c>) and a fix (unless the
/// match crosses markup, see <see cref="Finding.Fixable"/>).
/// </summary>
/// <remarks>
/// <c>partialFingerprints.primaryLocationLineHash</c> is the first 16 hex digits of SHA-256 over
/// <c>entryId \0 found \0 trimmed first line of the finding</c> (UTF-8, the found text with whitespace
/// runs as one space), then <c>:n</c> for the n-th finding with that hash in the file. It survives
/// lines moving up or down and changes when the flagged line is edited, like GitHub's own hash.
/// </remarks>
internal static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <remarks>
    /// The rules come before the results and list only entries with findings, so the findings (not the texts, not
    /// the output) are held until every file is read; the results are then written in pieces.
    /// </remarks>
    public static void Write(TextWriter writer, IEnumerable<FileReport> reports, ReportOptions options)
    {
        var entries = options.EntriesById();
        var results = new List<(Finding Finding, string Uri, string Fingerprint)>();
        foreach (var report in reports)
        {
            var uri = ArtifactUri(report.Path);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var finding in report.Findings)
            {
                var hash = LineHash(finding, report.Text);
                seen[hash] = seen.GetValueOrDefault(hash) + 1;
                results.Add((finding, uri, $"{hash}:{seen[hash]}"));
            }
        }

        // One rule per entry with findings; an id the options do not know still gets a rule from its findings.
        var rules = results.Select(r => r.Finding)
            .GroupBy(f => f.EntryId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => entries.TryGetValue(g.Key, out var entry) ? entry : FallbackEntry(g.First()))
            .ToList();
        var ruleIndex = rules.Select((rule, i) => (rule.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        using (var chunks = new JsonChunks(writer, indented: true))
        {
            var json = chunks.Json;
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "glossary");
            if (options.InformationUri is not null)
                json.WriteString("informationUri", options.InformationUri.AbsoluteUri);
            json.WriteString("semanticVersion", options.ToolVersion);
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(json, rule);
                chunks.Flush(force: false);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var (finding, uri, fingerprint) in results)
            {
                WriteResult(json, finding, uri, ruleIndex[finding.EntryId], fingerprint);
                chunks.Flush(force: false);
            }

            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write('\n');
    }

    /// <summary>
    /// The artifact URI: a relative path keeps its segments, separated by <c>/</c> (only the system's directory
    /// separator is one) and each percent-encoded as RFC 3986 wants (<c>docs/a b.md</c> → <c>docs/a%20b.md</c>,
    /// <c>back\slash.md</c> → <c>back%5Cslash.md</c> on Unix, <c>서울.md</c> → <c>%EC%84%9C%EC%9A%B8.md</c>);
    /// a rooted path becomes a <c>file:</c> URI encoded the same way.
    /// </summary>
    public static string ArtifactUri(string path)
    {
        if (Path.IsPathFullyQualified(path) && Path.DirectorySeparatorChar == '\\' && Uri.TryCreate(path, UriKind.Absolute, out var absolute))
            return absolute.AbsoluteUri;
        var encoded = string.Join('/', ReportText.SlashPath(path).Split('/').Select(Uri.EscapeDataString));
        return Path.IsPathFullyQualified(path) ? "file://" + encoded : encoded;
    }

    /// <summary>The stable part of the fingerprint (see the remarks on the class), without the occurrence.</summary>
    public static string LineHash(Finding finding, string? text)
    {
        var key = $"{finding.EntryId}\0{ReportText.OneLine(finding.Found)}\0{SourceLines.FirstLine(text, finding).Trim()}";
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(digest.AsSpan(0, 8));
    }

    /// <summary>A Pascal-case rule name from the id: <c>lee-jae-myung</c> → <c>PreferLeeJaeMyung</c>.</summary>
    public static string RuleName(string id)
    {
        var sb = new StringBuilder("Prefer");
        var wordStart = true;
        foreach (var c in id)
        {
            if (!char.IsLetterOrDigit(c))
            {
                wordStart = true;
                continue;
            }

            sb.Append(wordStart ? char.ToUpperInvariant(c) : c);
            wordStart = false;
        }

        return sb.ToString();
    }

    private static GlossaryEntry FallbackEntry(Finding finding) =>
        new() { Id = finding.EntryId, En = finding.Replacement, Kind = finding.Kind, Note = finding.Note };

    private static void WriteRule(Utf8JsonWriter json, GlossaryEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.Id);
        json.WriteString("name", RuleName(entry.Id));
        WriteText(json, "shortDescription", $"Use '{entry.En}'");
        WriteText(json, "fullDescription", FullDescription(entry));
        WriteText(json, "help", Help(entry));
        var url = ReportText.SourceUrl(entry.Source);
        if (url is not null)
            json.WriteString("helpUri", url);
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", "warning");
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue("glossary");
        json.WriteStringValue(GlossaryLoader.KindName(entry.Kind));
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary><c>Write 'Lee Jae-myung' (person; ko 이재명) instead of: Lee Jae-myong, Lee Jae Myung. Note.</c></summary>
    private static string FullDescription(GlossaryEntry entry)
    {
        var sb = new StringBuilder($"Write '{entry.En}' ({GlossaryLoader.KindName(entry.Kind)}");
        foreach (var (language, native) in entry.Native.OrderBy(n => n.Key, StringComparer.Ordinal))
            sb.Append(CultureInfo.InvariantCulture, $"; {language} {native}");
        sb.Append(')');
        sb.Append(entry.Variants.Count > 0 ? $" instead of: {string.Join(", ", entry.Variants)}." : " in its preferred spelling and case.");
        if (!string.IsNullOrWhiteSpace(entry.Note))
            sb.Append(' ').Append(ReportText.OneLine(entry.Note));
        return sb.ToString();
    }

    /// <summary>The note and the source; never empty (GitHub rejects empty help text).</summary>
    private static string Help(GlossaryEntry entry)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(entry.Note))
            parts.Add(ReportText.OneLine(entry.Note));
        if (!string.IsNullOrWhiteSpace(entry.Source))
            parts.Add($"Source: {entry.Source.Trim()}");
        return parts.Count > 0 ? string.Join(' ', parts) : $"The glossary prefers '{entry.En}'.";
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, string uri, int ruleIndex, string fingerprint)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.EntryId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", finding.Level == DiagnosticSeverity.Suggestion ? "note" : "warning");
        WriteText(json, "message", ReportText.MessageWithReason(finding));
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, uri);
        WriteRegion(json, "region", finding);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString("primaryLocationLineHash", fingerprint);
        json.WriteEndObject();

        // A fix is offered only where glossary fix would make it: not across markup.
        if (!finding.Fixable)
        {
            json.WriteEndObject();
            return;
        }

        json.WriteStartArray("fixes");
        json.WriteStartObject();
        WriteText(json, "description", $"Replace with '{ReportText.OneLine(finding.Replacement)}'");
        json.WriteStartArray("artifactChanges");
        json.WriteStartObject();
        WriteArtifactLocation(json, uri);
        json.WriteStartArray("replacements");
        json.WriteStartObject();
        WriteRegion(json, "deletedRegion", finding);
        json.WriteStartObject("insertedContent");
        json.WriteString("text", finding.Replacement);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, string uri)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, Finding finding)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", finding.Line);
        json.WriteNumber("startColumn", finding.Column);
        json.WriteNumber("endLine", finding.EndLine);
        json.WriteNumber("endColumn", finding.EndColumn);
        json.WriteNumber("charOffset", finding.Offset);
        json.WriteNumber("charLength", finding.Length);
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
