using BenchmarkDotNet.Attributes;

namespace Glossary.Benchmarks;

/// <summary>Checking 1 MB of prose with 10,000 and 100,000 entries and their generated spellings, on one core.</summary>
[MemoryDiagnoser]
public class MatcherBenchmarks
{
    private CompiledGlossary glossary = null!;
    private string prose = string.Empty;
    private byte[] compiled = [];

    [Params(10_000, 100_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        glossary = new GlossaryBuilder().AddRange(SyntheticGlossary.Entries(Entries)).Build();
        prose = SyntheticGlossary.Prose(glossary, 1_000_000);
        using var buffer = new MemoryStream();
        glossary.Save(buffer);
        compiled = buffer.ToArray();
    }

    /// <summary>One check of 1 MB (throughput = 1 MB / mean time).</summary>
    [Benchmark]
    public int Check1MB() => glossary.Check(prose).Count;

    /// <summary>Loading the compiled form (what the CLI does with a cached glossary).</summary>
    [Benchmark]
    public int LoadCompiled() => CompiledGlossary.Load(new MemoryStream(compiled)).Entries.Count;
}

/// <summary>Compiling 10,000 entries with generated spellings (romanizers included).</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private List<Glossary.GlossaryEntry> entries = [];

    [GlobalSetup]
    public void Setup() => entries = SyntheticGlossary.Entries(10_000);

    [Benchmark]
    public int Compile10K() => new GlossaryBuilder().AddRange(entries).Build().Entries.Count;
}
