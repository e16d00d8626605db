using System.Diagnostics;
using Glossary.Checking;
using Glossary.Reading;

namespace Glossary.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- names-profile [cold|scan]</c>: where the time of the name reader and the consistency rule
/// goes, with a stopwatch. <c>cold</c> times each table of the reader's first use apart (run it in a fresh process);
/// <c>scan</c> splits a check's consistency cost into the scan (<c>Consistency.Find</c>) and the decision, and then
/// loops the scan for a sampling profiler (<c>dotnet-trace collect -- …</c>).
/// </summary>
public static class NameProfile
{
    public static void Run(string what)
    {
        if (what == "cold")
        {
            if (Environment.GetEnvironmentVariable("PROFILE_TABLES") == "1")
            {
                for (var i = 0; i < 3; i++)
                    Time($"read korean-syllables.tsv, time {i + 1}", () => NameTables.Read(KoreanNameReader.SyllablesFile, (c, intern) => intern(c)));
            }

            Time("surname tables (both readers)", () => _ = KoreanNameReader.Instance.IsSurname("Lee") && ChineseNameReader.Instance.IsSurname("Xi"));
            Time("English word list (the reader's guard)", () => _ = Variants.VariantGuards.IsEnglishWord("moon"));
            Time("first Consistency.Find (syllable tables, code compiled)", () => Consistency.Find("Choi Jae-young met Choi Jae Young and Hsi Chin-p'ing."));
            Time("second Consistency.Find", () => Consistency.Find("Lee Jae-myung met Lee Jae-myong and Xi Jinping."));
            return;
        }

        var glossary = new GlossaryBuilder().AddRange(SyntheticGlossary.Entries(10_000)).Build();
        var prose = SyntheticGlossary.Prose(glossary, 1_000_000);
        for (var i = 0; i < 40; i++)
            Consistency.Decide(Consistency.Find(prose), glossary.Entries);
        var occurrences = Consistency.Find(prose);
        var find = QuickRun.Best(10, () => Consistency.Find(prose));
        var findCold = QuickRun.Best(10, () =>
        {
            Consistency.ForgetSpellings();
            Consistency.Find(prose);
        });
        var decide = QuickRun.Best(10, () => Consistency.Decide(occurrences, glossary.Entries));
        Consistency.ForgetSpellings();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Consistency.Find(prose);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"Find: {find.TotalMilliseconds:F1} ms with its spellings known, {findCold.TotalMilliseconds:F1} ms meeting them first ({occurrences.Count:N0} names, {occurrences.Select(o => o.Text).Distinct().Count():N0} spellings, {allocated / 1048576.0:F1} MB allocated); Decide: {decide.TotalMilliseconds:F1} ms ({Consistency.Decide(occurrences, glossary.Entries).Count:N0} spellings to change, before the glossary's findings take their spans)");
        if (what == "loop")
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(20))
            {
                Consistency.ForgetSpellings();
                Consistency.Find(prose);
            }
        }
    }

    private static void Time(string what, Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        Console.WriteLine($"{what}: {clock.Elapsed.TotalMilliseconds:F0} ms");
    }
}
