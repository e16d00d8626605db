using Snapshooter.Xunit;

namespace Glossary.Tests.Cli;

/// <summary>The maintainer's commands: lint, test, variants, lookup (issues #5 and #7).</summary>
public sealed class MaintenanceCommandTests
{
    [Fact]
    public void Lint_NewEntryWithOnlyEnAndKo()
    {
        using var scratch = new TestFiles.Scratch();
        var file = scratch.File("house.yaml", System.Text.Encoding.UTF8.GetBytes("entries:\n  - en: Han Duck-soo\n    ko: 한덕수\n    kind: person\n  - en: Ban Ki-moon\n    ko: 반기분\n    kind: person\n"));
        var result = CliRunner.Args("lint", "-q", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"{file}:5:9: warning GLS204: 'Ban Ki-moon' is not a spelling the romanization engines give for Korean '반기분'", result.Stdout[..(result.Stdout.IndexOf(" (closest", StringComparison.Ordinal))]);
        Assert.Equal("2 entries: 0 errors, 1 warning\n", result.Stderr);
        Assert.Equal(1, CliRunner.Args("lint", "--strict", file).ExitCode);
    }

    [Fact]
    public void Lint_BrokenGlossary_Exit2()
    {
        var result = CliRunner.Args("lint", TestFiles.Glossary("broken.yaml"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error GLS008", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_RunsEntryTests()
    {
        using var scratch = new TestFiles.Scratch();
        var file = scratch.File("g.yaml", "entries:\n  - en: Busan\n    kind: place\n    variants: [Pusan]\n    tests:\n      - flag: Pusan port\n        fix: Busan port\n      - pass: Pusan port\n"u8.ToArray());
        var result = CliRunner.Args("test", file);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{file}:8:9: FAIL 'Pusan port' must not be flagged for 'busan', but 'Pusan' is\n", result.Stdout);
        Assert.Equal("1 passed, 1 failed\n", result.Stderr);
    }

    [Fact]
    public void Variants_ListsListedAndGeneratedWithReasons()
    {
        var result = CliRunner.Args("variants", "kim-jong-un");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("kim-jong-un: Kim Jong-un\n  Kim Jong Un  (listed)\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  Kim Chŏngŭn  (mr: ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  Jong-un Kim  (western-order: ", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, CliRunner.Args("variants", "no-such-entry").ExitCode);
    }

    [Fact]
    public void Lookup_ByNativeFormAndGeneratedSpelling()
    {
        var byHangul = CliRunner.Args("lookup", "김정은");
        var bySpelling = CliRunner.Args("lookup", "Kim Chong-un");
        Assert.Equal(0, byHangul.ExitCode);
        Assert.Equal(byHangul.Stdout, bySpelling.Stdout);
        Snapshot.Match(byHangul.Stdout);
        Assert.Equal(1, CliRunner.Args("lookup", "Nobody Here").ExitCode);
    }

    [Theory]
    [InlineData("廣州", "guangzhou")]
    [InlineData("广州", "guangzhou")]
    [InlineData("習近平", "xi-jinping")]
    [InlineData("Hsi Chin-ping", "xi-jinping")]
    [InlineData("xi-jinping", "xi-jinping")]
    public void Lookup_SimplifiedTraditionalSpellingOrId(string term, string id)
    {
        var result = CliRunner.Args("lookup", term, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"\"id\": \"{id}\"", result.Stdout, StringComparison.Ordinal);
    }
}
