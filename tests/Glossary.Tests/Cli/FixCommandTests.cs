using System.Text;
using Snapshooter;
using Snapshooter.Xunit;

namespace Glossary.Tests.Cli;

/// <summary>The real <c>glossary fix</c>: stdout mode, <c>--write</c> and what it must never lose.</summary>
public sealed class FixCommandTests
{
    [Theory]
    [MemberData(nameof(CheckCommandTests.Articles), MemberType = typeof(CheckCommandTests))]
    public void Fix_SampleArticle_FixedText(string article)
    {
        var result = CliRunner.Run(TestFiles.ReadArticle(article), "fix", "-");
        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(result.Stdout, SnapshotNameExtension.Create(article));
    }

    [Fact]
    public void Issue13_Fix_LeavesSuggestions_UnlessIncluded()
    {
        const string text = "The singer Kim Yeo-jung met Lee Jae-myong.\n";
        var plain = CliRunner.Run(text, "fix", "-", "--glossary", "bundled");
        Assert.Equal("The singer Kim Yeo-jung met Lee Jae Myung.\n", plain.Stdout);
        var all = CliRunner.Run(text, "fix", "-", "--glossary", "bundled", "--include-suggestions");
        Assert.Equal("The singer Kim Yo-jong met Lee Jae Myung.\n", all.Stdout);
    }

    [Fact]
    // Regression: issue #15 point 2; every spelling of the president becomes the one default form.
    public void Issue15_Fix_LeeXiCall_NormalizesThePresidentToOneForm()
    {
        var original = TestFiles.ReadArticle("lee-xi-call.txt");
        var result = CliRunner.Run(original, "fix", "-");
        var expected = original.Replace("Yoon Suk-yeol’s", "Yoon Suk Yeol’s", StringComparison.Ordinal).Replace("Lee Jae-myong", "Lee Jae Myung", StringComparison.Ordinal).Replace("Lee Jae-myung", "Lee Jae Myung", StringComparison.Ordinal);
        Assert.Equal(expected, result.Stdout);
        Assert.Equal("-: 3 fixes\n3 spellings fixed in the output (no file written)\n", result.Stderr);
        Assert.DoesNotContain("Lee Jae-", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_FixedText_ChecksClean()
    {
        foreach (var article in new[] { "lee-xi-call.txt", "diplomacy-mixed.txt", "wire-headlines.txt" })
        {
            var fixedText = CliRunner.Run(TestFiles.ReadArticle(article), "fix", "-").Stdout;
            Assert.Equal(0, CliRunner.Run(fixedText, "check", "-").ExitCode);
            Assert.Equal(fixedText, CliRunner.Run(fixedText, "fix", "-").Stdout);
        }
    }

    public static TheoryData<string, byte[], byte[]> Encodings => new()
    {
        { "UTF-8 with BOM and CRLF", [0xEF, 0xBB, 0xBF, .. "Pusan\r\nand Lee\r\nJae-myong.\r\n"u8], [0xEF, 0xBB, 0xBF, .. "Busan\r\nand Lee\r\nJae Myung.\r\n"u8] },
        { "UTF-8 without BOM, LF, no final newline", [.. "Kyŏngju\nis old"u8], [.. "Gyeongju\nis old"u8] },
        { "UTF-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Cheju\r\n")], [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Jeju\r\n")] },
        { "UTF-16 BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Pusan")], [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Busan")] },
        { "old Mac CR line ends", [.. "Pusan\rPusan\r"u8], [.. "Busan\rBusan\r"u8] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void FixWrite_KeepsEncodingBomAndLineEndings(string name, byte[] before, byte[] after)
    {
        using var scratch = new TestFiles.Scratch();
        var file = scratch.File("a.txt", before);
        var result = CliRunner.Args("fix", "--write", file);
        Assert.True(result.ExitCode == 0, $"{name}: {result.Stderr}");
        Assert.Equal(after, File.ReadAllBytes(file));
        Assert.DoesNotContain(Directory.GetFiles(scratch.Root), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void FixWrite_KeepsPermissions()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var scratch = new TestFiles.Scratch();
        var file = scratch.File("a.txt", "Pusan"u8.ToArray());
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(file, mode);
        Assert.Equal(0, CliRunner.Args("fix", "--write", file).ExitCode);
        Assert.Equal(mode, File.GetUnixFileMode(file));
    }

    [Fact]
    public void FixWrite_Folder_RewritesOnlyChangedFiles()
    {
        using var scratch = new TestFiles.Scratch();
        var a = scratch.File("a.md", "Pusan"u8.ToArray());
        var b = scratch.File("b.md", "Busan"u8.ToArray());
        var before = File.GetLastWriteTimeUtc(b);
        var result = CliRunner.Args("fix", "--write", scratch.Root);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Busan", File.ReadAllText(a));
        Assert.Equal(before, File.GetLastWriteTimeUtc(b));
        Assert.Equal($"{a}: 1 fix\nfixed 1 spelling in 1 file\n", result.Stderr);
    }

    [Fact]
    public void FixWrite_InvalidGlossary_WritesNothing()
    {
        using var scratch = new TestFiles.Scratch();
        var file = scratch.File("a.txt", "Pusan"u8.ToArray());
        var result = CliRunner.Args("fix", "--write", file, "--glossary", TestFiles.Glossary("broken.yaml"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("Pusan", File.ReadAllText(file));
    }

    [Fact]
    public void Fix_SeveralFilesWithoutWrite_UsageError()
    {
        using var scratch = new TestFiles.Scratch();
        var a = scratch.File("a.txt", "Pusan"u8.ToArray());
        var b = scratch.File("b.txt", "Pusan"u8.ToArray());
        var result = CliRunner.Args("fix", a, b);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("several files need --write", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("Pusan", File.ReadAllText(a));
    }

    [Fact]
    public void Fix_SingleFileWithoutWrite_PrintsFixedTextAndLeavesFile()
    {
        using var scratch = new TestFiles.Scratch();
        var file = scratch.File("a.txt", "Pusan's port\n"u8.ToArray());
        var result = CliRunner.Args("fix", file);
        Assert.Equal(("Busan's port\n", 0), (result.Stdout, result.ExitCode));
        Assert.Equal("Pusan's port\n", File.ReadAllText(file));
    }

    /// <summary>Regression: issue #11 point 20, printing the fixed text said "fixed 2 spellings in 1 file", as if the file had changed.</summary>
    [Fact]
    public void Issue11_Summary_SaysWhereTheFixesWent()
    {
        using var scratch = new TestFiles.Scratch();
        var file = scratch.File("a.txt", "Pusan and Cheju\n"u8.ToArray());
        Assert.Equal("a.txt: 2 fixes\n2 spellings fixed in the output (no file written)\n", CliRunner.Args("fix", file).Stderr.Replace(file, "a.txt", StringComparison.Ordinal));
        Assert.Equal("Pusan and Cheju\n", File.ReadAllText(file));
        Assert.Equal("a.txt: 2 fixes\nwould fix 2 spellings in 1 file\n", CliRunner.Args("fix", "--diff", file).Stderr.Replace(file, "a.txt", StringComparison.Ordinal));
        Assert.Equal("a.txt: 2 fixes\nfixed 2 spellings in 1 file\n", CliRunner.Args("fix", "--write", file).Stderr.Replace(file, "a.txt", StringComparison.Ordinal));
        Assert.Equal("-: 1 fix\n1 spelling fixed in the output (no file written)\n", CliRunner.Run("Pusan", "fix", "-", "--write").Stderr);
    }
}
