using Glossary.Documents;

namespace Glossary.Tests.Documents;

/// <summary>
/// Regression: issue #12 point 7; a cancelled run still parsed a whole Markdown or HTML document (Markdig or
/// HtmlAgilityPack, the slowest part of a check) before the scan first looked at the token.
/// </summary>
public sealed class CancellationTests
{
    private static readonly string Markdown = string.Concat(Enumerable.Repeat("# Pusan\n\nSee *Pusan* and [Cheju](x).\n\n- Kyongju\n\n", 50_000));
    private static readonly string Html = string.Concat(Enumerable.Repeat("<p>See <em>Pusan</em> and <a href=x>Cheju</a>.</p>\n", 50_000));

    [Fact]
    public void Issue12_Readers_CancelledToken_ThrowBeforeParsing()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => MarkdownReader.Read(Markdown, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => HtmlReader.Read(Html, DocumentOptions.PlainText, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => ParsedDocument.Parse(Markdown, new DocumentOptions { Format = DocumentFormat.Markdown }, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => ParsedDocument.Parse(Html, new DocumentOptions { Format = DocumentFormat.Html }, cancelled.Token));
    }

    [Theory]
    [InlineData(DocumentFormat.Markdown)]
    [InlineData(DocumentFormat.Html)]
    public void Issue12_CheckAndFix_LargeDocumentCancelledToken_Throw(DocumentFormat format)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var source = format == DocumentFormat.Html ? Html : Markdown;
        var options = new DocumentOptions { Format = format };
        Assert.Throws<OperationCanceledException>(() => CompiledGlossary.Bundled.Check(source, options, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => CompiledGlossary.Bundled.Fix(source, options, cancelled.Token));
        Assert.NotEmpty(CompiledGlossary.Bundled.Check(source[..2000], options));
    }

    /// <summary>Regression: issue #12 point 7; the plain-text overloads took no token.</summary>
    [Fact]
    public void Issue12_PlainTextOverloads_TakeAToken()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => CompiledGlossary.Bundled.Check("Pusan", cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => CompiledGlossary.Bundled.Fix("Pusan", cancelled.Token));
        Assert.Equal("Busan", CompiledGlossary.Bundled.Fix("Pusan").Text);
    }
}
