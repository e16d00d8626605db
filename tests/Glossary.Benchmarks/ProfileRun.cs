using System.Diagnostics;
using Glossary.Loading;
using Glossary.Variants;

namespace Glossary.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- profile 10000</c>: where compiling a synthetic glossary spends its time, phase by phase
/// (validation, generation, guards, namesakes, the whole build, save, load), with a stopwatch, after a warm-up build.
/// </summary>
public static class ProfileRun
{
    public static void Run(int count)
    {
        new GlossaryBuilder().AddRange(SyntheticGlossary.Entries(500, seed: 1)).Build();
        var entries = SyntheticGlossary.Entries(count);
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            var times = new List<(string, TimeSpan, long, int, int)>();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var (gen1, gen2) = (GC.CollectionCount(1), GC.CollectionCount(2));
            void Lap(string phase)
            {
                var now = GC.GetTotalAllocatedBytes(precise: true);
                times.Add((phase, clock.Elapsed, now - allocated, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2));
                (allocated, gen1, gen2) = (now, GC.CollectionCount(1), GC.CollectionCount(2));
                clock.Restart();
            }

            var valid = EntryValidator.Validate(entries.Select(EntryDraft.FromEntry).ToList(), []);
            Lap("validate");
            foreach (var language in new[] { "ko", "zh" })
            {
                var some = valid.Where(e => e.Native.ContainsKey(language)).ToList();
                var romanizer = Romanizers.For(language == "ko" ? ScriptLanguage.Korean : ScriptLanguage.Chinese);
                var count2 = some.Sum(e => romanizer.EnumerateSpellings(e.Native[language], RomanizationKind.Name, VariantGenerator.MaxPerEntry).Count);
                Lap($"  of which the {language} romanizer alone ({some.Count:N0} names, {count2:N0} spellings)");
            }

            var candidates = valid.Select(VariantGenerator.Generate).ToList();
            Lap($"generate ({candidates.Sum(c => c.Count):N0} candidates)");
            var guarded = VariantGuards.Apply(valid, candidates);
            Lap("guards");
            var marked = guarded.Select((s, e) => Namesakes.Mark(valid[e], s)).ToList();
            Lap($"namesakes ({marked.Sum(m => m.Generated.Count(g => g.NeedsEvidence is not null)):N0} need evidence)");
            var glossary = new GlossaryBuilder().AddRange(entries).Build();
            Lap("whole build");
            using var buffer = new MemoryStream();
            glossary.Save(buffer);
            Lap($"save ({buffer.Length / 1048576.0:F1} MB)");
            var bytes = buffer.ToArray();
            var loaded = CompiledGlossary.Load(new MemoryStream(bytes));
            Lap("load");
            _ = loaded.GeneratedSpellings(loaded.Entries[0].Id);
            Lap("load the generated spellings (lazy)");
            Console.WriteLine($"run {run + 1}:");
            foreach (var (phase, time, bytes2, g1, g2) in times)
                Console.WriteLine($"  {phase}: {time.TotalMilliseconds:F0} ms, {bytes2 / 1048576.0:F0} MB allocated, {g1} gen1 / {g2} gen2 collections");
        }
    }

    /// <summary>
    /// <c>compile 10000</c>: what <c>quick</c> measures of compiling, alone (a 500-entry warm-up build, then one build of
    /// <paramref name="count"/> entries, in a fresh process), so that runtime settings can be compared by environment
    /// variable (<c>DOTNET_TieredPGO=0 dotnet … compile 10000</c>) without the checks that follow in <c>quick</c>.
    /// </summary>
    public static void RunCompile(int count)
    {
        var clock = Stopwatch.StartNew();
        new GlossaryBuilder().AddRange(SyntheticGlossary.Entries(500, seed: 1)).Build();
        var warmup = clock.Elapsed;
        var entries = SyntheticGlossary.Entries(count);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        clock.Restart();
        var glossary = new GlossaryBuilder().AddRange(entries).Build();
        var compile = clock.Elapsed;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine($"warm-up {warmup.TotalSeconds:F2} s; compile {count:N0} entries ({glossary.Patterns.Count:N0} spellings): {compile.TotalSeconds:F2} s, {allocated / 1048576.0:F0} MB allocated");
    }

    /// <summary>
    /// <c>profile-check 10000 [runs]</c>: checks 1 MB of prose without the <c>consistency</c> rule <paramref name="runs"/>
    /// times after a warm-up, and prints the best and median time and the bytes allocated per check; long enough to be
    /// traced (<c>dotnet-trace collect -- dotnet bin/Release/net10.0/Glossary.Benchmarks.dll profile-check 10000 2000</c>).
    /// </summary>
    public static void RunCheck(int count, int runs)
    {
        var glossary = new GlossaryBuilder().AddRange(SyntheticGlossary.Entries(count)).Build();
        var prose = SyntheticGlossary.Prose(glossary, 1_000_000);
        var options = DocumentOptions.PlainText with { Consistency = false };
        for (var i = 0; i < 40; i++)
            glossary.Check(prose, options);
        Thread.Sleep(500);
        var times = new List<double>(runs);
        long allocated = 0;
        var findings = 0;
        var cpuBefore = ThreadCpuMilliseconds();
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            findings = glossary.Check(prose, options).Count;
            times.Add(clock.Elapsed.TotalMilliseconds);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var cpu = (ThreadCpuMilliseconds() - cpuBefore) / runs;
        times.Sort();
        Console.WriteLine($"check 1 MB without consistency, {runs} runs: best {times[0]:F2} ms, median {times[runs / 2]:F2} ms, {cpu:F2} ms CPU of the thread per check, {allocated / runs / 1024.0:F0} KB allocated per check, {findings:N0} findings");
    }

    /// <summary>
    /// The CPU time this thread has used (Linux, 10 ms ticks; NaN elsewhere): on a loaded machine it counts the work, not the
    /// waiting, so before and after compare even when wall times are several times the idle ones.
    /// </summary>
    internal static double ThreadCpuMilliseconds()
    {
        if (!File.Exists("/proc/thread-self/stat"))
            return double.NaN;
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Fields 14 and 15 of stat(5) (utime, stime), counted from the state field, which is the third.
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return ticks * 10.0;
    }
}
