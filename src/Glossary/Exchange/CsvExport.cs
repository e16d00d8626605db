using System.Text;
using Glossary.Model;

namespace Glossary.Exchange;

/// <summary>The shape of a glossary CSV file.</summary>
internal enum CsvLayout
{
    /// <summary>
    /// One row per entry, for spreadsheets and CAT-tool import:
    /// <c>id,en,kind,ko,zh,zh-Hans,zh-Hant,ja,variants,allow,note,source</c>, with the spellings of
    /// <c>variants</c> and <c>allow</c> joined by <c>" | "</c>. Lossless unless a spelling contains <c>|</c>.
    /// </summary>
    Wide,

    /// <summary>
    /// One row per field, lossless: <c>entry_id,field,value</c>, where field is <c>en</c>, <c>kind</c>, a
    /// native key (<c>ko</c>, <c>zh</c>, <c>zh-Hans</c>, <c>zh-Hant</c>, <c>ja</c>), <c>variant</c> or
    /// <c>allow</c> (one row per spelling, in order), <c>note</c> or <c>source</c>. Rows of one entry are
    /// written together; the import also accepts them scattered.
    /// </summary>
    Long,
}

/// <summary>
/// Writes entries as CSV (RFC 4180: UTF-8, comma separated, quoted when needed, CRLF rows, a header row).
/// Every cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a
/// leading apostrophe so that a spreadsheet shows it as text instead of running it as a formula
/// (<c>=HYPERLINK(…)</c> → <c>'=HYPERLINK(…)</c>). Spellings start with a letter or digit and never need
/// it; notes and sources may. A cell that itself starts with an apostrophe gets one more, so
/// <see cref="CsvImport"/> can drop exactly the apostrophes the export added: an apostrophe followed by one
/// of those characters or by another apostrophe.
/// </summary>
internal static class CsvExport
{
    internal static readonly string[] WideHeader = ["id", "en", "kind", .. NativeLanguage.Tags, "variants", "allow", "note", "source"];
    internal static readonly string[] LongHeader = ["entry_id", "field", "value"];

    /// <summary>The separator of spellings in the wide layout's <c>variants</c> and <c>allow</c> cells.</summary>
    public const string ListSeparator = " | ";

    /// <summary>
    /// The CSV text of <paramref name="entries"/> in <paramref name="layout"/>:
    /// <c>Busan</c> (place, 부산, variant Pusan) → wide row <c>busan,Busan,place,부산,,,,,Pusan,,,</c>;
    /// long rows <c>busan,en,Busan</c>, <c>busan,kind,place</c>, <c>busan,ko,부산</c>, <c>busan,variant,Pusan</c>.
    /// </summary>
    public static string Write(IEnumerable<GlossaryEntry> entries, CsvLayout layout)
    {
        var sb = new StringBuilder();
        if (layout == CsvLayout.Wide)
        {
            Csv.WriteRow(sb, WideHeader);
            foreach (var e in entries)
            {
                Csv.WriteRow(sb, [
                    e.Id, e.En, e.Kind.ToName(),
                    .. NativeLanguage.Tags.Select(k => e.Native.GetValueOrDefault(k) ?? string.Empty),
                    string.Join(ListSeparator, e.Variants), string.Join(ListSeparator, e.Allow),
                    e.Note ?? string.Empty, e.Source ?? string.Empty,
                ]);
            }
        }
        else
        {
            Csv.WriteRow(sb, LongHeader);
            foreach (var e in entries)
            {
                foreach (var (field, value) in Fields(e))
                    Csv.WriteRow(sb, [e.Id, field, value]);
            }
        }

        return sb.ToString();
    }

    private static IEnumerable<(string Field, string Value)> Fields(GlossaryEntry e)
    {
        yield return ("en", e.En);
        yield return ("kind", e.Kind.ToName());
        foreach (var key in NativeLanguage.Tags)
        {
            if (e.Native.TryGetValue(key, out var native))
                yield return (key, native);
        }

        foreach (var variant in e.Variants)
            yield return ("variant", variant);
        foreach (var allowed in e.Allow)
            yield return ("allow", allowed);
        if (e.Note is not null)
            yield return ("note", e.Note);
        if (e.Source is not null)
            yield return ("source", e.Source);
        if (e.Irregular)
            yield return ("irregular", "true");
        if (e.Generate is { } generate)
            yield return ("generate", generate ? "true" : "false");
        foreach (var (style, form) in e.Styles)
            yield return ("style:" + style, form);
        foreach (var test in e.Tests)
        {
            yield return (test.MustFlag ? "test-flag" : "test-pass", test.Text);
            if (test.Fix is not null)
                yield return ("test-fix", test.Fix);
        }
    }
}
