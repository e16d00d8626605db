using Glossary.Cli;

namespace Glossary.Tests.Cli;

/// <summary>Issue #12: the CLI alone reads the environment; one exit-code rule; every command honours the project config.</summary>
public sealed class Issue12CliTests
{
    private const string House = "entries:\n  - en: Seoul\n    kind: place\n    variants: [Keijo]\n";

    public static TheoryData<string, string?, string?, string?, string?> CacheFolders => new()
    {
        { "GLOSSARY_CACHE_DIR wins", "/c", "/x", "/h", "/c" },
        { "else XDG_CACHE_HOME/glossary", null, "/x", "/h", "/x/glossary" },
        { "else HOME/.cache/glossary", null, null, "/h", "/h/.cache/glossary" },
        { "an empty value is unset", string.Empty, string.Empty, "/h", "/h/.cache/glossary" },
        { "none set: no cache", null, null, null, null },
    };

    /// <summary>Regression: issue #12 point 6; the library read the process environment for its cache folder.</summary>
    [Theory]
    [MemberData(nameof(CacheFolders))]
    public void Issue12_CacheFolder_FromTheCommandsEnvironment(string row, string? cacheDir, string? xdg, string? home, string? expected)
    {
        if (OperatingSystem.IsWindows())
            return;
        var environment = new Dictionary<string, string?> { ["GLOSSARY_CACHE_DIR"] = cacheDir, ["XDG_CACHE_HOME"] = xdg, ["HOME"] = home };
        Assert.True(expected == Workspace.CacheFolder(environment.GetValueOrDefault), row);
    }

    [Fact]
    public void Issue12_Check_CachesInTheFolderOfItsEnvironment()
    {
        using var scratch = new TestFiles.Scratch();
        var glossary = scratch.File("house.yaml", System.Text.Encoding.UTF8.GetBytes(House));
        var home = Path.Combine(scratch.Root, "home");
        var environment = new Dictionary<string, string> { ["HOME"] = home };

        var first = CliRunner.RunWith(environment, "Keijo", "check", "-", "--glossary", glossary);
        Assert.Equal(1, first.ExitCode);
        Assert.Single(Directory.GetFiles(Path.Combine(home, ".cache", "glossary"), "*.glc"));

        var uncached = CliRunner.RunWith(environment, "Keijo", "check", "-", "--glossary", glossary, "--no-cache");
        Assert.Equal(first.Stdout, uncached.Stdout);
        Assert.Single(Directory.GetFiles(Path.Combine(home, ".cache", "glossary"), "*.glc"));
    }

    /// <summary>A glossary whose one entry test passes only under the house style.</summary>
    internal const string Styled = "entries:\n  - en: Zorvath\n    kind: place\n    variants: [Zorvat]\n    styles: { house: Zorvath City }\n    tests:\n      - flag: Zorvat today\n        fix: Zorvath City today\n";

    /// <summary>Regression: issue #12 point 8; variants exited 2 when nothing matched, lookup 1.</summary>
    [Fact]
    public void Issue12_NoMatch_ExitsOneForLookupAndVariants()
    {
        var variants = CliRunner.Args("variants", "Nobody Here");
        Assert.Equal(1, variants.ExitCode);
        Assert.Equal("glossary: no entry has the id or spelling 'Nobody Here'\n", variants.Stderr);
        Assert.Equal(1, CliRunner.Args("lookup", "Nobody Here").ExitCode);
    }

    /// <summary>Regression: issue #12 point 8; a failing entry test exited 1 under test and 2 under lint.</summary>
    [Fact]
    public void Issue12_FailingEntryTest_ExitsOneForTestAndLint_TwoWithOtherErrors()
    {
        using var scratch = new TestFiles.Scratch();
        var file = scratch.File("g.yaml", System.Text.Encoding.UTF8.GetBytes(Styled));
        Assert.Equal(1, CliRunner.Args("test", file).ExitCode);
        var lint = CliRunner.Args("lint", file);
        Assert.Equal(1, lint.ExitCode);
        Assert.Contains("error GLS210", lint.Stdout, StringComparison.Ordinal);

        var broken = scratch.File("h.yaml", System.Text.Encoding.UTF8.GetBytes(Styled + "  - en: Zorvath\n    kind: place\n"));
        Assert.Equal(2, CliRunner.Args("lint", broken).ExitCode);
        Assert.Equal(2, CliRunner.Args("test", broken).ExitCode);
    }

    /// <summary>Regression: issue #12 point 8; lint and export ignored the project config (check and fix honoured it).</summary>
    [Fact]
    public void Issue12_MaintenanceCommands_HonourConfigGlossariesAndStyle()
    {
        using var scratch = new TestFiles.Scratch();
        scratch.File("house.yaml", System.Text.Encoding.UTF8.GetBytes(Styled));
        var styled = scratch.File("styled.yaml", "glossaries: [house.yaml]\nstyle: house\n"u8.ToArray());
        var plain = scratch.File("plain.yaml", "glossaries: [house.yaml]\n"u8.ToArray());

        Assert.Equal(0, CliRunner.Args("test", "--config", styled).ExitCode);
        Assert.Equal(1, CliRunner.Args("test", "--config", plain).ExitCode);
        Assert.Equal(0, CliRunner.Args("lint", "--config", styled).ExitCode);
        Assert.Equal(1, CliRunner.Args("lint", "--config", plain).ExitCode);
        Assert.Contains("Zorvath", CliRunner.Args("export", "--to", "csv", "--config", plain).Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Zorvath", CliRunner.Args("export", "--to", "csv").Stdout, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Args("lookup", "Zorvat", "--config", plain).ExitCode);
        Assert.Equal("zorvath: Zorvath\n  Zorvat  (listed)\n", CliRunner.Args("variants", "Zorvat", "--config", plain).Stdout);

        // The paths given win over the config's glossaries.
        Assert.Equal(0, CliRunner.Args("test", "--config", plain, "bundled").ExitCode);
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("test")]
    [InlineData("export", "--to", "csv")]
    [InlineData("lookup", "Busan")]
    [InlineData("variants", "Busan")]
    public void Issue12_MaintenanceCommands_BrokenConfig_ExitTwo(params string[] args)
    {
        using var scratch = new TestFiles.Scratch();
        var config = scratch.File("bad.yaml", "glossaries: 5\n"u8.ToArray());
        var result = CliRunner.Args([.. args, "--config", config]);
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"bad\.yaml:1:\d+: error GLS\d+", result.Stderr);
    }
}
