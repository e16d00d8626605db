using Glossary.Exchange;

namespace Glossary;

/// <summary>
/// Glossaries in other formats, for spreadsheets, CAT tools and style guides: reads CSV and TBX into entries (with
/// positioned diagnostics, as <see cref="GlossaryLoader"/> reads YAML) and writes entries as YAML, CSV, TBX or a
/// Markdown table. <c>GlossaryExchange.WriteYaml(GlossaryExchange.ReadCsv(text, "terms.csv").EntriesOrThrow())</c>.
/// </summary>
public static class GlossaryExchange
{
    /// <summary>The JSON Schema of the glossary YAML format, for editors that validate YAML against a schema.</summary>
    public static string JsonSchema => GlossarySchema.Json;

    /// <summary>
    /// Reads glossary CSV, in either layout (told apart by the header row): one row per entry
    /// (<c>id,en,kind,ko,zh,…,variants,allow,note,source</c>, spellings joined by <c>" | "</c>) or one row per field
    /// (<c>entry_id,field,value</c>); <paramref name="path"/> names it in diagnostics (<c>path:line:col</c>).
    /// </summary>
    public static GlossaryLoadResult ReadCsv(string text, string path) => CsvImport.Read(text, path);

    /// <summary>
    /// Reads TBX (v3 and the 2008 <c>martif</c> layout): preferred terms become <c>en</c>, deprecated ones variants,
    /// admitted ones allowed spellings; <paramref name="path"/> names it in diagnostics (<c>path:line:col</c>).
    /// </summary>
    public static GlossaryLoadResult ReadTbx(string text, string path) => TbxImport.Read(text, path);

    /// <summary>Writes entries as glossary YAML, with <paramref name="comment"/> as a header comment when given.</summary>
    public static string WriteYaml(IEnumerable<GlossaryEntry> entries, string? comment = null) => YamlExport.Write(entries, comment);

    /// <summary>
    /// Writes entries as CSV (RFC 4180, formula-safe): one row per entry, or with <paramref name="oneRowPerField"/>
    /// one row per field (<c>entry_id,field,value</c>, lossless).
    /// </summary>
    public static string WriteCsv(IEnumerable<GlossaryEntry> entries, bool oneRowPerField = false) =>
        CsvExport.Write(entries, oneRowPerField ? CsvLayout.Long : CsvLayout.Wide);

    /// <summary>Writes entries as TBX v3 (TBX-Basic dialect), for CAT tools.</summary>
    public static string WriteTbx(IEnumerable<GlossaryEntry> entries) => TbxExport.Write(entries);

    /// <summary>Writes entries as a Markdown table, for a published style guide.</summary>
    public static string WriteMarkdown(IEnumerable<GlossaryEntry> entries) => MarkdownExport.Write(entries);
}
