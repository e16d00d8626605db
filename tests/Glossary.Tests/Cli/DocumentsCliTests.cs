namespace Glossary.Tests.Cli;

/// <summary>The CLI on Markdown and HTML, with project configs, suppressions and diffs (issue #6).</summary>
public sealed class DocumentsCliTests
{
    private const string MarkdownArticle = "# Pusan\n\nSee `Pusan` and [Pusan](https://x.example/Pusan).\n\n```\nPusan\n```\n";

    [Fact]
    public void Check_MarkdownByExtension_SkipsCodeAndUrls()
    {
        using var scratch = new TestFiles.Scratch();
        var file = scratch.File("a.md", System.Text.Encoding.UTF8.GetBytes(MarkdownArticle));
        var result = CliRunner.Args("check", file);
        Assert.Equal(
            $"{file}:1:3: warning: 'Pusan' → 'Busan' [busan]\n{file}:3:18: warning: 'Pusan' → 'Busan' [busan]\n",
            result.Stdout);
    }

    [Theory]
    [InlineData("--stdin-filename", "docs/a.md")]
    [InlineData("--input-format", "markdown")]
    public void Check_StdinAsMarkdown(string option, string value)
    {
        var result = CliRunner.Run(MarkdownArticle, "check", "-", option, value);
        Assert.Equal(2, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Check_StdinAsPlainText_SeesEverything()
    {
        var result = CliRunner.Run(MarkdownArticle, "check", "-");
        Assert.Equal(5, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Check_ReportUnusedSuppressions()
    {
        var text = "<!-- glossary-ignore-next-line -->\nBusan\n";
        var result = CliRunner.Run(text, "check", "-", "--stdin-filename", "a.md", "--report-unused-suppressions");
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains("a.md:1:1: warning: unused suppression '<!-- glossary-ignore-next-line -->'\n", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(0, CliRunner.Run(text, "check", "-", "--stdin-filename", "a.md").ExitCode);
    }

    [Fact]
    public void Check_ProjectConfig_GlossariesGlobsFormatAndFailLevel()
    {
        using var scratch = new TestFiles.Scratch();
        scratch.File(".glossary.yaml", "glossaries: [house]\ninclude: [\"docs/**\"]\nexclude: [docs/vendor/]\nformat: json\nfail-level: none\n"u8.ToArray());
        scratch.File("house/g.yaml", "entries:\n  - en: Seoul\n    kind: place\n    variants: [Keijo]\n"u8.ToArray());
        scratch.File("docs/a.md", "Keijo and Pusan"u8.ToArray());
        scratch.File("docs/vendor/b.md", "Keijo"u8.ToArray());
        scratch.File("other/c.md", "Keijo"u8.ToArray());

        var result = CliRunner.Args("check", scratch.Root);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"entryId\": \"seoul\"", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("busan", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"findings\": 1", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("vendor", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("other", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BrokenProjectConfig_Exit2WithPosition()
    {
        using var scratch = new TestFiles.Scratch();
        var config = scratch.File(".glossary.yaml", "glossarys: [house]\n"u8.ToArray());
        scratch.File("a.md", "Pusan"u8.ToArray());
        var result = CliRunner.Args("check", scratch.Root);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"{config}:1:1: error GLS003: unknown key 'glossarys'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExplicitConfigOption()
    {
        using var scratch = new TestFiles.Scratch();
        var config = scratch.File("cfg/custom.yaml", "fail-level: none\n"u8.ToArray());
        Assert.Equal(0, CliRunner.Run("Pusan", "check", "-", "--config", config).ExitCode);
    }

    [Fact]
    public void FixWrite_SymbolicLink_StaysALinkAndItsTargetIsFixed()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var scratch = new TestFiles.Scratch();
        var target = scratch.File("p.txt", "Pusan\n"u8.ToArray());
        var link = Path.Combine(scratch.Root, "link.txt");
        File.CreateSymbolicLink(link, target);
        Assert.Equal(0, CliRunner.Args("fix", "--write", link).ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal("Busan\n", File.ReadAllText(target));
    }

    [Fact]
    public void FixDiff_NothingToChange_ExitZeroAndEmpty()
    {
        var result = CliRunner.Run("Busan", "fix", "-", "--diff");
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Stdout));
    }

    [Fact]
    public void FixWrite_Html_TouchesOnlyTextNodes()
    {
        using var scratch = new TestFiles.Scratch();
        var file = scratch.File("a.html", "<p class=\"Pusan\">Pusan &amp; <code>Pusan</code></p>\r\n"u8.ToArray());
        Assert.Equal(0, CliRunner.Args("fix", "--write", file).ExitCode);
        Assert.Equal("<p class=\"Pusan\">Busan &amp; <code>Pusan</code></p>\r\n", File.ReadAllText(file));
    }

    [Fact]
    public void Issue11_FixWrite_BareAmpersandsAndHeadingTab_FixesOnlyNames_AndEveryFile()
    {
        // regression: issue #11 points 1 and 2, end to end: each file fixed in place, none skipped after another.
        using var scratch = new TestFiles.Scratch();
        var rd = scratch.File("1.html", "<p>R&D spending rose, said Kim&nbsp;Jong Un in Pusan.</p>\n"u8.ToArray());
        var qa = scratch.File("2.html", "<p>Q&A &rsquo; then P&rsquo;anmunj&#335;m &amp; Pusan &#128; &not &#0</p>\n"u8.ToArray());
        var heading = scratch.File("3.md", "intro\n\n#\tTalks in Pusan\n"u8.ToArray());
        var last = scratch.File("4.html", "<p>Tom & Jerry &amp; Pusan</p>\n"u8.ToArray());
        var result = CliRunner.Args("fix", "--write", rd, qa, heading, last);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal("<p>R&D spending rose, said Kim Jong-un in Busan.</p>\n", File.ReadAllText(rd));
        Assert.Equal("<p>Q&A &rsquo; then Panmunjom &amp; Busan &#128; &not &#0</p>\n", File.ReadAllText(qa));
        Assert.Equal("intro\n\n#\tTalks in Busan\n", File.ReadAllText(heading));
        Assert.Equal("<p>Tom & Jerry &amp; Busan</p>\n", File.ReadAllText(last));

        var check = CliRunner.Args("check", scratch.File("5.html", "<p>R&D said Kim&nbsp;Jong Un</p>\n"u8.ToArray()));
        Assert.Contains(":1:13: warning: 'Kim Jong Un' → 'Kim Jong-un'", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HostileInputs_NoCrash()
    {
        using var scratch = new TestFiles.Scratch();
        var huge = new string('x', 2_000_000) + " Pusan " + new string('y', 100_000);
        scratch.File("huge.txt", System.Text.Encoding.UTF8.GetBytes(huge));
        scratch.File("broken.html", "<p>Pusan <b><i>Cheju</p></div></span><<<>>>&&&;"u8.ToArray());
        scratch.File("front.md", "---\ntitle: [unclosed\nPusan\n"u8.ToArray());
        scratch.File("bad.md", [0xFF, 0xFE, 0x00, 0xD8]);
        scratch.File("nul.txt", [0x41, 0x00, 0x42]);
        scratch.File("deep.html", System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div>", 30_000)) + "Cheju" + string.Concat(Enumerable.Repeat("</div>", 30_000))));
        scratch.File("deep.md", System.Text.Encoding.UTF8.GetBytes(new string('*', 30_000) + "Cheju" + new string('*', 30_000)));
        scratch.File("quotes.md", System.Text.Encoding.UTF8.GetBytes(new string('>', 30_000) + " Cheju"));
        var result = CliRunner.Args("check", scratch.Root);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("huge.txt:1:2000002: warning: 'Pusan' → 'Busan'", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("broken.html:1:4: warning: 'Pusan'", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("front.md", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("deep.html:1:150001: warning: 'Cheju' → 'Jeju'", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("deep.md:1:30001: warning: 'Cheju' → 'Jeju'", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("quotes.md:1:30002: warning: 'Cheju' → 'Jeju'", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"bad\.md:\d+:\d+: not valid", result.Stderr);
        Assert.Contains("nul.txt: binary file", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
