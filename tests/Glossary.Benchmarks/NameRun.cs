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
        var rule = glossary.Check(prose, on).Count(f => f.EntryId == CompiledGlossary.ConsistencyRule);
        Console.WriteLine($"check 1 MB, 10,000 entries: consistency off {without.TotalMilliseconds:F1} ms, on {withRule.TotalMilliseconds:F1} ms ({rule} consistency findings); cost {(withRule - without) / without:P0} of the time, throughput {without / withRule:P0} of without");
    }
}
