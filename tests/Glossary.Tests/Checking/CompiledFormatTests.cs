using System.Reflection;
using Glossary.Checking;

namespace Glossary.Tests.Checking;

/// <summary>The compiled form (issue #5): round trips, the cache, and a check that needs neither YAML nor ICU4N.</summary>
public sealed class CompiledFormatTests
{
    [Fact]
    public void SaveLoad_RoundTrip_ChecksAndListsTheSame()
    {
        var original = new GlossaryBuilder().AddRange(GlossaryLoader.LoadBundled().EntriesOrThrow()).Build();
        using var buffer = new MemoryStream();
        original.Save(buffer);
        buffer.Position = 0;
        var loaded = CompiledGlossary.Load(buffer);

        Assert.Equal(original.Entries.Select(e => (e.Id, e.En, e.Kind, string.Join('|', e.Variants), string.Join('|', e.Allow), e.Note, e.Source)),
            loaded.Entries.Select(e => (e.Id, e.En, e.Kind, string.Join('|', e.Variants), string.Join('|', e.Allow), e.Note, e.Source)));
        foreach (var article in new[] { "lee-xi-call.txt", "diplomacy-mixed.txt", "wire-headlines.txt" })
        {
            var text = Cli.TestFiles.ReadArticle(article);
            Assert.Equal(original.Check(text), loaded.Check(text));
            Assert.Equal(original.Check(text, new DocumentOptions { Format = DocumentFormat.Markdown }), loaded.Check(text, new DocumentOptions { Format = DocumentFormat.Markdown }));
        }

        Assert.Equal(original.SpellingsOf("kim-jong-un"), loaded.SpellingsOf("kim-jong-un"), SpellingsComparer.Instance);
    }

    [Fact]
    public void Bundled_IsTheBuildTimeCompiledGlossary()
    {
        // The bundle is its own assembly, made by Glossary.Compiler from the library compiled once (issue #12 point 9).
        using var stream = Assembly.Load(CompiledGlossary.BundleAssembly).GetManifestResourceStream(CompiledGlossary.BundledResource);
        Assert.NotNull(stream);
        Assert.Null(typeof(CompiledGlossary).Assembly.GetManifestResourceStream(CompiledGlossary.BundledResource));
        var embedded = CompiledGlossary.Load(stream);
        Assert.Equal(embedded.Entries.Count, CompiledGlossary.Bundled.Entries.Count);

        // regression: issue #12 point 9. The embedded form is the YAML of this build, not a stale compile.
        var yaml = GlossaryLoader.LoadBundled().EntriesOrThrow();
        Assert.Equal(yaml.Select(e => e.Id), embedded.Entries.Select(e => e.Id));
        Assert.Equal(yaml.Select(e => e.En), embedded.Entries.Select(e => e.En));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(-1)]
    public void Load_CorruptOrTruncated_InvalidData(int flipAt)
    {
        using var buffer = new MemoryStream();
        CompiledGlossary.Bundled.Save(buffer);
        var bytes = buffer.ToArray();
        if (flipAt >= 0)
            bytes[flipAt] ^= 0x5A;
        else
            bytes = bytes[..(bytes.Length / 2)];
        Assert.Throws<InvalidDataException>(() => CompiledGlossary.Load(new MemoryStream(bytes)));
    }

