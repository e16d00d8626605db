namespace Glossary.Tests.Cli;

/// <summary><c>glossary read</c> through the real command (issue #16 point 1).</summary>
public sealed class ReadCommandTests
{
    [Fact]
    public void Read_Names_PrintsReadingsWithSystems_Exit0()
    {
        var result = CliRunner.Args("read", "Yi Chae-myŏng", "Hsi Chin-p'ing", "Parker");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("Yi Chae-myŏng", lines[0]);
        Assert.Equal("  ko  이재명  (mr)", lines[1]);
        Assert.Contains("Hsi Chin-p'ing\n  zh  xi jin ping  (wade-giles)\n", result.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Parker\n  not a name\n", result.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OnlyNotNames_Exit1()
    {
        var result = CliRunner.Args("read", "Spike Lee", "Washington");
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Read_NothingToRead_Exit2WithOneLineError()
    {
        var result = CliRunner.Args("read");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Read_StdinJson_OneDocumentPerLine()
    {
        var result = CliRunner.Run("Xi Jinping\nMoon River\n", "read", "-", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Stdout);
        var documents = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, documents.Count);
        Assert.Equal("xi jin ping", documents[0].GetProperty("readings")[0].GetProperty("native").GetString());
        Assert.Equal(0, documents[1].GetProperty("readings").GetArrayLength());
    }
}

/// <summary><c>glossary check --glossary none</c>: only the rules that need no glossary (issue #16 point 2).</summary>
public sealed class ConsistencyCliTests
{
    [Fact]
    public void Issue16_CheckGlossaryNone_StoryWithTwoSpellings_OneConsistencyWarning()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "testdata", "articles", "lee-jae-myong-story.txt");
        var result = CliRunner.Args("check", "--glossary", "none", path);
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stdout.Trim().Split('\n'));
        Assert.Equal($"{path}:1:40: warning: 'Lee Jae-myong' → 'Lee Jae-myung': also written 'Lee Jae-myung' at 22:19 [consistency]", line.TrimEnd('\r'));
    }
}

/// <summary><c>check --consistency project</c> and <c>consistency:</c> in the config (issue #16 point 2).</summary>
public sealed class ConsistencyProjectCliTests
{
    [Fact]
    public void Issue16_ConsistencyProject_NameWrittenTwoWaysInTwoFiles_WarnsNamingTheOtherFile()
    {
        var folder = Directory.CreateTempSubdirectory("glossary-consistency-");
        try
        {
            var a = Path.Combine(folder.FullName, "a.txt");
            var b = Path.Combine(folder.FullName, "b.txt");
            File.WriteAllText(a, "Choi Jae-young spoke on Monday.\nChoi Jae-young left.\n");
            File.WriteAllText(b, "On Tuesday Choi Jae Young spoke again.\n");

            var alone = CliRunner.Args("check", "--glossary", "none", a, b);
            Assert.Equal(0, alone.ExitCode);

            var together = CliRunner.Args("check", "--glossary", "none", "--consistency", "project", a, b);
            Assert.Equal(1, together.ExitCode);
            var line = Assert.Single(together.Stdout.Trim().Split('\n'));
            Assert.Equal($"{b}:1:12: warning: 'Choi Jae Young' → 'Choi Jae-young': also written 'Choi Jae-young' at {a}:1:1 [consistency]", line.TrimEnd('\r'));

            File.WriteAllText(Path.Combine(folder.FullName, ".glossary.yaml"), "consistency: project\n");
            Assert.Equal(1, CliRunner.Args("check", "--glossary", "none", a, b).ExitCode);
            Assert.Equal(0, CliRunner.Args("check", "--glossary", "none", "--consistency", "off", a, b).ExitCode);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
