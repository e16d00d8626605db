using System.Diagnostics;

namespace Glossary.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- quick</c>: the matcher numbers of the README in one minute, with a stopwatch
/// (best of several runs), for when a full BenchmarkDotNet run is too slow.
/// </summary>
public static class QuickRun
{
    public static void Run(int[]? counts = null)
    {
        Console.WriteLine("| entries | spellings (trie nodes) | compile | managed memory after compile | save size | load | check 1 MB (best of 10, steady state) | throughput | allocated per check |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        // Warm up: the romanizers' tables load and the code is compiled once, as in a long-lived process.
        var warmup = new GlossaryBuilder().AddRange(SyntheticGlossary.Entries(500, seed: 1)).Build();
        Console.WriteLine($"(warm-up build of {warmup.Entries.Count} entries done)");
        foreach (var count in counts ?? [10_000, 100_000])
        {
            var entries = SyntheticGlossary.Entries(count);
            GC.Collect();
            var before = GC.GetTotalMemory(true);
            var clock = Stopwatch.StartNew();
            var glossary = new GlossaryBuilder().AddRange(entries).Build();
            var compile = clock.Elapsed;
            var memory = GC.GetTotalMemory(true) - before;

            using var buffer = new MemoryStream();
            glossary.Save(buffer);
            var bytes = buffer.ToArray();
            var load = Best(3, () => CompiledGlossary.Load(new MemoryStream(bytes)));

            var prose = SyntheticGlossary.Prose(glossary, 1_000_000);

            // Steady state, as in a long-lived process: the check path is called often enough for the JIT's
            // tiering to compile it fully optimized (30 calls, then a background compile), with the consistency rule
            // (#16, on by default; its budget is 20 % of check time) and without it.
            var withoutRule = DocumentOptions.PlainText with { Consistency = false };
            for (var i = 0; i < 40; i++)
            {
                glossary.Check(prose);
                glossary.Check(prose, withoutRule);
            }

            Thread.Sleep(500);
            glossary.Check(prose);
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var findings = glossary.Check(prose).Count;
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            glossary.Check(prose, withoutRule);
            var allocatedWithout = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

            // Taking turns, so that the machine's drift and the collections fall on both alike.
            var check = TimeSpan.MaxValue;
            var checkWithout = TimeSpan.MaxValue;
            for (var i = 0; i < 10; i++)
            {
                var with = Best(1, () => glossary.Check(prose));
                var without = Best(1, () => glossary.Check(prose, withoutRule));
                check = with < check ? with : check;
                checkWithout = without < checkWithout ? without : checkWithout;
            }

            // The rule remembers the spellings it has read (bounded, process-wide): a check that meets them all for the
            // first time, as the first check of a process or a document of new names does, costs more.
            var checkCold = Best(10, () =>
            {
                Glossary.Checking.Consistency.ForgetSpellings();
                glossary.Check(prose);
            });
            var megabytes = prose.Length / 1_000_000.0;
            Console.WriteLine(
                $"| {count:N0} | {glossary.Patterns.Count:N0} ({glossary.Matcher.NodeCount:N0}) | {compile.TotalSeconds:F2} s | {memory / 1048576.0:F0} MB | {bytes.Length / 1048576.0:F1} MB | {load.TotalMilliseconds:F0} ms | {check.TotalMilliseconds:F1} ms ({findings:N0} findings) | {megabytes / check.TotalSeconds:F0} MB/s | {allocated / 1024.0:F0} KB |");
            Console.WriteLine($"|   without the consistency rule | | | | | | {checkWithout.TotalMilliseconds:F1} ms | {megabytes / checkWithout.TotalSeconds:F0} MB/s | {allocatedWithout / 1024.0:F0} KB |");
            Console.WriteLine($"|   consistency rule meeting every name for the first time | | | | | | {checkCold.TotalMilliseconds:F1} ms | {megabytes / checkCold.TotalSeconds:F0} MB/s | |");
        }
    }

    /// <summary>
    /// <c>quick-bundled</c>: compiling the bundled glossary from its YAML (load, validate, generate, guard, build the
    /// trie) the first time in a process and in steady state, and checking 1 MB of prose with it (issue #14).
    /// </summary>
    public static void RunBundled()
    {
        var clock = Stopwatch.StartNew();
        var loaded = GlossaryLoader.LoadBundled();
        var first = new GlossaryBuilder().AddRange(loaded.Entries).Build();
        var cold = clock.Elapsed;
        var steady = Best(5, () => new GlossaryBuilder().AddRange(GlossaryLoader.LoadBundled().Entries).Build());
        var prose = SyntheticGlossary.Prose(first, 1_000_000);
        for (var i = 0; i < 40; i++)
            first.Check(prose);
        Thread.Sleep(500);
        var findings = first.Check(prose).Count;
        var check = Best(10, () => first.Check(prose));
        Console.WriteLine("| entries | spellings (trie nodes) | compile, first in the process | compile, steady (best of 5) | check 1 MB (best of 10) | throughput |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine($"| {first.Entries.Count:N0} | {first.Patterns.Count:N0} ({first.Matcher.NodeCount:N0}) | {cold.TotalSeconds:F2} s | {steady.TotalSeconds:F2} s | {check.TotalMilliseconds:F1} ms ({findings:N0} findings) | {prose.Length / 1_000_000.0 / check.TotalSeconds:F0} MB/s |");
    }

    /// <summary>
    /// Runs <paramref name="round"/> 40 times and for 3 s at least, then lets the JIT's background compiles finish: the
    /// tiered JIT promotes a method after 30 calls and a quiet moment, so 40 rounds of sub-millisecond checks alone can
    /// leave the code half compiled (the article set measured +56 % to +105 % for one rule that way).
    /// </summary>
    internal static void Warm(Action round)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 40 || clock.Elapsed < TimeSpan.FromSeconds(3); i++)
            round();
        Thread.Sleep(300);
    }

    /// <summary>The best time of <paramref name="runs"/> runs of <paramref name="action"/> (one timer for every benchmark mode).</summary>
    internal static TimeSpan Best(int runs, Action action)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            if (clock.Elapsed < best)
                best = clock.Elapsed;
        }

        return best;
    }
}
