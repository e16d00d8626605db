
namespace Glossary.Cli.Output;

/// <summary>
/// The default human-readable report, one finding per line:
/// <c>news.txt:3:14: warning: 'Lee Jae-myong' → 'Lee Jae-myung' [lee-jae-myung]</c>.
/// Not a machine contract; use <see cref="JsonReport"/> for that.
/// </summary>
public static class TextReport
{
    private const string Reset = "\e[0m";
    private const string Bold = "\e[1m";
    private const string Dim = "\e[2m";
    private const string Red = "\e[31m";
    private const string Green = "\e[32m";
    private const string Yellow = "\e[33m";

    /// <summary>Writes one line per finding, files in the given order.</summary>
    public static void Write(TextWriter writer, IEnumerable<FileReport> reports) => Write(writer, reports, color: false);

    /// <summary>
    /// Writes one line per finding; with <paramref name="color"/>, ANSI colours mark the location (bold),
    /// <c>warning</c> (yellow), the found text (red), the replacement (green) and the entry id (dim).
    /// </summary>
    public static void Write(TextWriter writer, IEnumerable<FileReport> reports, bool color) => Write(writer, reports, color, explain: false);

    /// <summary>As <see cref="Write(TextWriter, IEnumerable{FileReport}, bool)"/>; with <paramref name="explain"/>, indented lines under each finding say why it fired and the evidence.</summary>
    internal static void Write(TextWriter writer, IEnumerable<FileReport> reports, bool color, bool explain)
    {
        foreach (var report in reports)
        {
            foreach (var finding in report.Findings)
            {
                writer.WriteLine(color ? FormatColoredLine(report.Path, finding) : FormatLine(report.Path, finding));
                if (!explain)
                    continue;
                if (finding.Reason is { } reason)
                    writer.WriteLine($"    why: {ReportText.OneLine(reason)}");
                if (finding.Evidence is { } evidence)
                    writer.WriteLine($"    evidence: {ReportText.OneLine(evidence)}");
            }
        }
    }

    /// <summary>One finding as a line; whitespace runs inside the match (a wrapped line) show as one space.</summary>
    public static string FormatLine(string path, Finding finding) =>
        $"{path}:{finding.Line}:{finding.Column}: {ReportText.LevelName(finding)}: {Describe(finding)}";

    /// <summary>A finding on one line, without its position: <c>'Lee Jae-myong' → 'Lee Jae-myung' [lee-jae-myung]</c>.</summary>
    public static string Describe(Finding finding) =>
        $"'{ReportText.OneLine(finding.Found)}' → '{ReportText.OneLine(finding.Replacement)}'{Where(finding)} [{finding.EntryId}]";

    /// <summary>For a <c>consistency</c> finding, where the other spelling stands: <c>: also written 'Lee Jae-myung' at 20:5</c>.</summary>
    private static string Where(Finding finding) =>
        finding.EntryId == CompiledGlossary.ConsistencyRule && finding.Note is { } note ? ": " + ReportText.OneLine(note) : string.Empty;

    /// <summary>A summary for stderr: <c>2 findings in 1 of 3 files</c>.</summary>
    public static string Summary(IReadOnlyCollection<FileReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return Summary(reports.Count, reports.Count(r => r.Findings.Count > 0), reports.Sum(r => r.Findings.Count));
    }

    /// <summary>The same summary from counts, for reports that were written as they came and not kept.</summary>
    public static string Summary(int files, int filesWithFindings, int findings)
    {
        var fileCount = files == 1 ? "1 file" : $"{files} files";
        return findings == 0
            ? $"no findings in {fileCount}"
            : $"{findings} finding{(findings == 1 ? string.Empty : "s")} in {filesWithFindings} of {fileCount}";
    }

    private static string FormatColoredLine(string path, Finding finding) =>
        $"{Bold}{path}:{finding.Line}:{finding.Column}:{Reset} {Yellow}{ReportText.LevelName(finding)}{Reset}: " +
        $"'{Red}{ReportText.OneLine(finding.Found)}{Reset}' → '{Green}{ReportText.OneLine(finding.Replacement)}{Reset}'{Where(finding)} {Dim}[{finding.EntryId}]{Reset}";
}
