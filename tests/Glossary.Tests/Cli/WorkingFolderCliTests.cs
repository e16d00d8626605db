using System.Text;

namespace Glossary.Tests.Cli;

/// <summary>
/// The CLI run in another current folder (paths as a user types them, diff headers relative to it). The current
/// folder belongs to the whole process, so these tests run alone: see <see cref="ProcessState"/>.
/// </summary>
[Collection(ProcessState.Name)]
public sealed class WorkingFolderCliTests
{
    [Fact]
    public void FixDiff_IsAcceptedByGitApply()
    {
        using var scratch = new TestFiles.Scratch();
        var original = "Intro\n\n# Pusan\n\nSee `Pusan`, Lee *Jae-myong* and Lee Jae-myong.\n\nA\nB\nC\nD\nE\nF\nG\nKyongju at the end";
        var file = scratch.File("docs/a.md", Encoding.UTF8.GetBytes(original));
        var relative = Path.GetRelativePath(scratch.Root, file);
        var result = InFolder(scratch.Root, () => CliRunner.Args("fix", "--diff", relative));
        Assert.Equal(1, result.ExitCode);
        Snapshooter.Xunit.Snapshot.Match(result.Stdout);
        Assert.Contains("not fixed (crosses markup): 'Lee Jae-myong'", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(file));

        var patch = scratch.File("fix.patch", Encoding.UTF8.GetBytes(result.Stdout));
        Assert.Equal(0, Output.UnifiedDiffTests.Git(scratch.Root, "init", "-q").ExitCode);
        Assert.Equal(0, Output.UnifiedDiffTests.Git(scratch.Root, "apply", patch).ExitCode);
        var fixedText = File.ReadAllText(file);
        Assert.Equal(original.Replace("# Pusan", "# Busan", StringComparison.Ordinal).Replace("and Lee Jae-myong", "and Lee Jae Myung", StringComparison.Ordinal).Replace("Kyongju", "Gyeongju", StringComparison.Ordinal), fixedText);
    }

