using System.Text;
using Glossary.Model;

namespace Glossary.Exchange;

/// <summary>
/// Writes entries as a Markdown style-guide table, one row per entry in order:
/// <c>| Preferred | Native | Kind | Do not write | Note |</c>. Native forms are joined by <c>" / "</c>
/// (ko, zh, zh-Hans, zh-Hant, ja, duplicates dropped), variants by <c>", "</c>; allowed spellings are not
/// shown. <c>|</c> is escaped as <c>\|</c> and line breaks become <c>&lt;br&gt;</c> so a cell stays one cell.
/// </summary>
internal static class MarkdownExport
{
    /// <summary>
    /// The table for <paramref name="entries"/>: <c>Busan</c> (place, 부산, variant Pusan) →
    /// <c>| Busan | 부산 | place | Pusan |  |</c> under the header row.
    /// </summary>
    public static string Write(IEnumerable<GlossaryEntry> entries)
    {
        var sb = new StringBuilder();
        sb.Append("| Preferred | Native | Kind | Do not write | Note |\n");
        sb.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var e in entries)
        {
            var native = NativeLanguage.Tags.Select(k => e.Native.GetValueOrDefault(k)).OfType<string>().Distinct(StringComparer.Ordinal);
            Row(sb, [e.En, string.Join(" / ", native), e.Kind.ToName(), string.Join(", ", e.Variants), e.Note ?? string.Empty]);
        }

        return sb.ToString();
    }

    private static void Row(StringBuilder sb, IEnumerable<string> cells)
    {
        sb.Append('|');
        foreach (var cell in cells)
            sb.Append(' ').Append(Escape(cell)).Append(" |");
        sb.Append('\n');
    }

    private static string Escape(string cell) =>
        cell.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings("<br>");
}
