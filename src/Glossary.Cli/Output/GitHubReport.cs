using System.Text;

namespace Glossary.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands, one annotation per finding:
/// <c>::warning file=news.md,line=3,endLine=3,col=14,endColumn=27,title=Glossary (lee-jae-myung)::'Lee Jae-myong' → 'Lee Jae-myung'</c>.
/// Columns count UTF-16 code units. A finding that spans lines gets no <c>col</c>/<c>endColumn</c>, because
/// GitHub only takes columns on a single line. Values are escaped as <c>@actions/core</c> escapes them.
/// </summary>
internal static class GitHubReport
{
    public static void Write(TextWriter writer, IEnumerable<FileReport> reports)
    {
        foreach (var report in reports)
        {
            foreach (var finding in report.Findings)
            {
                var sb = new StringBuilder(finding.Level == DiagnosticSeverity.Suggestion ? "::notice " : "::warning ");
                sb.Append("file=").Append(EscapeProperty(ReportText.SlashPath(report.Path)));
                sb.Append(",line=").Append(finding.Line);
                sb.Append(",endLine=").Append(finding.EndLine);
                if (finding.Line == finding.EndLine)
                    sb.Append(",col=").Append(finding.Column).Append(",endColumn=").Append(finding.EndColumn);
                sb.Append(",title=").Append(EscapeProperty($"Glossary ({finding.EntryId})"));
                sb.Append("::").Append(EscapeData(ReportText.MessageWithReason(finding)));
                writer.Write(sb.Append('\n').ToString());
            }
        }
    }

    /// <summary>Message data: <c>%</c> → <c>%25</c>, CR → <c>%0D</c>, LF → <c>%0A</c> (<c>escapeData</c> in <c>@actions/core</c>).</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Property values: as <see cref="EscapeData"/>, and <c>:</c> → <c>%3A</c>, <c>,</c> → <c>%2C</c> (<c>escapeProperty</c>).</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
