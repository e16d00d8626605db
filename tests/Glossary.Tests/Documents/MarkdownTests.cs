using Glossary.Documents;
using Glossary.Tests.Checking;

namespace Glossary.Tests.Documents;

/// <summary>What Markdown checking reads and skips (issue #6), one named row per construct.</summary>
public sealed class MarkdownTests
{
    private static readonly DocumentOptions Markdown = new() { Format = DocumentFormat.Markdown };

    public static TheoryData<string, string, string> Cases => new()
    {
        { "paragraph", "Pusan is a port.\n", "'Pusan' → 'Busan' fix" },
        { "heading", "# Visit Pusan\n", "'Pusan' → 'Busan' fix" },
        { "list item", "- Pusan\n- Cheju\n", "'Pusan' → 'Busan' fix" },
        { "table cell", "| city |\n| --- |\n| Pusan |\n", "'Pusan' → 'Busan' fix" },
        { "block quote over two lines", "> Lee\n> Jae-myong said\n", "'Lee\nJae-myong' → 'Lee\nJae-myung' report" },
        { "link text checked, destination skipped", "[Pusan](https://example.com/Pusan)\n", "'Pusan' → 'Busan' fix" },
        { "image alt text", "![Pusan harbour](pusan.png)\n", "'Pusan' → 'Busan' fix" },
        { "fenced code skipped", "```\nPusan\n```\n", "" },
        { "indented code skipped", "Text.\n\n    Pusan\n", "" },
        { "inline code skipped", "Use `Pusan` here.\n", "" },
        { "autolink skipped", "<https://Pusan.example>\n", "" },
        { "bare URL skipped", "See https://www.pusan.example/Pusan now.\n", "" },
        { "HTML comment skipped", "<!-- Pusan -->\nok\n", "" },
        { "front matter skipped", "---\ntitle: Pusan\n---\nBody.\n", "" },
        { "emphasis inside a name is reported, not fixed", "Lee *Jae-myong* spoke.\n", "'Lee Jae-myong' → 'Lee Jae-myung' report" },
        { "whole name emphasized is fixed", "**Lee Jae-myong** spoke.\n", "'Lee Jae-myong' → 'Lee Jae-myung' fix" },
        { "soft line break inside a paragraph is fixed", "Lee\nJae-myong spoke.\n", "'Lee\nJae-myong' → 'Lee\nJae-myung' fix" },
        { "inline HTML tags vanish", "Lee <b>Jae-myong</b>\n", "'Lee Jae-myong' → 'Lee Jae-myung' report" },
        { "HTML block text is checked", "<div>\nPusan\n</div>\n", "'Pusan' → 'Busan' fix" },
        { "code block between paragraphs breaks a match", "Lee\n\n```\nx\n```\n\nJae-myung\n", "'Jae-myung' → 'Lee Jae-myung' fix" },
        { "escaped character", "Pusan\\* is big\n", "'Pusan' → 'Busan' fix" },
        { "CRLF soft line break inside a paragraph is fixed", "Lee\r\nJae-myong spoke.\r\n", "'Lee\nJae-myong' → 'Lee\r\nJae-myung' fix" },
        { "list item wrapped with indentation is fixed", "- Met Lee\n  Jae-myong.\n", "'Lee\nJae-myong' → 'Lee\n  Jae-myung' fix" },
        { "entity inside a name is fixed", "Lee&nbsp;Jae-myong\n", "'Lee\u00A0Jae-myong' → 'Lee Jae-myung' fix" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_Markdown(string name, string source, string expected)
    {
        var findings = TestGlossary.Compiled.Check(source, Markdown);
        var actual = string.Join("; ", findings.Select(f => $"'{f.Found}' → '{f.Replacement}' {(f.Fixable ? "fix" : "report")}"));
        Assert.True(expected == actual, $"{name}: expected [{expected}] but got [{actual}]");
        foreach (var f in findings.Where(f => f.Fixable))
            Assert.Equal(Glossary.Matching.TextFolding.FoldKey(f.Found), Glossary.Matching.TextFolding.FoldKey(System.Net.WebUtility.HtmlDecode(source.Substring(f.Offset, f.Length))));
    }

    [Fact]
    public void Check_Markdown_PositionsPointIntoTheSource()
    {
        var source = "# Title\n\nSome `code` and Pusan here.\n";
        var finding = Assert.Single(TestGlossary.Compiled.Check(source, Markdown));
        Assert.Equal((3, 17), (finding.Line, finding.Column));
        Assert.Equal("Pusan", source.Substring(finding.Offset, finding.Length));
    }

    [Fact]
    public void Fix_Markdown_TouchesOnlyTextNodes()
    {
        var source = "---\ntitle: Pusan\n---\n# Pusan\n\n[Pusan](https://x.example/Pusan) and `Pusan` and Lee *Jae-myong*.\n\n```\nPusan\n```\n";
        var result = TestGlossary.Compiled.Fix(source, Markdown);
        Assert.Equal("---\ntitle: Pusan\n---\n# Busan\n\n[Busan](https://x.example/Pusan) and `Pusan` and Lee *Jae-myong*.\n\n```\nPusan\n```\n", result.Text);
        Assert.Equal(2, result.Applied.Count);
        Assert.Single(result.NotFixed);
    }

    [Fact]
    public void Check_UnterminatedFrontMatter_DoesNotCrash()
    {
        var findings = TestGlossary.Compiled.Check("---\ntitle: x\nPusan\n", Markdown);
        Assert.Contains(findings, f => f.Found == "Pusan");
    }
}
