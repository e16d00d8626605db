using System.Diagnostics;

namespace Glossary.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- names</c> (issue #16): the name reader over 10,000 names, and the cost of the
/// <c>consistency</c> rule to <c>check</c> at 10,000 entries (1 MB of prose, rule on and off, best of 10).
/// </summary>
public static class NameRun
{
    public static void Run()
    {
        var clock = Stopwatch.StartNew();
        Romanizer.ReadName("Lee Jae-myung");
        Romanizer.ReadName("Xi Jinping");
        Console.WriteLine($"reader tables built on first use: {clock.Elapsed.TotalMilliseconds:F0} ms");

        // Every generated spelling of the bundled people, cycled to 10,000 names.
        var spellings = CompiledGlossary.Bundled.Entries
            .Where(e => e.Kind == EntryKind.Person)
            .SelectMany(e => CompiledGlossary.Bundled.SpellingsOf(e.Id).Generated.Select(g => g.Text).Append(e.En))
            .ToList();
        var names = Enumerable.Range(0, 10_000).Select(i => spellings[i * 7919 % spellings.Count]).ToList();
        var read = 0;
        foreach (var name in names)
            read += Romanizer.ReadName(name).Count > 0 ? 1 : 0;
        var best = QuickRun.Best(5, () =>
        {
            foreach (var name in names)
                Romanizer.ReadName(name);
        });
        Console.WriteLine($"read 10,000 names ({read:N0} read as names): {best.TotalMilliseconds:F0} ms (best of 5)");

        var glossary = new GlossaryBuilder().AddRange(SyntheticGlossary.Entries(10_000)).Build();
        var prose = SyntheticGlossary.Prose(glossary, 1_000_000);
        var on = DocumentOptions.PlainText;
        var off = DocumentOptions.PlainText with { Consistency = false };
        for (var i = 0; i < 40; i++)
        {
            glossary.Check(prose, on);
            glossary.Check(prose, off);
        }

        Thread.Sleep(500);
        var withRule = QuickRun.Best(10, () => glossary.Check(prose, on));
        var without = QuickRun.Best(10, () => glossary.Check(prose, off));

        // The rule remembers the spellings it has read, process-wide: first the steady state (every spelling known),
        // then checks that meet every spelling for the first time (as a document of new names does).
        var cold = QuickRun.Best(10, () =>
        {
            Glossary.Checking.Consistency.ForgetSpellings();
            glossary.Check(prose, on);
        });
        var rule = glossary.Check(prose, on).Count(f => f.EntryId == CompiledGlossary.ConsistencyRule);
        Console.WriteLine($"check 1 MB, 10,000 entries: consistency off {without.TotalMilliseconds:F1} ms, on {withRule.TotalMilliseconds:F1} ms ({rule} consistency findings); cost {(withRule - without) / without:P0} of the time, throughput {without / withRule:P0} of without");
        Console.WriteLine($"  with every spelling met for the first time: {cold.TotalMilliseconds:F1} ms; cost {(cold - without) / without:P0} of the time, throughput {without / cold:P0} of without");
        ArticleSet(glossary);
    }

    /// <summary>
    /// The realistic case beside the synthetic worst case: the test articles and the precision suite's sentences (real
    /// spellings of real people in news English), each checked as its own document at 10,000 entries.
    /// </summary>
    private static void ArticleSet(CompiledGlossary glossary)
    {
        var documents = ArticleDocuments();
        var on = DocumentOptions.PlainText;
        var off = DocumentOptions.PlainText with { Consistency = false };
        void All(DocumentOptions options)
        {
            foreach (var document in documents)
                glossary.Check(document, options);
        }

        QuickRun.Warm(() =>
        {
            All(on);
            All(off);
        });

        var without = QuickRun.Best(10, () => All(off));
        var withRule = QuickRun.Best(10, () => All(on));
        var cold = QuickRun.Best(10, () =>
        {
            Glossary.Checking.Consistency.ForgetSpellings();
            All(on);
        });
        Console.WriteLine($"article set ({documents.Count} documents, {documents.Sum(d => d.Length) / 1024.0:F0} KB), 10,000 entries: consistency off {without.TotalMilliseconds:F1} ms, on {withRule.TotalMilliseconds:F1} ms (cost {(withRule - without) / without:P0}), meeting every spelling first {cold.TotalMilliseconds:F1} ms (cost {(cold - without) / without:P0})");
    }

    /// <summary>The article set: the test articles and the precision suite's sentences, each its own document.</summary>
    internal static List<string> ArticleDocuments()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Glossary.sln")))
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("Glossary.sln not found");
        var data = Path.Combine(root, "tests", "Glossary.Tests", "testdata");
        var documents = Directory.GetFiles(Path.Combine(data, "articles"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)
            .Concat(File.ReadLines(Path.Combine(data, "precision", "sentences.tsv")).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[^1]))
            .ToList();
        return documents;
    }
}
