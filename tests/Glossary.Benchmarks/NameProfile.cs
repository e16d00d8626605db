using System.Diagnostics;
using System.Runtime.InteropServices;
using Glossary.Checking;
using Glossary.Reading;

namespace Glossary.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- names-profile cold|scan|loop|find-loop|check-loop</c>: where the time of the name reader and the
/// consistency rule goes, with a stopwatch. <c>cold</c> times each table of the reader's first use apart (run it in a
/// fresh process); <c>scan</c> splits a check's consistency cost into the scan (<c>Consistency.Find</c>), the decision
/// and the whole check with the rule on and off, with allocations (which load does not change); <c>loop</c>,
/// <c>find-loop</c> and <c>check-loop</c> then loop the scan meeting every spelling first, the scan with its spellings
/// known, or the check with the rule on, for 20 s, for a sampling profiler (<c>dotnet-trace collect -- …</c>).
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
        var on = DocumentOptions.PlainText;
        var off = DocumentOptions.PlainText with { Consistency = false };

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
