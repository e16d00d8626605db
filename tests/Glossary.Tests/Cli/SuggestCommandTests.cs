using System.Text;
using System.Text.Json;
using Snapshooter.Xunit;

namespace Glossary.Tests.Cli;

/// <summary><c>glossary suggest</c> through the real command (issue #16 point 4).</summary>
public sealed class SuggestCommandTests : IDisposable
{
    private readonly TestFiles.Scratch scratch = new();

    public SuggestCommandTests()
    {
        // Three news-like texts: two unlisted Korean people written two ways each, one unlisted Chinese person, a
        // glossary person (Lee Jae-myung) and English names the reader rejects (Peter Parker, Spike Lee).
        Write("news/a.txt", "SEOUL -- Choi Jae-young, a senior official at the finance ministry, said on Monday that exports rose.\nHwang In-beom scored twice for the national team.\nPresident Lee Jae-myung met business leaders in Seoul.\n");
        Write("news/b.txt", "Choi Jae Young told reporters the figures were encouraging.\nMidfielder Hwang In-bum was substituted in the second half.\nPeter Parker and Spike Lee attended the premiere in New York.\n");
        Write("news/c.md", "# Trade talks\n\nChinese Vice Premier Wang Xiaoming said the talks were constructive.\nWang Xiaoming also met Choi Jae-young in Beijing.\n");
    }

    public void Dispose() => scratch.Dispose();

    private void Write(string name, string text) => scratch.File(name, Encoding.UTF8.GetBytes(text));

    private string News => Path.Combine(scratch.Root, "news");

    private CliRunner.Result Suggest(params string[] args) => CliRunner.Args(["suggest", News, .. args]);

    private string Relative(string output) => output.Replace(scratch.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).Replace('\\', '/');

    [Fact]
    public void Issue16_Suggest_Folder_YamlEntriesForUnlistedNames_Exit0()
    {
        var result = Suggest();
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        // Reviewed: Choi and Hwang each group their two spellings, best Hangul first (최재영, 황인범), both persons by
        // "said"/"told" and "Midfielder"; Wang Xiaoming's pinyin is given and its Hanzi said unknown; Lee Jae-myung (in
        // the bundled glossary) and Peter Parker, Spike Lee (not names) are not suggested.
        Snapshot.Match(Relative(result.Stdout));
        Assert.DoesNotContain("Lee Jae", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Parker", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue16_Suggest_MinCount_DropsRarerNames()
    {
        var result = Suggest("--min-count", "3");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  - en: Choi Jae-young\n", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Hwang", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Wang Xiaoming", result.Stdout, StringComparison.Ordinal);

        var nothing = Suggest("--min-count", "10");
        Assert.Equal(0, nothing.ExitCode);
        Assert.DoesNotContain("- en:", nothing.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue16_Suggest_Json_OneObjectPerName()
    {
        var result = Suggest("--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var names = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["Choi Jae-young", "Hwang In-beom", "Wang Xiaoming"], names.Select(n => n.GetProperty("en").GetString()));
        Assert.Equal("최재영", names[0].GetProperty("native").GetString());
        Assert.Equal(3, names[0].GetProperty("count").GetInt32());
        Assert.Equal(["Choi Jae-young", "Choi Jae Young"], names[0].GetProperty("spellings").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        Assert.Equal("zh", names[2].GetProperty("language").GetString());
        Assert.Equal("wang xiao ming", names[2].GetProperty("native").GetString());
    }

    [Fact]
    public void Issue16_Suggest_HouseFormat_IsTheEnglishForm()
    {
        Write(".glossary.yaml", "names:\n  korean-given-names: spaced\n");
        var result = CliRunner.Args("suggest", News, "--config", Path.Combine(scratch.Root, ".glossary.yaml"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  - en: Choi Jae Young\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("      - Choi Jae-young\n", result.Stdout, StringComparison.Ordinal);
    }

    /// <summary>Regression: issue #16 point 4, a place guessed from a generic word, written as the entry's kind.</summary>
    [Fact]
    public void Issue16_Suggest_PlaceCue_KindPlace()
    {
        Write("places/a.txt", "Floods hit Kang Hwa Province on Monday.\nRoads in Kang Hwa were closed.\n");
        var result = CliRunner.Args("suggest", Path.Combine(scratch.Root, "places"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  - en: Kang Hwa\n    ko: 강화\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("    kind: place\n", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--min-count", "0")]
    [InlineData("--format", "xml")]
    public void Issue16_Suggest_BadUsage_Exit2WithOneLineError(params string[] args)
    {
        var result = CliRunner.Args(["suggest", .. args.Length == 0 ? [] : new[] { News }.Concat(args)]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.NotEqual(string.Empty, result.Stderr.Trim());
    }

    [Fact]
    public void Issue16_Suggest_MissingPath_Exit2()
    {
        var result = CliRunner.Args("suggest", Path.Combine(scratch.Root, "missing"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing", result.Stderr, StringComparison.Ordinal);
    }
}
