using Glossary.Documents;

namespace Glossary.Tests.Documents;

public sealed class DocumentReadersTests
{
    [Theory]
    [InlineData(DocumentFormat.Markdown)]
    [InlineData(DocumentFormat.Html)]
    [InlineData(DocumentFormat.PlainText)]
    public async Task PrepareAsync_CompletesOnceAndCheckingWorksAfter(DocumentFormat format)
    {
        var first = DocumentReaders.PrepareAsync(format);
        Assert.Same(first, DocumentReaders.PrepareAsync(format));
        await first.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(first.IsCompletedSuccessfully);

        var findings = CompiledGlossary.Bundled.Check("<p>Lee Jae-myong in *Pusan*.</p>", new DocumentOptions { Format = format });
        Assert.Equal(["Lee Jae-myong", "Pusan"], findings.Select(f => f.Found));
    }
}