    [Fact]
    public void Compile_CachesAndRebuildsACorruptCache()
    {
        using var scratch = new Cli.TestFiles.Scratch();
        var cache = Path.Combine(scratch.Root, "cache");
        var glossary = scratch.File("g/house.yaml", "entries:\n  - en: Seoul\n    kind: place\n    variants: [Keijo]\n"u8.ToArray());
        var options = new CompileOptions { CacheFolder = cache };
        var first = GlossaryCompiler.Compile([glossary], options);
        Assert.False(first.FromCache);
        var file = Assert.Single(Directory.GetFiles(cache, "*.glc"));

        var second = GlossaryCompiler.Compile([glossary], options);
        Assert.True(second.FromCache);
        Assert.Single(second.Glossary!.Check("Keijo"));

        File.WriteAllBytes(file, [1, 2, 3]);
        var third = GlossaryCompiler.Compile([glossary], options);
        Assert.False(third.FromCache);
        Assert.Single(third.Glossary!.Check("Keijo"));

        // A changed glossary has another key: the old compiled form is never used for it.
        File.WriteAllText(glossary, "entries:\n  - en: Seoul\n    kind: place\n    variants: [Keijo, Hanseong]\n");
        var fourth = GlossaryCompiler.Compile([glossary], options);
        Assert.False(fourth.FromCache);
        Assert.Single(fourth.Glossary!.Check("Hanseong"));

        Assert.False(GlossaryCompiler.Compile([glossary]).FromCache);
    }

    [Fact]
    public void Compile_PublicApi_ThrowsWithEveryPositionedErrorAndKeepsWarnings()
    {
        using var scratch = new Cli.TestFiles.Scratch();
        var broken = scratch.File("broken.yaml", "entries:\n  - en: Seoul\n    kind: plaice\n  - kind: place\n"u8.ToArray());
        var error = Assert.Throws<GlossaryLoadException>(() => CompiledGlossary.Compile([broken]));
        Assert.Contains(error.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Position.Path == broken && d.Position.Line == 3);
        Assert.Contains(error.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Position.Line == 4);

        var fine = scratch.File("fine.yaml", "entries:\n  - en: Seoul\n    kind: place\n    variants: [Keijo, Seoul]\n"u8.ToArray());
        var glossary = CompiledGlossary.Compile([fine]);
        Assert.Single(glossary.Check("Keijo"));
        Assert.Contains(glossary.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Position.Line == 4);
        Assert.Empty(CompiledGlossary.Compile([GlossaryLoader.BundledName]).Diagnostics);
    }

