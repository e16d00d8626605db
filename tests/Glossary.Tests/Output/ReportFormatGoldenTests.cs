using Glossary.Cli.Output;
using Glossary.Tests.Cli;

namespace Glossary.Tests.Output;

/// <summary>
/// <c>glossary check --format F</c> on one fixed text, compared with the reviewed golden file of each format.
/// The text has Hangul before a match (UTF-8 and UTF-16 columns differ), curly apostrophes, a match across a
/// line break, and a file name and note with characters that GitHub commands, JSON and XML must escape.
/// </summary>
public sealed class ReportFormatGoldenTests
{
    /// <summary>The name reported for stdin: <c>%</c>, <c>,</c> and <c>:</c> for GitHub; <c>"</c>, <c>&amp;</c>, <c>&lt;</c> for XML.</summary>
    internal const string StdinName = "docs/news, 100%: \"Q&A\" <draft>.md";

    internal const string News =
        "# 서울 브리핑: Seoul briefing\n" +
        "\n" +
        "대통령 이재명 — President Lee Jae-myong met reporters in Pusan’s harbour district.\n" +
        "Former president Yoon\n" +
        "Suk-yeol was not there; “Gimchi & 100% rice” was served, says 연합뉴스’s Pusan desk.\n";

    /// <summary>Stands in for the real version in the SARIF golden file, so a release does not change it.</summary>
    internal const string TestVersion = "0.0.0-test";

    public static TheoryData<string, string> Formats => new()
    {
        { "text", "check.txt" },
        { "json", "check.json" },
        { "jsonl", "check.jsonl" },
        { "sarif", "check.sarif" },
        { "github", "check.github.txt" },
        { "rdjsonl", "check.rdjsonl" },
        { "checkstyle", "check.checkstyle.xml" },
    };

    [Fact]
    public void Formats_CoverEveryReportFormat() =>
        Assert.Equal(ReportFormats.Names.Order(), Formats.Select(row => (string)row[0]).Order());

    [Theory]
    [MemberData(nameof(Formats))]
    public void Check_Format_MatchesGoldenFile(string format, string golden)
    {
        var result = Check("--format", format);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("5 findings in 1 of 1 file\n", result.Stderr);
        GoldenFile.Match(result.Stdout, golden);
    }

    /// <summary>
    /// A suggestion in every format (issue #13 point 5): a namesake-prone spelling with no evidence is <c>suggestion</c>,
    /// SARIF <c>note</c> with the reason, <c>::notice</c>, rdjsonl <c>INFO</c>, checkstyle <c>info</c>; it exits 0, or 1
    /// with <c>--fail-level suggestion</c>.
    /// </summary>
    [Theory]
    [MemberData(nameof(Formats))]
    public void Issue13_Suggestion_Format_MatchesGoldenFile(string format, string golden)
    {
        var result = CliRunner.Run("The singer Kim Yeo-jung sang in Busan.\n", "check", "-", "--stdin-filename", "singer.md", "--glossary", "bundled", "--format", format);
        Assert.Equal(0, result.ExitCode);
        var stdout = result.Stdout.Replace($"\"semanticVersion\": \"{ReportOptions.DefaultToolVersion}\"", $"\"semanticVersion\": \"{TestVersion}\"", StringComparison.Ordinal);
        GoldenFile.Match(stdout, "suggestion." + golden);
        Assert.Equal(1, CliRunner.Run("The singer Kim Yeo-jung sang in Busan.\n", "check", "-", "--glossary", "bundled", "--fail-level", "suggestion").ExitCode);
    }

    [Fact]
    public void Issue13_Explain_SaysWhyAndWhatEvidence()
    {
        var result = CliRunner.Run("Kim Yo-jong spoke.\nThe singer Kim Yeo-jung sang.\n", "check", "-", "--glossary", "bundled", "--explain");
        GoldenFile.Match(result.Stdout, "explain.txt");
    }

    /// <summary>Runs <c>check</c> on <see cref="News"/> with the output test glossary; SARIF's version is replaced by <see cref="TestVersion"/>.</summary>
    internal static CliRunner.Result Check(params string[] args)
    {
        string[] all = ["check", "-", "--stdin-filename", StdinName, "--glossary", TestFiles.Glossary("output.yaml"), .. args];
        var result = CliRunner.Run(News, all);
        var stdout = result.Stdout.Replace(
            $"\"semanticVersion\": \"{ReportOptions.DefaultToolVersion}\"", $"\"semanticVersion\": \"{TestVersion}\"", StringComparison.Ordinal);
        return result with { Stdout = stdout };
    }
}
