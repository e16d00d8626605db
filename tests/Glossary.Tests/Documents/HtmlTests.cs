using Glossary.Tests.Checking;

namespace Glossary.Tests.Documents;

/// <summary>What HTML checking reads, skips and fixes (issue #6).</summary>
public sealed class HtmlTests
{
    private static readonly DocumentOptions Html = new() { Format = DocumentFormat.Html };

    public static TheoryData<string, string, string> Cases => new()
    {
        { "text node", "<p>Pusan is a port.</p>", "'Pusan' → 'Busan' fix" },
        { "name split by inline tag is reported", "<p>Lee <b>Jae-myong</b></p>", "'Lee Jae-myong' → 'Lee Jae-myung' report" },
        { "blocks do not join", "<p>Lee</p><p>Jae-myung</p>", "'Jae-myung' → 'Lee Jae-myung' fix" },
        { "entity decoded for matching, fixed", "<p>Lee&nbsp;Jae-myong</p>", "'Lee\u00A0Jae-myong' → 'Lee Jae-myung' fix" },
        { "apostrophe entity", "<p>P&#39;anmunj&#335;m</p>", "'P'anmunjŏm' → 'Panmunjom' fix" },
        { "name split by <br> is reported", "<p>Lee<br>Jae-myong</p>", "'Lee\nJae-myong' → 'Lee\nJae-myung' report" },
        { "tag names and attributes skipped", "<a href=\"Pusan.html\" class=\"Pusan\">x</a>", "" },
        { "script skipped", "<script>var Pusan = 1;</script>", "" },
        { "style skipped", "<style>.Pusan{}</style>", "" },
        { "code, pre, kbd, samp, var skipped", "<code>Pusan</code><pre>Pusan</pre><kbd>Pusan</kbd><samp>Pusan</samp><var>Pusan</var>", "" },
        { "translate=no skipped", "<span translate=\"no\">Pusan</span>", "" },
        { "comment skipped", "<!-- Pusan -->", "" },
        { "alt not checked by default", "<img alt=\"Pusan\">", "" },
        { "broken HTML", "<p>Pusan <b>Cheju <i></p>", "'Pusan' → 'Busan' fix" },

        // regression: issue #11 point 1, character references read as the HTML standard reads them
        { "issue #11: bare & is text, the name after it is found", "<p>R&D spending rose, said Kim&nbsp;Jong Un in Pusan.</p>", "'Kim\u00A0Jong Un' → 'Kim Jong-un' fix; 'Pusan' → 'Busan' fix" },
        { "issue #11: bare & before a curly apostrophe entity", "<p>Q&A with P&rsquo;anmunj&#335;m guides</p>", "'P’anmunjŏm' → 'Panmunjom' fix" },
        { "issue #11: spaced & before &amp;", "<p>Tom & Jerry &amp; Pusan</p>", "'Pusan' → 'Busan' fix" },
        { "issue #11: legacy name without ;", "<p>Lee&nbspJae-myong</p>", "'Lee\u00A0Jae-myong' → 'Lee Jae-myung' fix" },
        { "issue #11: numeric reference without ;", "<p>P&#39anmunj&#x14F;m</p>", "'P'anmunjŏm' → 'Panmunjom' fix" },
        { "issue #11: unknown name is text", "<p>&bogus; Pusan</p>", "'Pusan' → 'Busan' fix" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_Html(string name, string source, string expected)
    {
        var findings = TestGlossary.Compiled.Check(source, Html);
        var actual = string.Join("; ", findings.Select(f => $"'{f.Found}' → '{f.Replacement}' {(f.Fixable ? "fix" : "report")}"));
        Assert.True(expected == actual, $"{name}: expected [{expected}] but got [{actual}]");
    }

    [Fact]
    public void Check_Html_AttributesWhenAsked()
    {
        var options = Html with { CheckAttributes = true };
        var source = "<img alt=\"Pusan harbour\" title=\"Lee Jae-myong\" src=\"Pusan.png\">";
        var result = TestGlossary.Compiled.Fix(source, options);
        Assert.Equal("<img alt=\"Busan harbour\" title=\"Lee Jae-myung\" src=\"Pusan.png\">", result.Text);
    }

    [Fact]
    public void Issue11_Fix_Html_AttributeWithBareAmpersand_FixesOnlyTheName()
    {
        var options = Html with { CheckAttributes = true };
        var result = TestGlossary.Compiled.Fix("<img alt=\"R&D in Pusan &copy=2\" title=\"Q&amp;A: Lee&nbsp;Jae-myong\">", options);
        Assert.Equal("<img alt=\"R&D in Busan &copy=2\" title=\"Q&amp;A: Lee Jae-myung\">", result.Text);
    }

    [Fact]
    public void Issue11_Check_Html_FlatReader_BareAmpersand_PositionsPointAtTheName()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 1500));
        var source = deep + "<p>R&D said Kim&nbsp;Jong Un in Pusan.</p>";
        var findings = TestGlossary.Compiled.Check(source, Html);
        Assert.Equal(["Kim&nbsp;Jong Un", "Pusan"], findings.Select(f => source.Substring(f.Offset, f.Length)));
    }

    [Fact]
    public void Check_Html_SkipClasses()
    {
        var options = Html with { SkipClasses = ["no-check"] };
        Assert.Empty(TestGlossary.Compiled.Check("<p class=\"x no-check\">Pusan</p>", options));
    }

    [Fact]
    public void Fix_Html_TouchesNothingButMatchedText()
    {
        var source = "<html><head><title>Pusan</title></head><body>\n<p class=\"Pusan\">Pusan &amp; Cheju</p><code>Pusan</code>\n</body></html>";
        var result = TestGlossary.Compiled.Fix(source, Html);
        Assert.Equal("<html><head><title>Busan</title></head><body>\n<p class=\"Pusan\">Busan &amp; Cheju</p><code>Pusan</code>\n</body></html>", result.Text);
    }

    [Fact]
    public void Fix_Html_MatchWithEntities_ReplacesTheWholeSourceSpan()
    {
        var result = TestGlossary.Compiled.Fix("<p>Met Lee&nbsp;Jae-myong at P&rsquo;anmunj&#335;m.</p>", Html);
        Assert.Equal("<p>Met Lee Jae-myung at Panmunjom.</p>", result.Text);
    }

    [Fact]
    public void Check_Html_PathologicalNesting_ReadLinearly()
    {
        // Deeper than the tree reader takes: read flat, with the same skips, suppressions and fixes.
        var deep = string.Concat(Enumerable.Repeat("<div>", 1500));
        var source = deep + "<p>Pusan <script>var Pusan = 1;</script><!-- glossary-ignore-next-line -->\n<b>Cheju</b>\n&amp; Lee&nbsp;Jae-myong</p>" + deep.Replace("<", "</", StringComparison.Ordinal);
        var findings = TestGlossary.Compiled.Check(source, Html);
        Assert.Equal(["Pusan", "Lee\u00A0Jae-myong"], findings.Select(f => f.Found));
        Assert.Contains("<p>Busan <script>var Pusan = 1;</script>", TestGlossary.Compiled.Fix(source, Html).Text, StringComparison.Ordinal);
        Assert.Contains("&amp; Lee Jae-myung</p>", TestGlossary.Compiled.Fix(source, Html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_Html_EscapesReplacement()
    {
        var glossary = new GlossaryBuilder()
            .Add(new Glossary.GlossaryEntry { Id = "at", En = "AT&T", Variants = ["ATT"] })
            .Build();
        Assert.Equal("<p>AT&amp;T</p>", glossary.Fix("<p>ATT</p>", Html).Text);
    }
}
