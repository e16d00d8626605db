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
}
