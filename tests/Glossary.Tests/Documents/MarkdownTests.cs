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

        // regression: issue #11 point 2, every construct's offsets checked against the source
        { "issue #11: ATX heading marker followed by a tab", "intro\n\n#\tTalks in Pusan\n", "'Pusan' → 'Busan' fix" },
        { "issue #11: ATX heading with a tab inside and a closing sequence", "# Talks\tin Pusan #\n", "'Pusan' → 'Busan' fix" },
        { "issue #11: setext heading", "Talks in\nPusan\n===\n", "'Pusan' → 'Busan' fix" },
        { "issue #11: table cells with tabs", "| a\t| b |\n|---|---|\n|\tPusan\t| x |\n", "'Pusan' → 'Busan' fix" },
        { "issue #11: HTML block with a bare &", "<div>\nR&D in Pusan\n</div>\n", "'Pusan' → 'Busan' fix" },
        { "issue #11: link reference definition skipped, its use checked", "[Pusan]: /x \"Pusan\"\n\n[Pusan]\n", "'Pusan' → 'Busan' fix" },
        { "issue #11: block quote with a tab", "> a\n>\tPusan\n", "'Pusan' → 'Busan' fix" },
        { "issue #11: nested lists", "- a\n  - b\n    - Lee\n      Jae-myong\n", "'Lee\nJae-myong' → 'Lee\n      Jae-myung' fix" },
        { "issue #11: CRLF heading and paragraph", "#\tPusan\r\n\r\nKim\r\nJong Un\r\n", "'Pusan' → 'Busan' fix; 'Kim\nJong Un' → 'Kim\r\nJong-un' fix" },
        { "issue #11: hard line break (backslash) is markup, reported", "Kim Jong \\\nUn\n", "'Kim Jong \nUn' → 'Kim Jong-un' report" },
        { "issue #11: hard line break (two spaces) is markup, reported", "Kim Jong  \nUn\n", "'Kim Jong\nUn' → 'Kim Jong-un' report" },
        { "issue #11: footnote syntax (no extension) is a link reference definition, skipped", "Text[^1].\n\n[^1]: Pusan\n", "" },
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
    public void Issue11_Fix_Markdown_HeadingWithTab_ChangesOnlyTheName()
    {
        Assert.Equal("intro\n\n#\tTalks in Busan\n", TestGlossary.Compiled.Fix("intro\n\n#\tTalks in Pusan\n", Markdown).Text);
    }

    [Fact]
    public void Issue11_Check_Markdown_DeeplyNestedList_ReportsButDoesNotFix()
    {
        // regression: issue #11 point 9: deeper than Markdig reads in reasonable time; read as text, nothing fixed.
        var source = string.Concat(Enumerable.Range(0, MarkdownReader.MaxNesting + 50).Select(d => new string(' ', 2 * d) + "- Pusan\n")) + "`Pusan`\n";
        var findings = TestGlossary.Compiled.Check(source, Markdown);
        Assert.Equal(MarkdownReader.MaxNesting + 51, findings.Count);
        Assert.All(findings, f => Assert.False(f.Fixable));
        Assert.Equal(source, TestGlossary.Compiled.Fix(source, Markdown).Text);
        // The reader says so, at the deepest line (the last list item here), instead of staying silent.
        var warning = Assert.Single(TestGlossary.Compiled.Analyze(source, Markdown).Warnings);
        Assert.Equal(("GLS303", MarkdownReader.MaxNesting + 50, 1), (warning.Id, warning.Position.Line, warning.Position.Column));
        Assert.StartsWith($"nested deeper than {MarkdownReader.MaxNesting} levels", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Markdown_ModestNesting_IsReadAsMarkdown()
    {
        var source = string.Concat(Enumerable.Range(0, 10).Select(d => new string(' ', 2 * d) + "- Pusan\n")) + "\n---------------------------------------------------------------------------------------------------------------------------------\n`Pusan`\n";
        var findings = TestGlossary.Compiled.Check(source, Markdown);
        Assert.Equal(10, findings.Count);
        Assert.All(findings, f => Assert.True(f.Fixable));
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