    /// <summary>Regression: issue #12 point 6; the cache grew without bound, one file per glossary version and style.</summary>
    [Fact]
    public void Issue12_Compile_PastTheFileLimit_RemovesTheLeastRecentlyUsed()
    {
        using var scratch = new Cli.TestFiles.Scratch();
        var cache = Path.Combine(scratch.Root, "cache");
        var options = new CompileOptions { CacheFolder = cache, MaxCacheFiles = 2 };
        var glossaries = Enumerable.Range(0, 3)
            .Select(i => scratch.File($"g{i}.yaml", System.Text.Encoding.UTF8.GetBytes($"entries:\n  - en: Seoul\n    kind: place\n    variants: [Keijo{i}]\n")))
            .ToList();
        Assert.False(GlossaryCompiler.Compile([glossaries[0]], options).FromCache);
        Assert.False(GlossaryCompiler.Compile([glossaries[1]], options).FromCache);
        Assert.Equal(2, Directory.GetFiles(cache, "*.glc").Length);
        foreach (var file in Directory.GetFiles(cache))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));

        // Reading the first marks it used, so the second is the least recently used when the third is written.
        Assert.True(GlossaryCompiler.Compile([glossaries[0]], options).FromCache);
        Assert.False(GlossaryCompiler.Compile([glossaries[2]], options).FromCache);

        Assert.Equal(2, Directory.GetFiles(cache, "*.glc").Length);
        Assert.True(GlossaryCompiler.Compile([glossaries[0]], options).FromCache);
        Assert.True(GlossaryCompiler.Compile([glossaries[2]], options).FromCache);
        Assert.False(GlossaryCompiler.Compile([glossaries[1]], options).FromCache);
    }

    [Fact]
    public void Issue12_Compile_PastTheByteLimit_KeepsOnlyTheNewest()
    {
        using var scratch = new Cli.TestFiles.Scratch();
        var cache = Path.Combine(scratch.Root, "cache");
        var options = new CompileOptions { CacheFolder = cache, MaxCacheBytes = 1 };
        var glossaries = Enumerable.Range(0, 3)
            .Select(i => scratch.File($"g{i}.yaml", System.Text.Encoding.UTF8.GetBytes($"entries:\n  - en: Seoul\n    kind: place\n    variants: [Keijo{i}]\n")))
            .ToList();
        var abandoned = scratch.File("cache/x.glc.0123.tmp", [1, 2, 3]);
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddDays(-1));
        var fresh = scratch.File("cache/y.glc.4567.tmp", [1, 2, 3]);
        foreach (var glossary in glossaries)
            Assert.False(GlossaryCompiler.Compile([glossary], options).FromCache);

        // The file just written stays even when it alone is over the limit: it is in use.
        var kept = Assert.Single(Directory.GetFiles(cache, "*.glc"));
        Assert.True(GlossaryCompiler.Compile([glossaries[2]], options).FromCache);
        Assert.Equal(kept, Assert.Single(Directory.GetFiles(cache, "*.glc")));
        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(fresh));
    }

    [Fact]
    public void CheckCli_WithBundledGlossary_NeedsNeitherYamlNorIcu()
    {
        // Only the CLI, the library, the bundle and System.CommandLine: loading YamlDotNet, ICU4N or Markdig would fail.
        using var cli = new Cli.IsolatedCli("Glossary.dll", "Glossary.Bundle.dll", "System.CommandLine.dll");
        File.Copy(Cli.TestFiles.Article("lee-xi-call.txt"), Path.Combine(cli.Folder, "article.txt"));
        var (code, stdout, stderr) = cli.Run(string.Empty, "check", "article.txt");
        Assert.True(code == 1, $"exit {code}: {stderr}");
        Assert.Equal(3, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    // regression: issue #12 point 9. The compiled bundle is its own assembly; an application without it is told which.
    [Fact]
    public void CheckCli_WithoutTheBundleAssembly_NamesIt()
    {
        using var cli = new Cli.IsolatedCli("Glossary.dll", "System.CommandLine.dll");
        File.Copy(Cli.TestFiles.Article("lee-xi-call.txt"), Path.Combine(cli.Folder, "article.txt"));
        var (code, _, stderr) = cli.Run(string.Empty, "check", "article.txt");
        Assert.Equal(2, code);
        Assert.Contains("'Glossary.Bundle'", stderr, StringComparison.Ordinal);
    }

    // Regression: the whole-name rule (issue #13 point 2) once read the romanization tables on the first hyphen a
    // check met (+60–90 ms a process); its syllables now travel in the compiled form, so a loaded glossary keeps the rule.
    [Fact]
    public void SaveLoad_KeepsTheNameSyllablesOfTheWholeNameRule()
    {
        var original = new GlossaryBuilder().Add(new GlossaryEntry
        {
            Id = "li-qiang",
            En = "Li Qiang",
            Kind = EntryKind.Person,
            Variants = ["Li Chiang"],
        }).Build();
        using var buffer = new MemoryStream();
        original.Save(buffer);
        buffer.Position = 0;
        var loaded = CompiledGlossary.Load(buffer);
        Assert.Contains("lin", (IReadOnlySet<string>)loaded.NameSyllables);
        Assert.Empty(loaded.Check("Professor Li Chiang-lin retired."));
        Assert.Single(loaded.Check("The Li Chiang-led cabinet met."));
    }

    // Issue #14 (speed): compiling runs per entry in parallel; the compiled bytes must not depend on thread timing.
    [Fact]
    public void Issue14_Build_Twice_SavesTheSameBytes()
    {
        var entries = GlossaryLoader.LoadBundled().EntriesOrThrow();
        byte[] Compiled()
        {
            using var buffer = new MemoryStream();
            new GlossaryBuilder().AddRange(entries).Build().Save(buffer);
            return buffer.ToArray();
        }

        var first = Compiled();
        Assert.Equal(first, Compiled());
        Assert.Equal(first, Compiled());
    }

    // Issue #14 (size): format 9 writes reasons once in a table, a namesake reason without its spelling and native
    // form, and a spelling in use as its pattern's text; every reason and spelling must read back exactly as built.
    [Fact]
    public void Issue14_SaveLoad_EveryReasonAndSpellingReadsBackTheSame()
    {
        var original = new GlossaryBuilder().AddRange(GlossaryLoader.LoadBundled().EntriesOrThrow()).Build();
        using var buffer = new MemoryStream();
        original.Save(buffer);
        buffer.Position = 0;
        var loaded = CompiledGlossary.Load(buffer);

        Assert.Contains(original.Patterns, p => p.Namesake is not null && p.Namesake.Contains(p.Spelling, StringComparison.Ordinal));
        Assert.Equal(original.Patterns.Select(p => (p.Entry, p.Role, p.Spelling, p.Reason, p.NeedsEvidence, p.CountryEvidence, p.Generated, p.HasDiacritics)),
            loaded.Patterns.Select(p => (p.Entry, p.Role, p.Spelling, p.Reason, p.NeedsEvidence, p.CountryEvidence, p.Generated, p.HasDiacritics)));
        Assert.Contains(loaded.Patterns, p => p.NamesakeCompacted);
        foreach (var entry in original.Entries)
            Assert.Equal(original.SpellingsOf(entry.Id), loaded.SpellingsOf(entry.Id), SpellingsComparer.Instance);
    }

    [Fact]
    public void Issue14_Compact_LeftOutSpellingAndNative_ExpandsToTheReason()
    {
        const string Reason = "'Kim Yeo-jung' is how people named 김여정 usually spell it";
        var compact = CompiledGlossaryFormat.Compact(Reason, "Kim Yeo-jung", "김여정");
        Assert.NotNull(compact);
        Assert.DoesNotContain("Kim", compact, StringComparison.Ordinal);
        Assert.Equal(compact, CompiledGlossaryFormat.Compact("'Lee Jae Myung' is how people named 이재명 usually spell it", "Lee Jae Myung", "이재명"));
        Assert.Equal(Reason, CompiledGlossaryFormat.Expand(compact!, "Kim Yeo-jung", "김여정"));
        Assert.Null(CompiledGlossaryFormat.Compact("a \u0001 mark", "Kim", null));
    }

    // A file of an older format (v8 had no string table before the patterns) is refused with its version, never misread.
    [Fact]
    public void Issue14_Load_OlderFormatVersion_RefusedWithTheVersion()
    {
        using var buffer = new MemoryStream();
        CompiledGlossary.Bundled.Save(buffer);
        var bytes = buffer.ToArray();
        BitConverter.TryWriteBytes(bytes.AsSpan(4, 4), CompiledGlossaryFormat.Version - 1);
        BitConverter.TryWriteBytes(bytes.AsSpan(bytes.Length - 8), CompiledGlossaryFormat.Checksum(bytes.AsSpan(0, bytes.Length - 8)));
        var error = Assert.Throws<InvalidDataException>(() => CompiledGlossary.Load(new MemoryStream(bytes)));
        Assert.Contains($"format version {CompiledGlossaryFormat.Version - 1}", error.Message, StringComparison.Ordinal);
    }

    private sealed class SpellingsComparer : IEqualityComparer<Glossary.EntrySpellings>
    {
        public static readonly SpellingsComparer Instance = new();

        public bool Equals(Glossary.EntrySpellings? x, Glossary.EntrySpellings? y) =>
            x!.EntryId == y!.EntryId && x.Generated.SequenceEqual(y.Generated) && x.Dropped.SequenceEqual(y.Dropped);

        public int GetHashCode(Glossary.EntrySpellings obj) => obj.EntryId.GetHashCode(StringComparison.Ordinal);
    }
}
