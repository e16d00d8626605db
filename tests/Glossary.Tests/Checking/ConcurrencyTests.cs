
namespace Glossary.Tests.Checking;

/// <summary>A compiled glossary is shared by a CMS across threads: same results, any interleaving.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void CheckAndFix_FromManyThreads_MatchSequentialResults()
    {
        var glossary = CompiledGlossary.Bundled;
        var documents = new[] { "lee-xi-call.txt", "diplomacy-mixed.txt", "wire-headlines.txt" }
            .Select(Cli.TestFiles.ReadArticle)
            .SelectMany(text => new[]
            {
                (text, new DocumentOptions()),
                ("<p>" + text.Replace("\n\n", "</p>\n<p>", StringComparison.Ordinal) + "</p>", new DocumentOptions { Format = DocumentFormat.Html }),
                ("# Title\n\n" + text, new DocumentOptions { Format = DocumentFormat.Markdown }),
            })
            .ToArray();
        var expected = documents.Select(d => Render(glossary, d.Item1, d.Item2)).ToArray();

        // regression: issue #12 point 9. Each document renders differently and has findings, so a result computed
        // from another thread's document or state shows as a mismatch.
        Assert.Equal(expected.Length, expected.Distinct(StringComparer.Ordinal).Count());
        Assert.All(expected, e => Assert.False(e.StartsWith('#'), "a document without findings proves little"));

        var actual = new string[600];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var k = i % documents.Length;
            actual[i] = Render(glossary, documents[k].Item1, documents[k].Item2);
        });

        for (var i = 0; i < actual.Length; i++)
            Assert.Equal(expected[i % documents.Length], actual[i]);
    }

    [Fact]
    public void Check_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var text = string.Concat(Enumerable.Repeat("Pusan and Busan. ", 20_000));
        Assert.Throws<OperationCanceledException>(() => CompiledGlossary.Bundled.Check(text, new DocumentOptions(), cancelled.Token));
    }

    private static string Render(CompiledGlossary glossary, string text, DocumentOptions options)
    {
        var findings = glossary.Check(text, options);
        var fixedText = glossary.Fix(text, options).Text;
        return string.Join("|", findings.Select(f => $"{f.Offset}:{f.Length}:{f.Replacement}:{f.Fixable}")) + "#" + fixedText;
    }
}
