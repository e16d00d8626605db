using Glossary.Exchange;

namespace Glossary.Tests.Exchange;

/// <summary>Export then import gives back the same entries, field by field and in order.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Glossaries => new() { "bundled", "tricky" };

    private static IReadOnlyList<GlossaryEntry> Entries(string name) => name == "bundled" ? ExchangeSamples.Bundled() : ExchangeSamples.Tricky;

    [Theory]
    [MemberData(nameof(Glossaries))]
    public void Tbx_ExportThenImport_SameEntries(string name)
    {
        var entries = Entries(name);
        ExchangeSamples.AssertSameEntries(entries, TbxImport.Read(TbxExport.Write(entries), "g.tbx"));
    }

    [Theory]
    [MemberData(nameof(Glossaries))]
    public void CsvLong_ExportThenImport_SameEntries(string name)
    {
        var entries = Entries(name);
        ExchangeSamples.AssertSameEntries(entries, CsvImport.Read(CsvExport.Write(entries, CsvLayout.Long), "g.csv"), allFields: true);
    }

    [Theory]
    [MemberData(nameof(Glossaries))]
    public void CsvWide_ExportThenImport_SameEntries(string name)
    {
        var entries = Entries(name);
        Assert.DoesNotContain(entries, e => e.Variants.Concat(e.Allow).Any(s => s.Contains('|', StringComparison.Ordinal)));
        ExchangeSamples.AssertSameEntries(entries, CsvImport.Read(CsvExport.Write(entries, CsvLayout.Wide), "g.csv"));
    }

    [Theory]
    [MemberData(nameof(Glossaries))]
    public void Yaml_WriteThenLoad_SameEntriesNoDiagnostics(string name)
    {
        var entries = Entries(name);
        ExchangeSamples.AssertSameEntries(entries, GlossaryLoader.LoadText(YamlExport.Write(entries, "written by a test"), "g.yaml"), allFields: true);
    }

    [Theory]
    [MemberData(nameof(SchemaTests.BundledFiles), MemberType = typeof(SchemaTests))]
    public void Yaml_BundledFile_WrittenBackIsTheSameYamlWithoutTheComments(string name)
    {
        var path = Path.Combine(RepoRoot(), "glossary", name);
        var original = File.ReadAllText(path);
        var entries = GlossaryLoader.LoadText(original, path).EntriesOrThrow();
        // Comments are not entries: the header and the source comments inside entries (issue #13 data) are not written back.
        var body = string.Concat(original.Split('\n').SkipWhile(l => l.StartsWith('#')).Where(l => !l.TrimStart().StartsWith('#')).Select(l => l + "\n")).TrimEnd() + "\n";
        Assert.Equal(body, YamlExport.Write(entries));
    }

    [Fact]
    public void Yaml_Write_QuotesOnlyWhatNeedsIt()
    {
        var yaml = YamlExport.Write(ExchangeSamples.Tricky);
        Assert.Contains("  - en: Xi'an\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      - 'No'\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      - True Tae-woo\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    note: \"'Quoted' note: with a colon # and a hash\\nand a second line\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    id: taiwan-island\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("id: xi-an", yaml, StringComparison.Ordinal);
        Assert.Equal("entries: []\n", YamlExport.Write([]));
    }

    [Fact]
    public void Tbx_IdStartingWithDigit_WrittenAsXmlNameAndReadBack()
    {
        var tbx = TbxExport.Write(ExchangeSamples.Tricky);
        Assert.Contains("<conceptEntry id=\"_2018-pyeongchang-olympics\">", tbx, StringComparison.Ordinal);
        Assert.Equal("2018-pyeongchang-olympics", TbxImport.Read(tbx, "g.tbx").Entries[1].Id);
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Glossary.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Glossary.sln not found above the test assembly");
    }
}
