using Snapshooter;
using Snapshooter.Xunit;

namespace Glossary.Tests.Cli;

/// <summary>The real <c>glossary check</c> with the bundled glossary on the sample articles.</summary>
public sealed class CheckCommandTests
{
    public static TheoryData<string> Articles => new() { "lee-xi-call.txt", "diplomacy-mixed.txt", "wire-headlines.txt" };

    [Theory]
    [MemberData(nameof(Articles))]
    public void Check_SampleArticle_TextReport(string article)
    {
        var result = CliRunner.Run(TestFiles.ReadArticle(article), "check", "-", "--stdin-filename", article);
        Assert.Equal(1, result.ExitCode);
        Snapshot.Match(result.Stdout, SnapshotNameExtension.Create(article));
    }

    [Fact]
    // Regression: issue #15 point 2; the president's own spelling (Lee Jae Myung, since 17 June 2025) is the default,
    // so the story's hyphenated form is flagged too.
    public void Issue15_Check_LeeXiCall_FlagsExactlyTheThreeNonPreferredNames()
    {
        var result = CliRunner.Run(TestFiles.ReadArticle("lee-xi-call.txt"), "check", "-");
        Assert.Equal(
            "-:3:38: warning: 'Lee Jae-myung' → 'Lee Jae Myung' [lee-jae-myung]\n" +
            "-:5:4: warning: 'Yoon Suk-yeol' → 'Yoon Suk Yeol' [yoon-suk-yeol]\n" +
            "-:7:28: warning: 'Lee Jae-myong' → 'Lee Jae Myung' [lee-jae-myung]\n",
            result.Stdout);
        Assert.Equal("3 findings in 1 of 1 file\n", result.Stderr);
    }

    [Fact]
    public void Check_Json_SampleArticle()
    {
        var result = CliRunner.Run(TestFiles.ReadArticle("diplomacy-mixed.txt"), "check", "-", "--format", "json", "--stdin-filename", "diplomacy-mixed.txt");
        Assert.Equal(1, result.ExitCode);
        Snapshot.Match(result.Stdout);
    }

    [Fact]
    public void Check_CleanText_ExitZero()
    {
        var result = CliRunner.Run("President Lee Jae Myung met Xi Jinping in Gyeongju.", "check", "-");
        Assert.Equal((0, string.Empty, "no findings in 1 file\n"), (result.ExitCode, result.Stdout, result.Stderr));
    }

