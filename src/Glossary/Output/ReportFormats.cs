namespace Glossary.Output;

/// <summary>
/// Every report format by name, for a <c>--format</c> option:
/// <c>ReportFormats.Write("sarif", Console.Out, reports, new ReportOptions { Entries = glossary.Entries })</c>.
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
    /// <summary>The format names, the default (<c>text</c>) first.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "jsonl", "sarif", "github", "rdjsonl", "checkstyle"];

    /// <summary>
    /// Writes the reports in the named format, each as the enumeration yields it: only <c>sarif</c>, whose rules
    /// come first, holds the findings (never the texts) until the last report.
    /// </summary>
    /// <exception cref="ArgumentException">The format is not one of <see cref="Names"/>.</exception>
    public static void Write(string format, TextWriter writer, IEnumerable<FileReport> reports, ReportOptions? options = null)
    {
        options ??= new ReportOptions();
        switch (format)
        {
            case "text":
                TextReport.Write(writer, reports, options.Color);
                break;
            case "json":
                JsonReport.Write(writer, reports);
                break;
            case "jsonl":
                JsonLinesReport.Write(writer, reports);
                break;
            case "sarif":
                SarifReport.Write(writer, reports, options);
                break;
            case "github":
                GitHubReport.Write(writer, reports);
                break;
            case "rdjsonl":
                RdJsonLinesReport.Write(writer, reports, options);
                break;
            case "checkstyle":
                CheckstyleReport.Write(writer, reports);
                break;
            default:
                throw new ArgumentException($"unknown report format '{format}'; expected one of: {string.Join(", ", Names)}", nameof(format));
        }
    }
}
