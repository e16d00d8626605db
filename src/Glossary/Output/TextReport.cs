using System.Text;
using Glossary.Matching;
using Glossary.Model;

namespace Glossary.Output;

/// <summary>
/// The default human-readable report, one finding per line:
/// <c>news.txt:3:14: warning: 'Lee Jae-myong' → 'Lee Jae-myung' [lee-jae-myung]</c>.
/// Not a machine contract; use <see cref="JsonReport"/> for that.
/// </summary>
public static class TextReport
{
    /// <summary>Writes one line per finding, files in the given order.</summary>
    public static void Write(TextWriter writer, IEnumerable<FileReport> reports)
    {
        foreach (var report in reports)
        {
            foreach (var finding in report.Findings)
                writer.WriteLine(FormatLine(report.Path, finding));
        }
    }

    /// <summary>One finding as a line; whitespace runs inside the match (a wrapped line) show as one space.</summary>
    public static string FormatLine(string path, Finding finding) =>
        $"{path}:{finding.Line}:{finding.Column}: warning: '{OneLine(finding.Found)}' → '{OneLine(finding.Replacement)}' [{finding.EntryId}]";

    /// <summary>A summary for stderr: <c>2 findings in 1 of 3 files</c>.</summary>
    public static string Summary(IReadOnlyCollection<FileReport> reports)
    {
        var findings = reports.Sum(r => r.Findings.Count);
        var withFindings = reports.Count(r => r.Findings.Count > 0);
        var files = reports.Count == 1 ? "1 file" : $"{reports.Count} files";
        return findings == 0
            ? $"no findings in {files}"
            : $"{findings} finding{(findings == 1 ? string.Empty : "s")} in {withFindings} of {files}";
    }

    private static string OneLine(string text)
    {
        if (!text.Any(char.IsWhiteSpace))
            return text;
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i = TextFolding.SkipWhitespace(text, i, out _);
                sb.Append(' ');
            }
            else
            {
                sb.Append(text[i++]);
            }
        }

        return sb.ToString();
    }
}
