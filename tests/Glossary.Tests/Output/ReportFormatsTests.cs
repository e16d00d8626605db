using Glossary.Cli.Output;

namespace Glossary.Tests.Output;

/// <summary>The conversions and escaping the formats rely on, one rule per test.</summary>
public sealed class ReportFormatsTests
{
    private static readonly GlossaryEntry[] Entries =
    [
        new() { Id = "lee-jae-myung", En = "Lee Jae-myung", Kind = EntryKind.Person, Variants = ["Lee Jae-myong"], Source = "https://en.wikipedia.org/wiki/Lee_Jae_Myung" },
        new() { Id = "busan", En = "Busan", Kind = EntryKind.Place, Variants = ["Pusan"], Source = "Yonhap style book" },
    ];

    private static readonly CompiledGlossary Glossary = new GlossaryBuilder().AddRange(Entries).Build();

    /// <summary>The format of a name, as the CLI reads it.</summary>
    internal static ReportFormat Parse(string name) => ReportFormats.TryParse(name, out var format) ? format : throw new ArgumentException(name, nameof(name));

    /// <summary>Regression: issue #12 point 4; every format has exactly one name, and the name is read back as that format.</summary>
    [Fact]
    public void Issue12_Names_RoundTripEveryFormat()
    {
        Assert.Equal(Enum.GetValues<ReportFormat>().Length, ReportFormats.Names.Count);
        foreach (var format in Enum.GetValues<ReportFormat>())
            Assert.Equal(format, Parse(ReportFormats.NameOf(format)));
        Assert.False(ReportFormats.TryParse("JSON", out _));
        Assert.False(ReportFormats.TryParse(null, out _));
    }

    private static string Write(string format, string path, string text, ReportOptions? options = null)
    {
        var writer = new StringWriter { NewLine = "\n" };
        ReportFormats.Write(Parse(format), writer, [new FileReport(path, Glossary.Check(text), text)], options ?? new ReportOptions { Entries = Entries });
        return writer.ToString();
    }

