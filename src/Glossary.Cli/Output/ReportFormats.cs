namespace Glossary.Cli.Output;

/// <summary>
/// Every report format by name, for a <c>--format</c> option:
/// <c>ReportFormats.Write(ReportFormat.Sarif, Console.Out, reports, new ReportOptions { Entries = glossary.Entries })</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>text</c>: one line per finding, for people (<see cref="TextReport"/>); not a contract.</item>
/// <item><c>json</c>: one document with files, findings and a summary (<see cref="JsonReport"/>).</item>
/// <item><c>jsonl</c>: one finding per line, the <c>json</c> finding fields with <c>path</c> first.</item>
/// <item><c>sarif</c>: SARIF 2.1.0, one rule per entry with findings, columns in UTF-16 code units.</item>
/// <item><c>github</c>: GitHub Actions <c>::warning</c> workflow commands.</item>
/// <item><c>rdjsonl</c>: reviewdog diagnostics, columns in UTF-8 bytes.</item>
/// <item><c>checkstyle</c>: checkstyle 4.3 XML.</item>
/// </list>
/// Lines and columns are 1-based with an exclusive end everywhere; every format ends with a newline
/// when it writes anything.
/// </remarks>
public static class ReportFormats
{
    /// <summary>The format names, in the order of <see cref="ReportFormat"/>: the default (<c>text</c>) first.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "jsonl", "sarif", "github", "rdjsonl", "checkstyle"];

    /// <summary>The format named <paramref name="name"/> (as in <see cref="Names"/>, case-sensitive): <c>"jsonl"</c> → <see cref="ReportFormat.JsonLines"/>.</summary>
    public static bool TryParse(string? name, out ReportFormat format)
    {
        var index = name is null ? -1 : IndexOf(name);
        format = (ReportFormat)Math.Max(0, index);
        return index >= 0;
    }

    /// <summary>The name of <paramref name="format"/>: <see cref="ReportFormat.JsonLines"/> → <c>"jsonl"</c>.</summary>
    public static string NameOf(ReportFormat format) => Names[(int)format];

    private static int IndexOf(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
                return i;
        }

        return -1;
    }

    /// <summary>
    /// Writes the reports in <paramref name="format"/>, each as the enumeration yields it: only <c>sarif</c>, whose rules
    /// come first, holds the findings (never the texts) until the last report.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The format is not a <see cref="ReportFormat"/> value.</exception>
    public static void Write(ReportFormat format, TextWriter writer, IEnumerable<FileReport> reports, ReportOptions? options = null)
    {
        options ??= new ReportOptions();
        switch (format)
        {
            case ReportFormat.Text:
                TextReport.Write(writer, reports, options.Color, options.Explain);
                break;
            case ReportFormat.Json:
                JsonReport.Write(writer, reports);
                break;
            case ReportFormat.JsonLines:
                JsonLinesReport.Write(writer, reports);
                break;
            case ReportFormat.Sarif:
                SarifReport.Write(writer, reports, options);
                break;
            case ReportFormat.GitHub:
                GitHubReport.Write(writer, reports);
                break;
            case ReportFormat.RdJsonLines:
                RdJsonLinesReport.Write(writer, reports, options);
                break;
            case ReportFormat.Checkstyle:
                CheckstyleReport.Write(writer, reports);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "not a report format");
        }
    }
}
