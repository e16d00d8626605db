using System.Diagnostics;
using System.Text;

namespace Glossary.Tests.Cli;

/// <summary>
/// Regression tests for issue #11 ("Nothing lost, nothing hung"), CLI part: each runs the real command, in
/// process (<see cref="CliRunner"/>) or, where signals, closed descriptors or another user are the point, as a
/// child process of the built CLI.
/// </summary>
public sealed class Issue11CliTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    // regression: issue #11 point 8
    [Fact]
    public void Issue11_DevZero_AsInputGlossaryAndImport_ErrorsAtTheSizeLimit()
    {
        if (!File.Exists("/dev/zero"))
            return;
        var input = Bounded(() => CliRunner.Args("check", "/dev/zero"));
        Assert.Equal(2, input.ExitCode);
        Assert.Contains("glossary: error: /dev/zero: larger than the size limit of 64 MiB", input.Stderr, StringComparison.Ordinal);

        using var scratch = new TestFiles.Scratch();
        var article = scratch.File("a.txt", "Pusan"u8.ToArray());
        var glossary = Bounded(() => CliRunner.Args("check", "--no-cache", "--glossary", "/dev/zero", article));
        Assert.Equal(2, glossary.ExitCode);
        Assert.Contains("/dev/zero:1:1: error GLS", glossary.Stderr, StringComparison.Ordinal);
        Assert.Contains("larger than the size limit of 64 MiB", glossary.Stderr, StringComparison.Ordinal);

        var import = Bounded(() => CliRunner.Args("import", "--from", "csv", "/dev/zero"));
        Assert.Equal(2, import.ExitCode);
        Assert.Contains("larger than the size limit", import.Stderr, StringComparison.Ordinal);
    }

    // regression: issue #11 point 8
    [Fact]
    public void Issue11_MaxFileSize_IsAnOption()
    {
        using var scratch = new TestFiles.Scratch();
        var article = scratch.File("a.txt", "Pusan Pusan"u8.ToArray());
        var small = CliRunner.Args("check", "--max-file-size", "10", article);
        Assert.Equal(2, small.ExitCode);
        Assert.Contains($"{article}: larger than the size limit of 10 bytes", small.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, CliRunner.Args("check", "--max-file-size", "1K", article).ExitCode);
        Assert.Equal(2, CliRunner.Args("check", "--max-file-size", "lots", article).ExitCode);
    }

    // regression: issue #11 point 10
    [Theory]
    [InlineData("INT", 130, "SIGINT")]
    [InlineData("TERM", 143, "SIGTERM")]
    public async Task Issue11_SignalWhileReadingStdin_EndsWithConventionalStatusAndOneLine(string signal, int status, string name)
    {
        if (!OperatingSystem.IsLinux())
            return;
        using var process = StartCli(redirectInput: true, "check", "-");
        var stderr = process.StandardError.ReadToEndAsync();
        WaitUntilReadingStdin(process);
        using (var kill = Process.Start("kill", $"-{signal} {process.Id}"))
            kill.WaitForExit();
        Assert.True(process.WaitForExit(Limit), "the CLI did not end after the signal");
        Assert.Equal(status, process.ExitCode);
        Assert.Equal($"glossary: interrupted by {name}\n", await stderr);
    }

    // regression: issue #11 point 10
    [Fact]
    public void Issue11_ClosedStdin_ErrorsInsteadOfHanging()
    {
        if (!OperatingSystem.IsLinux())
            return;
        var (code, _, stderr) = Shell($"exec {Cli} check - <&-");
        Assert.Equal(2, code);
        Assert.Contains("glossary: error: -: standard input is closed", stderr, StringComparison.Ordinal);
    }

    // regression: issue #11 point 19
    [Fact]
    public void Issue11_ClosedStdout_OrBrokenPipe_EndsQuietly()
    {
        if (!OperatingSystem.IsLinux())
            return;
        using var scratch = new TestFiles.Scratch();
        var article = scratch.File("big.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Pusan and Pusan\n", 5000))));
        var closed = Shell($"exec {Cli} check {article} >&-");
        Assert.Equal(2, closed.Code);
        Assert.Equal("glossary: error: standard output is closed\n", closed.Stderr);

        var piped = Shell($"{Cli} check {article} | head -1 >/dev/null; echo ${{PIPESTATUS[0]}}");
        Assert.Equal("1\n", piped.Stdout);
        Assert.DoesNotContain("error", piped.Stderr, StringComparison.Ordinal);
    }

    // regression: issue #11 point 11
    [Fact]
    public async Task Issue11_FifoInFolder_IsSkipped_FifoOnCommandLine_IsRead()
    {
        if (!OperatingSystem.IsLinux())
            return;
        using var scratch = new TestFiles.Scratch();
        scratch.File("a.md", "Pusan"u8.ToArray());
        var fifo = Path.Combine(scratch.Root, "pipe.md");
        using (var mkfifo = Process.Start("mkfifo", fifo))
            mkfifo.WaitForExit();

        var walk = Bounded(() => CliRunner.Args("check", scratch.Root));
        Assert.Equal(1, walk.ExitCode);
        Assert.Contains("1 finding in 1 of 1 file", walk.Stderr, StringComparison.Ordinal);

        var writer = Task.Run(() => File.WriteAllText(fifo, "Kyongju"));
        var named = Bounded(() => CliRunner.Args("check", fifo));
        await writer.WaitAsync(Limit);
        Assert.Equal(1, named.ExitCode);
        Assert.Contains("'Kyongju' → 'Gyeongju'", named.Stdout, StringComparison.Ordinal);
    }

    // regression: issue #11 point 12. Tests run as root, for whom mode 000 does not stop reading: the CLI then runs
    // as user nobody (setpriv), for whom it does; run as another user the test uses chmod alone.
    [Fact]
    public void Issue11_UnreadableSubfolder_IsAnErrorNamingIt_OthersStillChecked()
    {
        if (!OperatingSystem.IsLinux())
            return;
        var scratch = Directory.CreateTempSubdirectory("glossary-issue11-");
        try
        {
            File.WriteAllText(Path.Combine(scratch.FullName, "a.md"), "Pusan");
            var locked = Directory.CreateDirectory(Path.Combine(scratch.FullName, "locked"));
            File.WriteAllText(Path.Combine(locked.FullName, "b.md"), "Pusan");
            File.SetUnixFileMode(scratch.FullName, (UnixFileMode)0b111_101_101);
            File.SetUnixFileMode(Path.Combine(scratch.FullName, "a.md"), (UnixFileMode)0b110_100_100);
            File.SetUnixFileMode(locked.FullName, UnixFileMode.None);

            var asRoot = Environment.UserName == "root";
            var (code, stdout, stderr) = Shell((asRoot ? "exec setpriv --reuid=65534 --regid=65534 --clear-groups " : "exec ") + $"{Cli} check {scratch.FullName}");
            Assert.Equal(2, code);
            Assert.Contains($"glossary: error: {locked.FullName}: cannot read folder", stderr, StringComparison.Ordinal);
            Assert.Contains("a.md:1:1: warning: 'Pusan' → 'Busan'", stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(scratch.FullName, "locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            scratch.Delete(recursive: true);
        }
    }

    // regression: issue #11 points 12 and 19
    [Fact]
    public void Issue11_DanglingLinkAndUndecodableName_AreErrorsNamingThem()
    {
        if (!OperatingSystem.IsLinux())
            return;
        using var scratch = new TestFiles.Scratch();
        scratch.File("a.md", "Pusan"u8.ToArray());
        File.CreateSymbolicLink(Path.Combine(scratch.Root, "gone.md"), "nowhere.md");
        Shell($"printf x > {scratch.Root}/$(printf 'bad\\377.md')");

        var walk = CliRunner.Args("check", scratch.Root);
        Assert.Equal(2, walk.ExitCode);
        Assert.Contains("gone.md: dangling symbolic link (to nowhere.md)", walk.Stderr, StringComparison.Ordinal);
        Assert.Contains("bad\uFFFD.md: no such file (its name is not valid UTF-8: rename it)", walk.Stderr, StringComparison.Ordinal);
        Assert.Contains("a.md:1:1: warning", walk.Stdout, StringComparison.Ordinal);

        var named = CliRunner.Args("check", Path.Combine(scratch.Root, "gone.md"));
        Assert.Equal(2, named.ExitCode);
        Assert.Contains("gone.md: dangling symbolic link", named.Stderr, StringComparison.Ordinal);

        // .NET cannot name the file to delete it either.
        Shell($"rm -f {scratch.Root}/bad*");
    }

    // regression: issue #11 point 14
    [Fact]
    public void Issue11_OutputThatIsAnInput_IsRefused()
    {
        using var scratch = new TestFiles.Scratch();
        var article = scratch.File("a.md", "Pusan"u8.ToArray());
        var link = Path.Combine(scratch.Root, "link.md");
        File.CreateSymbolicLink(link, article);

        foreach (var output in new[] { article, link, Path.Combine(scratch.Root, ".", "a.md") })
        {
            var result = CliRunner.Args("check", "-o", output, article);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("is also an input", result.Stderr, StringComparison.Ordinal);
            Assert.Equal("Pusan", File.ReadAllText(article));
        }

        if (OperatingSystem.IsLinux())
        {
            var hard = Path.Combine(scratch.Root, "hard.md");
            Shell($"ln {article} {hard}");
            Assert.Equal(2, CliRunner.Args("check", "-o", hard, article).ExitCode);
            Assert.Equal("Pusan", File.ReadAllText(article));
        }

        var glossary = scratch.File("g.yaml", File.ReadAllBytes(TestFiles.Glossary("output.yaml")));
        var before = File.ReadAllBytes(glossary);
        var export = CliRunner.Args("export", "--to", "csv", "--glossary", glossary, "-o", glossary);
        Assert.Equal(2, export.ExitCode);
        Assert.Contains("export: --output", export.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(glossary));

        var folder = CliRunner.Args("check", "-o", scratch.Root, article);
        Assert.Equal(2, folder.ExitCode);
        Assert.Contains($"--output {scratch.Root}: is a folder", folder.Stderr, StringComparison.Ordinal);
    }

    // regression: issue #11 point 15
    [Fact]
    public void Issue11_FixWrite_RefusesReadOnly_UnlessForced()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var scratch = new TestFiles.Scratch();
        var file = scratch.File("a.txt", "Pusan"u8.ToArray());
        var readOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(file, readOnly);

        var refused = CliRunner.Args("fix", "--write", file);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"{file}: read-only file, not rewritten (--force rewrites it)", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal("Pusan", File.ReadAllText(file));

        Assert.Equal(0, CliRunner.Args("fix", "--write", "--force", file).ExitCode);
        Assert.Equal("Busan", File.ReadAllText(file));
        Assert.Equal(readOnly, File.GetUnixFileMode(file));
    }

    // regression: issue #11 point 15
    [Fact]
    public void Issue11_FixWrite_KeepsOwnerAndHardLinks()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
            return;
        using var scratch = new TestFiles.Scratch();
        var owned = scratch.File("owned.txt", "Pusan"u8.ToArray());
        Shell($"chown 65534:65534 {owned}");
        Assert.Equal(0, CliRunner.Args("fix", "--write", owned).ExitCode);
        Assert.Equal("Busan", File.ReadAllText(owned));
        Assert.Equal("65534:65534\n", Shell($"stat -c %u:%g {owned}").Stdout);

        var linked = scratch.File("linked.txt", "Pusan"u8.ToArray());
        var other = Path.Combine(scratch.Root, "other.txt");
        Shell($"ln {linked} {other}");
        Assert.Equal(0, CliRunner.Args("fix", "--write", linked).ExitCode);
        Assert.Equal("Busan", File.ReadAllText(other));
        Assert.Equal("2\n", Shell($"stat -c %h {linked}").Stdout);
        Assert.DoesNotContain(Directory.GetFiles(scratch.Root), f => f.EndsWith(".bak", StringComparison.Ordinal) || f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    // regression: issue #11 point 19
    [Fact]
    public void Issue11_InvalidText_IsReportedWithLineAndColumn()
    {
        var utf8 = CliRunner.Run("ok\nab\u00e9", "check", "-");
        Assert.Equal(0, utf8.ExitCode);

        using var scratch = new TestFiles.Scratch();
        var bad8 = scratch.File("bad8.txt", [.. "first\nsé"u8, 0xFF, .. "x\n"u8]);
        var result8 = CliRunner.Args("check", bad8);
        Assert.Equal(2, result8.ExitCode);
        Assert.Contains($"glossary: error: {bad8}:2:3: not valid UTF-8 (byte 0xFF at offset 9)", result8.Stderr, StringComparison.Ordinal);

        var bad16 = scratch.File("bad16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a\nbc"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("d")]);
        var result16 = CliRunner.Args("check", bad16);
        Assert.Equal(2, result16.ExitCode);
        Assert.Contains($"glossary: error: {bad16}:2:3: not valid utf-16 (unpaired surrogate U+D800", result16.Stderr, StringComparison.Ordinal);
    }

    // regression: issue #11 point 19
    [Fact]
    public void Issue11_Romanize_MixedScriptsAndBlankLines()
    {
        var mixed = CliRunner.Args("romanize", "부산 釜山");
        Assert.Equal(2, mixed.ExitCode);
        Assert.Contains("mixes Hangul and Han characters", mixed.Stderr, StringComparison.Ordinal);

        var batch = CliRunner.Run("부산\n\n  \n서울\n", "romanize", "-");
        Assert.Equal(0, batch.ExitCode);
        Assert.Equal("busan\n\n\nseoul\n", batch.Stdout);
        Assert.Equal(string.Empty, batch.Stderr);
    }

    // regression: issue #11 point 19
    [Fact]
    public void Issue11_SuppressionAndFrontMatterProblems_AreWarningsWithPositions()
    {
        const string markdown = "---\nglossary: { ignore: [busan\n---\n<!-- glossary-ignroe -->\nBusan\n<!-- glossary-disable nosuchid -->\n";
        var result = CliRunner.Run(markdown, "check", "--stdin-filename", "a.md", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("a.md:2:27: warning: invalid YAML front matter: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("a.md:4:1: warning: unknown suppression directive 'glossary-ignroe'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("a.md:6:1: warning: suppression names unknown entry id 'nosuchid'", result.Stderr, StringComparison.Ordinal);

        var prose = CliRunner.Run("glossary-driven writing is fine.\n", "check", "-");
        Assert.Equal("no findings in 1 file\n", prose.Stderr);
    }

    private static string Cli => $"'{Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet"}' '{Path.Combine(AppContext.BaseDirectory, "Glossary.Cli.dll")}'";

    private static CliRunner.Result Bounded(Func<CliRunner.Result> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(Limit), "the command hung");
        return task.Result;
    }

    private static Process StartCli(bool redirectInput, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Glossary.Cli.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    /// <summary>Waits until a thread of <paramref name="process"/> sits in read(2) on its stdin pipe (Linux /proc).</summary>
    private static void WaitUntilReadingStdin(Process process)
    {
        var deadline = DateTime.UtcNow + Limit;
        var read = System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture == System.Runtime.InteropServices.Architecture.X64 ? "0" : "63";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var stdin = new FileInfo($"/proc/{process.Id}/fd/0").LinkTarget;
                foreach (var task in Directory.EnumerateDirectories($"/proc/{process.Id}/task"))
                {
                    var call = File.ReadAllText(Path.Combine(task, "syscall")).Split(' ');
                    if (call.Length > 1 && call[0] == read && new FileInfo($"/proc/{process.Id}/fd/{Convert.ToInt64(call[1], 16)}").LinkTarget == stdin)
                        return;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // The process is starting or a thread just ended: look again.
            }

            Thread.Sleep(50);
        }

        Assert.Fail("the CLI never blocked reading stdin");
    }

    private static (int Code, string Stdout, string Stderr) Shell(string script)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(Limit), $"hung: {script}");
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
