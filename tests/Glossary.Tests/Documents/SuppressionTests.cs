using Glossary.Tests.Checking;

namespace Glossary.Tests.Documents;

/// <summary>Suppression comments work the same in every format (issue #6).</summary>
public sealed class SuppressionTests
{
    public static TheoryData<string, DocumentFormat, string, string> Cases => new()
    {
        { "plain ignore-next-line", DocumentFormat.PlainText, "glossary-ignore-next-line\nPusan\nPusan", "3:Pusan" },
        { "plain ignore-next-line with id", DocumentFormat.PlainText, "# glossary-ignore-next-line busan\nPusan Cheju-x Kyongju\n", "2:Kyongju" },
        // regression: issue #12 point 5: plain-text directives ended a line only at LF, unlike the line index.
        { "plain ignore-next-line, CR line ends", DocumentFormat.PlainText, "glossary-ignore-next-line\rPusan\rPusan", "3:Pusan" },
        { "plain disable one id, CR line ends", DocumentFormat.PlainText, "// glossary-disable busan\rPusan Kyongju\r", "2:Kyongju" },
        { "plain ignore-next-line, CRLF line ends", DocumentFormat.PlainText, "glossary-ignore-next-line busan\r\nPusan\r\nPusan", "3:Pusan" },
        { "plain ignore-next-line other id", DocumentFormat.PlainText, "glossary-ignore-next-line jeju\nPusan", "2:Pusan" },
        { "plain disable/enable", DocumentFormat.PlainText, "glossary-disable\nPusan\nglossary-enable\nPusan", "4:Pusan" },
        { "plain disable one id", DocumentFormat.PlainText, "// glossary-disable busan\nPusan Kyongju\n", "2:Kyongju" },
        { "plain directive must be alone on its line", DocumentFormat.PlainText, "He said glossary-disable\nPusan", "2:Pusan" },
        { "markdown comment", DocumentFormat.Markdown, "<!-- glossary-ignore-next-line -->\nPusan\n\nPusan\n", "4:Pusan" },
        { "markdown disable block", DocumentFormat.Markdown, "<!-- glossary-disable busan -->\n\nPusan and Kyongju\n\n<!-- glossary-enable busan -->\n\nPusan\n", "3:Kyongju; 7:Pusan" },
        { "markdown front matter ignore", DocumentFormat.Markdown, "---\nglossary:\n  ignore: [busan]\n---\nPusan Kyongju\n", "5:Kyongju" },
        { "html comment", DocumentFormat.Html, "<!-- glossary-ignore-next-line -->\n<p>Pusan</p>\n<p>Pusan</p>", "3:Pusan" },
        { "html disable", DocumentFormat.Html, "<!-- glossary-disable -->\n<p>Pusan</p>", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Suppressions(string name, DocumentFormat format, string source, string expected)
    {
        var findings = TestGlossary.Compiled.Check(source, new DocumentOptions { Format = format });
        var actual = string.Join("; ", findings.Select(f => $"{f.Line}:{f.Found}"));
        Assert.True(expected == actual, $"{name}: expected [{expected}] but got [{actual}]");
    }

    [Fact]
    public void Analyze_UnusedSuppressions_Listed()
    {
        var source = "glossary-ignore-next-line\nBusan\nglossary-ignore-next-line\nPusan\n";
        var result = TestGlossary.Compiled.Analyze(source, DocumentOptions.PlainText);
        Assert.Empty(result.Findings);
        var unused = Assert.Single(result.UnusedSuppressions);
        Assert.Equal(("GLS304", "unused suppression 'glossary-ignore-next-line'", 1, 1), (unused.Id, unused.Message, unused.Position.Line, unused.Position.Column));
    }
}