    [Fact]
    public void FixDiff_DotSlashPathsBomAndDuplicates_ApplyWithGit()
    {
        using var scratch = new TestFiles.Scratch();
        scratch.File("a.md", "Pusan\n"u8.ToArray());
        scratch.File("bom.txt", [0xEF, 0xBB, 0xBF, .. "Pusan and Cheju\r\nLee Jae-myong\r\n"u8]);
        var result = InFolder(scratch.Root, () => CliRunner.Args("fix", "--diff", ".", "./a.md", "bom.txt"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--- a/a.md\n", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, result.Stdout.Split("--- a/a.md").Length - 1);
        var patch = scratch.File("fix.patch", Encoding.UTF8.GetBytes(result.Stdout));
        Assert.Equal(0, Output.UnifiedDiffTests.Git(scratch.Root, "init", "-q").ExitCode);
        Assert.Equal(0, Output.UnifiedDiffTests.Git(scratch.Root, "apply", patch).ExitCode);
        Assert.Equal("Busan\n", File.ReadAllText(Path.Combine(scratch.Root, "a.md")));
        Assert.Equal([0xEF, 0xBB, 0xBF, .. "Busan and Jeju\r\nLee Jae Myung\r\n"u8], File.ReadAllBytes(Path.Combine(scratch.Root, "bom.txt")));
    }

    /// <summary>
    /// Regression: issue #11 point 16, a file outside the current folder got the header <c>a/srv/x.md</c> (an absolute path made relative), which git
    /// apply applies to another file of that name; a <c>../</c> path is refused by git apply instead.
    /// </summary>
    [Fact]
    public void Issue11_FixDiff_FileOutsideTheCurrentFolder_GitApplyRefusesRatherThanPatchingAnotherFile()
    {
        using var scratch = new TestFiles.Scratch();
        var outside = scratch.File("x.md", "Pusan\n"u8.ToArray());
        var repo = Path.Combine(scratch.Root, "repo");
        var decoy = scratch.File(Path.Combine("repo", Path.GetRelativePath("/", outside)), "Pusan\n"u8.ToArray());
        var result = InFolder(repo, () => CliRunner.Args("fix", "--diff", outside));
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("--- a/../x.md\n+++ b/../x.md\n", result.Stdout, StringComparison.Ordinal);

        var patch = scratch.File("fix.patch", Encoding.UTF8.GetBytes(result.Stdout));
        Assert.Equal(0, Output.UnifiedDiffTests.Git(repo, "init", "-q").ExitCode);
        Assert.NotEqual(0, Output.UnifiedDiffTests.Git(repo, "apply", patch).ExitCode);
        Assert.Equal("Pusan\n", File.ReadAllText(decoy));
        Assert.Equal("Pusan\n", File.ReadAllText(outside));
    }

    /// <summary>Regression: issue #11 point 16, through the CLI: a name with a tab gets a quoted header that git apply reads back.</summary>
    [Fact]
    public void Issue11_FixDiff_NameWithTabAndBackslash_GitApplyPatchesIt()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var scratch = new TestFiles.Scratch();
        var file = scratch.File("docs/tab\there\\.md", "Pusan\n"u8.ToArray());
        var result = InFolder(scratch.Root, () => CliRunner.Args("fix", "--diff", Path.Combine("docs", "tab\there\\.md")));
        Assert.StartsWith("--- \"a/docs/tab\\there\\\\.md\"\n", result.Stdout, StringComparison.Ordinal);
        var patch = scratch.File("fix.patch", Encoding.UTF8.GetBytes(result.Stdout));
        Assert.Equal(0, Output.UnifiedDiffTests.Git(scratch.Root, "init", "-q").ExitCode);
        Assert.Equal(0, Output.UnifiedDiffTests.Git(scratch.Root, "apply", patch).ExitCode);
        Assert.Equal("Busan\n", File.ReadAllText(file));
    }

    /// <summary>Regression: issue #11 point 4; 20,000 edited lines (a Myers diff of them took 12 GB) as a diff git applies.</summary>
    [Fact]
    public void Issue11_FixDiff_EveryLineEdited_GitApplyGivesTheFixedFile()
    {
        using var scratch = new TestFiles.Scratch();
        var text = string.Concat(Enumerable.Range(0, 20000).Select(i => $"Pusan {i}\n"));
        var file = scratch.File("big.txt", Encoding.UTF8.GetBytes(text));
        var result = InFolder(scratch.Root, () => CliRunner.Args("fix", "--diff", "big.txt"));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(1, result.Stdout.Split("\n@@ ").Length - 1);
        var patch = scratch.File("fix.patch", Encoding.UTF8.GetBytes(result.Stdout));
        Assert.Equal(0, Output.UnifiedDiffTests.Git(scratch.Root, "init", "-q").ExitCode);
        Assert.Equal(0, Output.UnifiedDiffTests.Git(scratch.Root, "apply", patch).ExitCode);
        Assert.Equal(text.Replace("Pusan", "Busan", StringComparison.Ordinal), File.ReadAllText(file));
    }

    /// <summary>Regression: issue #12 point 8; every command that loads glossaries reads the nearest .glossary.yaml.</summary>
    [Fact]
    public void Issue12_MaintenanceCommands_HonourTheNearestConfig()
    {
        using var scratch = new TestFiles.Scratch();
        scratch.File("house.yaml", Encoding.UTF8.GetBytes(Issue12CliTests.Styled));
        scratch.File(".glossary.yaml", "glossaries: [house.yaml]\nstyle: house\n"u8.ToArray());
        var folder = scratch.File("docs/.keep", []);

        Assert.Equal(0, InFolder(Path.GetDirectoryName(folder)!, () => CliRunner.Args("test")).ExitCode);
        Assert.Equal(0, InFolder(scratch.Root, () => CliRunner.Args("lint")).ExitCode);
        Assert.Contains("Zorvath", InFolder(scratch.Root, () => CliRunner.Args("export", "--to", "markdown")).Stdout, StringComparison.Ordinal);
        Assert.Equal(0, InFolder(scratch.Root, () => CliRunner.Args("lookup", "Zorvat")).ExitCode);
        Assert.Equal(0, InFolder(scratch.Root, () => CliRunner.Args("variants", "Zorvat")).ExitCode);
    }

    /// <summary>Runs <paramref name="run"/> with <paramref name="folder"/> as the current folder, then restores it.</summary>
    private static CliRunner.Result InFolder(string folder, Func<CliRunner.Result> run)
    {
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = folder;
        try
        {
            return run();
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}
