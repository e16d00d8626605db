using System.Diagnostics;
using System.Runtime.InteropServices;
using Glossary.Checking;
using Glossary.Reading;

namespace Glossary.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- names-profile cold|scan|cost|loop|find-loop|check-loop|articles-loop</c>: where the time of the name reader and the
/// consistency rule goes, with a stopwatch. <c>cold</c> times each table of the reader's first use apart (run it in a
/// fresh process); <c>scan</c> splits a check's consistency cost into the scan (<c>Consistency.Find</c>), the decision
/// and the whole check with the rule on and off, with allocations (which load does not change); <c>loop</c>,
/// <c>find-loop</c> and <c>check-loop</c> then loop the scan meeting every spelling first, the scan with its spellings
/// known, or the check with the rule on, for 20 s, for a sampling profiler (<c>dotnet-trace collect -- …</c>);
/// <c>articles-loop</c> checks the article set's small documents one by one, rounds with the rule on and off taking turns;
/// <c>cost</c> measures the rule's cost on the 1 MB prose and on the article set in thread CPU time (<see cref="Cost"/>).
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

            Time("surname tables (both readers)", () => _ = NameReadings.Surnames("Lee").Any() && NameReadings.Surnames("Xi").Any());
            Time("English word list (the reader's guard)", () => _ = Variants.VariantGuards.IsEnglishWord("moon"));
            Time("first Consistency.Find (syllable tables, code compiled)", () => Consistency.Find("Choi Jae-young met Choi Jae Young and Hsi Chin-p'ing."));
            Time("second Consistency.Find", () => Consistency.Find("Lee Jae-myung met Lee Jae-myong and Xi Jinping."));
            return;
        }

        var glossary = new GlossaryBuilder().AddRange(SyntheticGlossary.Entries(10_000)).Build();
        var on = DocumentOptions.PlainText;
        var off = DocumentOptions.PlainText with { Consistency = false };
        if (what is "articles-loop")
        {
            // The article set's documents checked one by one, a round with the rule on and one off taking turns for
            // 20 s: the per-document cost, each round timed and allocations counted apart.
            var documents = NameRun.ArticleDocuments();
            var time = new TimeSpan[3];
            var bytes = new long[3];
            var rounds = 0;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromSeconds(20))
            {
                for (var k = 0; k < 3; k++)
                {
                    var options = k == 0 ? on : off;
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    var start = watch.Elapsed;
                    foreach (var document in documents)
                    {
                        if (k < 2)
                            glossary.Check(document, options);
                        else
                            Consistency.Find(document);
                    }

                    time[k] += watch.Elapsed - start;
                    bytes[k] += GC.GetAllocatedBytesForCurrentThread() - before;
                }

                rounds++;
            }

            for (var k = 0; k < 3; k++)
                Console.WriteLine($"article set ({documents.Count} documents), {(k == 0 ? "check, consistency on" : k == 1 ? "check, consistency off" : "the names' scan alone (Consistency.Find)")}: {time[k].TotalMilliseconds / rounds:F3} ms a round, {bytes[k] / rounds / 1024.0:F0} KB ({rounds} rounds)");
            return;
        }

        var prose = SyntheticGlossary.Prose(glossary, 1_000_000);
        if (what is "cost")
        {
            Cost(glossary, prose, on, off);
            return;
        }

        // Decide as a check calls it: each document's options for the house-format tie-break.
        List<Consistency.Decision> Decide(List<Consistency.Occurrence> found) => Consistency.Decide(found, glossary.Entries, _ => on);
        for (var i = 0; i < 40; i++)
        {
            Decide(Consistency.Find(prose));
            glossary.Check(prose, on);
            glossary.Check(prose, off);
        }

        var occurrences = Consistency.Find(prose);
        var phases = new (string Name, Action Run)[]
        {
            ("check, consistency off", () => glossary.Check(prose, off)),
            ("check, consistency on", () => glossary.Check(prose, on)),
            ("Find, spellings known", () => Consistency.Find(prose)),
            ("Decide", () => Decide(occurrences)),
            ("Find, meeting every spelling first", () =>
            {
                Consistency.ForgetSpellings();
                Consistency.Find(prose);
            }),
        };
        var findings = glossary.Check(prose, on);
        Console.WriteLine($"1 MB, 10,000 entries: {occurrences.Count:N0} names, {occurrences.Select(o => o.Text).Distinct().Count():N0} spellings, {Decide(occurrences).Count:N0} to change before the glossary's findings take their spans, {findings.Count(f => f.EntryId == CompiledGlossary.ConsistencyRule):N0} after ({findings.Count:N0} findings in all); best of 30 (the phases taking turns) and allocated once each:");
        var best = phases.Select(_ => TimeSpan.MaxValue).ToArray();
        var bestCpu = phases.Select(_ => TimeSpan.MaxValue).ToArray();
        for (var round = 0; round < 30; round++)
        {
            for (var k = 0; k < phases.Length; k++)
            {
                var cpu = ThreadCpuTime();
                var time = QuickRun.Best(1, phases[k].Run);
                cpu = ThreadCpuTime() - cpu;
                best[k] = time < best[k] ? time : best[k];
                bestCpu[k] = cpu < bestCpu[k] ? cpu : bestCpu[k];
            }
        }

        for (var k = 0; k < phases.Length; k++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            phases[k].Run();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Console.WriteLine($"  {phases[k].Name}: {best[k].TotalMilliseconds:F2} ms ({bestCpu[k].TotalMilliseconds:F2} ms of the thread's CPU time), {allocated / 1024.0:N0} KB");
        }

        // For a sampling profiler: a loop of scans meeting every spelling first, or of checks with the rule on.
        var clock = Stopwatch.StartNew();
        while (what is "loop" or "find-loop" or "check-loop" && clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (what == "loop")
                Consistency.ForgetSpellings();
            if (what == "check-loop")
                glossary.Check(prose, on);
            else
                Consistency.Find(prose);
        }
    }

    /// <summary>
    /// The #16 budget, measured for the record: the check of the 1 MB synthetic prose and of the article set (402 small
    /// documents, one by one), the rule on and off taking turns 60 times after a warm-up of 3 s, in the thread's CPU time (which
    /// other processes on a loaded machine do not inflate); best and median of each, and the cost of the rule on both.
    /// </summary>
    private static void Cost(CompiledGlossary glossary, string prose, DocumentOptions on, DocumentOptions off)
    {
        var documents = NameRun.ArticleDocuments();
        var work = new (string Name, Action<DocumentOptions> Check)[]
        {
            ("1 MB synthetic prose, 10,000 entries", options => glossary.Check(prose, options)),
            ($"article set, {documents.Count} documents one by one", options =>
            {
                foreach (var document in documents)
                    glossary.Check(document, options);
            }),
        };
        foreach (var (name, check) in work)
        {
            QuickRun.Warm(() =>
            {
                check(on);
                check(off);
            });
            var times = new List<double>[] { [], [] };
            for (var i = 0; i < 60; i++)
            {
                for (var k = 0; k < 2; k++)
                {
                    var start = ThreadCpuTime();
                    check(k == 0 ? on : off);
                    times[k].Add((ThreadCpuTime() - start).TotalMilliseconds);
                }
            }

            var best = times.Select(t => t.Min()).ToArray();
            var median = times.Select(t => t.Order().ElementAt(t.Count / 2)).ToArray();
            Console.WriteLine($"{name}: off best {best[1]:F3} / median {median[1]:F3} ms, on best {best[0]:F3} / median {median[0]:F3} ms; cost of the rule {(best[0] - best[1]) / best[1]:P0} (best), {(median[0] - median[1]) / median[1]:P0} (median)");
        }
    }

    /// <summary>
    /// The CPU time of the calling thread (Linux; <see cref="TimeSpan.Zero"/> elsewhere): unlike the wall clock, it does
    /// not count the time other processes of a loaded machine hold the core.
    /// </summary>
    private static TimeSpan ThreadCpuTime()
    {
        if (!OperatingSystem.IsLinux())
            return TimeSpan.Zero;
        _ = ClockGetTime(3, out var now); // CLOCK_THREAD_CPUTIME_ID
        return TimeSpan.FromTicks((now.Seconds * TimeSpan.TicksPerSecond) + (now.Nanoseconds / 100));
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static void Time(string what, Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        Console.WriteLine($"{what}: {clock.Elapsed.TotalMilliseconds:F0} ms");
    }
}