    [Fact]
    public void Check_File_ReportsItsPath()
    {
        using var scratch = new TestFiles.Scratch();
        var file = scratch.File("news.md", "Pusan\n"u8.ToArray());
        var result = CliRunner.Args("check", file);
        Assert.Equal($"{file}:1:1: warning: 'Pusan' → 'Busan' [busan]\n", result.Stdout);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Check_Folder_WalksTextFilesInOrderAndSkipsOthers()
    {
        using var scratch = new TestFiles.Scratch();
        scratch.File("b.md", "Pusan"u8.ToArray());
        scratch.File("a.txt", "Kyongju"u8.ToArray());
        scratch.File("sub/c.html", "<p>Cheju</p>"u8.ToArray());
        scratch.File("node_modules/d.txt", "Pusan"u8.ToArray());
        scratch.File("e.cs", "Pusan"u8.ToArray());
        var result = CliRunner.Args("check", scratch.Root);
        var lines = result.Stdout.Replace(scratch.Root, "<root>", StringComparison.Ordinal);
        Assert.Equal(
            "<root>/a.txt:1:1: warning: 'Kyongju' → 'Gyeongju' [gyeongju]\n" +
            "<root>/b.md:1:1: warning: 'Pusan' → 'Busan' [busan]\n" +
            "<root>/sub/c.html:1:4: warning: 'Cheju' → 'Jeju' [jeju]\n",
            lines);
        Assert.Equal("3 findings in 3 of 3 files\n", result.Stderr);
    }

    // regression: issue #12 point 5: the folder walk had its own extension list, without .mdown and .mkd, which the
    // format detector reads as Markdown; so "check notes.mkd" checked the file but "check ." left it out.
    [Fact]
    public void Check_Folder_WalksEveryExtensionTheFormatDetectorKnows()
    {
        using var scratch = new TestFiles.Scratch();
        scratch.File("a.mdown", "`Pusan` Pusan"u8.ToArray());
        scratch.File("b.MKD", "`Pusan` Kyongju"u8.ToArray());
        var result = CliRunner.Args("check", scratch.Root);
        Assert.Equal(
            "<root>/a.mdown:1:9: warning: 'Pusan' → 'Busan' [busan]\n" +
            "<root>/b.MKD:1:9: warning: 'Kyongju' → 'Gyeongju' [gyeongju]\n",
            result.Stdout.Replace(scratch.Root, "<root>", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_BrokenGlossary_Exit2WithEveryPositionedError()
    {
        var result = CliRunner.Run("Pusan", "check", "-", "--glossary", TestFiles.Glossary("broken.yaml"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Snapshot.Match(result.Stderr.Replace(TestFiles.Glossary(string.Empty), "testdata/glossaries", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_GlossarySyntaxError_Exit2WithPosition()
    {
        var result = CliRunner.Run("Pusan", "check", "-", "--glossary", TestFiles.Glossary("syntax-error.yaml"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(TestFiles.Glossary("syntax-error.yaml") + ":", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("error GLS001: YAML syntax error", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BundledAndHouseGlossaryLayered()
    {
        using var scratch = new TestFiles.Scratch();
        var house = scratch.File("house/extra.yaml", "entries:\n  - en: Gwanghwamun Square\n    kind: place\n    variants: [Kwanghwamun Square]\n"u8.ToArray());
        var result = CliRunner.Run("Kwanghwamun Square and Pusan", "check", "-", "--glossary", "bundled", "--glossary", Path.GetDirectoryName(house)!);
        Assert.Equal(
            "-:1:1: warning: 'Kwanghwamun Square' → 'Gwanghwamun Square' [gwanghwamun-square]\n-:1:24: warning: 'Pusan' → 'Busan' [busan]\n",
            result.Stdout);
    }

    [Fact]
    public void Check_MissingFile_Exit2AndOtherFilesStillChecked()
    {
        using var scratch = new TestFiles.Scratch();
        var file = scratch.File("ok.txt", "Pusan"u8.ToArray());
        var result = CliRunner.Args("check", "no-such-file.txt", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("glossary: error: no-such-file.txt: no such file or directory", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("'Pusan' → 'Busan'", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("fix")]
    public void UnknownOption_UsageErrorBeforeAnyWork(string command)
    {
        using var scratch = new TestFiles.Scratch();
        var file = scratch.File("ok.txt", "Pusan"u8.ToArray());
        var result = CliRunner.Args(command, "--html-attributes", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("glossary: error: --html-attributes: unknown option (see --help)\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x75, 0xC3, 0x28 }, ":1:3: not valid UTF-8 (byte 0xC3 at offset 2)")]
    [InlineData(new byte[] { 0x50, 0x00, 0x75 }, ": binary file (NUL byte at offset 1)")]
    public void Check_UnreadableInput_Exit2NamingTheFile(byte[] bytes, string reason)
    {
        using var scratch = new TestFiles.Scratch();
        var file = scratch.File("bad.txt", bytes);
        var result = CliRunner.Args("check", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"glossary: error: {file}{reason}", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "check" }, "check: give the files or folders to check")]
    [InlineData(new[] { "check", "-", "--format", "xml" }, "xml")]
    [InlineData(new[] { "check", "-", "--bogus" }, "--bogus")]
    public void Check_UsageError_Exit2(string[] args, string message)
    {
        var result = CliRunner.Args(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
