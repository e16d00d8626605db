using System.Collections.Concurrent;
using Glossary.Checking;
using Glossary.Documents;

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

        var mismatches = new ConcurrentBag<int>();
        Parallel.For(0, 600, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var k = i % documents.Length;
            if (Render(glossary, documents[k].Item1, documents[k].Item2) != expected[k])
                mismatches.Add(k);
        });

        Assert.Empty(mismatches);
        Assert.All(expected, e => Assert.NotEqual(string.Empty, e));
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
        return string.Join("|", findings.Select(f => $"{f.Offset}:{f.Length}:{f.Replacement}:{f.Fixable}")) + "#" + fixedText.GetHashCode(StringComparison.Ordinal);
    }
}