    [Fact]
    public void Rdjsonl_HangulBeforeTheMatch_CountsUtf8Bytes()
    {
        // "이재명 " is 4 UTF-16 units but 10 UTF-8 bytes, so UTF-16 column 5 is byte column 11.
        var line = Write("rdjsonl", "a.md", "first line\n이재명 Lee Jae-myong\n");
        Assert.Contains("\"range\":{\"start\":{\"line\":2,\"column\":11},\"end\":{\"line\":2,\"column\":24}}", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Rdjsonl_SurrogatePairBeforeTheMatch_CountsFourBytes()
    {
        // U+20B9F (𠮟) is two UTF-16 units and four UTF-8 bytes.
        var line = Write("rdjsonl", "a.md", "𠮟 Pusan");
        Assert.Contains("\"start\":{\"line\":1,\"column\":6}", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Rdjsonl_WithoutText_FallsBackToUtf16Columns()
    {
        var findings = Glossary.Check("이재명 Pusan");
        var writer = new StringWriter();
        ReportFormats.Write(ReportFormat.RdJsonLines, writer, [new FileReport("a.md", findings)], null);
        Assert.Contains("\"start\":{\"line\":1,\"column\":5}", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rdjsonl_CodeUrl_OnlyForUrlSources()
    {
        var lines = Write("rdjsonl", "a.md", "Lee Jae-myong in Pusan").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("\"code\":{\"value\":\"lee-jae-myung\",\"url\":\"https://en.wikipedia.org/wiki/Lee_Jae_Myung\"}", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"code\":{\"value\":\"busan\"}", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("100%", "100%25")]
    [InlineData("a\r\nb", "a%0D%0Ab")]
    [InlineData("a:b,c", "a:b,c")]
    [InlineData("%0A", "%250A")]
    public void GitHub_EscapeData_AsActionsCore(string value, string escaped) =>
        Assert.Equal(escaped, GitHubReport.EscapeData(value));

    [Theory]
    [InlineData("docs/a.md", "docs/a.md")]
    [InlineData("a:b,c", "a%3Ab%2Cc")]
    [InlineData("50%\n", "50%25%0A")]
    public void GitHub_EscapeProperty_AsActionsCore(string value, string escaped) =>
        Assert.Equal(escaped, GitHubReport.EscapeProperty(value));

    [Fact]
    public void GitHub_SystemSeparator_BecomesForwardSlash() =>
        Assert.StartsWith("::warning file=docs/a.md,line=1,", Write("github", $"docs{Path.DirectorySeparatorChar}a.md", "Pusan"), StringComparison.Ordinal);

    /// <summary>Regression: issue #11 point 16, <c>back\slash.md</c> was reported as <c>back/slash.md</c>, a file that does not exist.</summary>
    [Fact]
    public void Issue11_BackslashInUnixFileName_StaysInGitHubAndRdjsonlPaths()
    {
        if (Path.DirectorySeparatorChar == '\\')
            return;
        Assert.StartsWith("::warning file=back\\slash%2C 100%25%3A.md,line=1,", Write("github", "back\\slash, 100%:.md", "Pusan"), StringComparison.Ordinal);
        Assert.Contains("\"path\":\"back\\\\slash.md\"", Write("rdjsonl", "back\\slash.md", "Pusan"), StringComparison.Ordinal);
    }

    /// <summary>Regression: issue #11 point 16; RFC 3986 percent-encoding of each segment, only the system separator is one.</summary>
    [Theory]
    [InlineData("back\\slash.md", "back%5Cslash.md")]
    [InlineData("100% a b.md", "100%25%20a%20b.md")]
    [InlineData("Zürich/x.md", "Z%C3%BCrich/x.md")]
    [InlineData("/srv/a b\\c.md", "file:///srv/a%20b%5Cc.md")]
    public void Issue11_Sarif_ArtifactUri_OnUnix(string path, string uri)
    {
        if (Path.DirectorySeparatorChar == '\\')
            return;
        Assert.Equal(uri, SarifReport.ArtifactUri(path));
    }

    /// <summary>Regression: issue #11 point 20; a match across markup is reported, flagged not fixable, and offered as no fix.</summary>
    [Fact]
    public void Issue11_FindingAcrossMarkup_NotFixableAndNoSuggestionOrFix()
    {
        const string markdown = "Lee *Jae-myong* met Lee Jae-myong in Pusan.\n";
        var findings = Glossary.Analyze(markdown, new DocumentOptions { Format = DocumentFormat.Markdown }).Findings;
        Assert.Equal([false, true, true], findings.Select(f => f.Fixable));
        string Render(string format)
        {
            var writer = new StringWriter { NewLine = "\n" };
            ReportFormats.Write(Parse(format), writer, [new FileReport("a.md", findings, markdown)], new ReportOptions { Entries = Entries });
            return writer.ToString();
        }

        var jsonl = Render("jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([false, true, true], jsonl.Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("fixable").GetBoolean()));
        var json = System.Text.Json.JsonDocument.Parse(Render("json")).RootElement.GetProperty("files")[0].GetProperty("findings");
        Assert.Equal([false, true, true], json.EnumerateArray().Select(f => f.GetProperty("fixable").GetBoolean()));
        var rdjsonl = Render("rdjsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([false, true, true], rdjsonl.Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.TryGetProperty("suggestions", out _)));
        var results = System.Text.Json.JsonDocument.Parse(Render("sarif")).RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Equal([false, true, true], results.EnumerateArray().Select(r => r.TryGetProperty("fixes", out _)));
    }

    /// <summary>Regression: issue #11 point 7; each format takes the reports as they come, even from a one-pass enumeration.</summary>
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("sarif")]
    [InlineData("github")]
    [InlineData("rdjsonl")]
    [InlineData("checkstyle")]
    public void Issue11_Write_ManyFindings_SameAsOneReportAtATime(string format)
    {
        // Enough findings for the writers to pass their output on in several pieces (64 KB each).
        var text = string.Concat(Enumerable.Repeat("Pusan met Lee Jae-myong in 서울.\n", 3000));
        var reports = Enumerable.Range(0, 3).Select(i => new FileReport($"f{i}.md", Glossary.Check(text), text)).ToList();
        var whole = new StringWriter { NewLine = "\n" };
        ReportFormats.Write(Parse(format), whole, reports, new ReportOptions { Entries = Entries });
        var pieces = new List<string>();
        var streamed = new PieceWriter(pieces);
        var yielded = 0;
        IEnumerable<FileReport> OneAtATime()
        {
            foreach (var report in reports)
            {
                // A report is written (in part at least) before the next one is asked for.
                Assert.True(format == "sarif" || yielded == 0 || pieces.Count > 0);
                yielded++;
                yield return report;
            }
        }

        ReportFormats.Write(Parse(format), streamed, OneAtATime(), new ReportOptions { Entries = Entries });
        Assert.Equal(whole.ToString(), string.Concat(pieces));
        Assert.True(pieces.Count > 3, $"{format}: {pieces.Count} pieces");
        Assert.True(pieces.Max(p => p.Length) < 1 << 18, $"{format}: a piece of {pieces.Max(p => p.Length)} characters");
    }

    private sealed class PieceWriter(List<string> pieces) : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => pieces.Add(value.ToString());

        public override void Write(string? value)
        {
            if (!string.IsNullOrEmpty(value))
                pieces.Add(value);
        }
    }

    [Theory]
    [InlineData("docs/news.md", "docs/news.md")]
    [InlineData("docs/a b#1.md", "docs/a%20b%231.md")]
    [InlineData("뉴스/기사.md", "%EB%89%B4%EC%8A%A4/%EA%B8%B0%EC%82%AC.md")]
    [InlineData("-", "-")]
    public void Sarif_ArtifactUri_RelativePathPercentEncoded(string path, string uri) =>
        Assert.Equal(uri, SarifReport.ArtifactUri(path));

    [Fact]
    public void Sarif_ArtifactUri_RootedPathIsFileUri() =>
        Assert.Equal("file:///srv/news.md", SarifReport.ArtifactUri("/srv/news.md"));

    [Fact]
    public void Sarif_Fingerprint_SameLineElsewhereKeepsItsHash()
    {
        var before = Glossary.Check("Pusan is here.");
        var after = Glossary.Check("New first line.\n\nPusan is here.");
        Assert.Equal(SarifReport.LineHash(before[0], "Pusan is here."), SarifReport.LineHash(after[0], "New first line.\n\nPusan is here."));
    }

    [Fact]
    public void Sarif_Fingerprint_EditedLineChangesItsHash()
    {
        var a = Glossary.Check("Pusan is here.");
        var b = Glossary.Check("Pusan is there.");
        Assert.NotEqual(SarifReport.LineHash(a[0], "Pusan is here."), SarifReport.LineHash(b[0], "Pusan is there."));
    }

    [Fact]
    public void Sarif_Fingerprint_RepeatedLinesAreNumbered()
    {
        var sarif = Write("sarif", "a.md", "Pusan\nPusan\n");
        var hash = SarifReport.LineHash(Glossary.Check("Pusan")[0], "Pusan");
        Assert.Contains($"\"primaryLocationLineHash\": \"{hash}:1\"", sarif, StringComparison.Ordinal);
        Assert.Contains($"\"primaryLocationLineHash\": \"{hash}:2\"", sarif, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_EntryUnknownToOptions_StillGetsARule()
    {
        var sarif = Write("sarif", "a.md", "Pusan", new ReportOptions());
        Assert.Contains("\"id\": \"busan\"", sarif, StringComparison.Ordinal);
        Assert.Contains("\"text\": \"Use 'Busan'\"", sarif, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_NoFindings_EmptyRulesAndResults()
    {
        var sarif = Write("sarif", "a.md", "Busan");
        Assert.Contains("\"rules\": []", sarif, StringComparison.Ordinal);
        Assert.Contains("\"results\": []", sarif, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lee-jae-myung", "PreferLeeJaeMyung")]
    [InlineData("xi-an", "PreferXiAn")]
    [InlineData("kimchi", "PreferKimchi")]
    public void Sarif_RuleName_PascalCaseOfId(string id, string name) =>
        Assert.Equal(name, SarifReport.RuleName(id));

    [Fact]
    public void Checkstyle_CleanFile_StillListed() =>
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n  <file name=\"a.md\" />\n</checkstyle>\n",
            Write("checkstyle", "a.md", "Busan"));

    [Theory]
    [InlineData("jsonl")]
    [InlineData("github")]
    [InlineData("rdjsonl")]
    [InlineData("text")]
    public void LineFormats_NoFindings_WriteNothing(string format) =>
        Assert.Equal(string.Empty, Write(format, "a.md", "Busan"));

    [Fact]
    public void Text_Color_MarksLocationWarningFoundAndReplacement() =>
        Assert.Equal(
            "\e[1ma.md:1:1:\e[0m \e[33mwarning\e[0m: '\e[31mPusan\e[0m' → '\e[32mBusan\e[0m' \e[2m[busan]\e[0m\n",
            Write("text", "a.md", "Pusan", new ReportOptions { Color = true }));

    [Fact]
    public void Text_NoColor_IsThePlainLine() =>
        Assert.Equal("a.md:1:1: warning: 'Pusan' → 'Busan' [busan]\n", Write("text", "a.md", "Pusan"));

    [Fact]
    public void Write_UnknownFormat_Throws() =>
        Assert.Throws<ArgumentException>(() => Write("html", "a.md", "Pusan"));
}
