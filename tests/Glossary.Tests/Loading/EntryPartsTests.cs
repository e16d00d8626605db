using Glossary.Exchange;
using Glossary.Model;

namespace Glossary.Tests.Loading;

/// <summary>
/// The one entry builder (issue #12 point 2): YAML, CSV and TBX only turn their syntax into fields, so the same
/// faulty entry gives the same diagnostics (ids, messages) from each reader, each at its own position.
/// </summary>
public sealed class EntryPartsTests
{
    private static string Render(GlossaryLoadResult result) =>
        string.Join("\n", result.Diagnostics.Select(d => $"{d.Severity} {d.Id}: {d.Message}"));

    // regression: issue #12 point 2: CSV and TBX imports skipped the native-script check that YAML makes; one
    // builder checks every reader's entries alike.
    [Fact]
    public void Build_SameFaultsInYamlCsvAndTbx_SameDiagnostics()
    {
        var yaml = GlossaryLoader.LoadText("entries:\n  - en: Busan\n    id: Bad_Id\n    ko: Pusan\n", "g.yaml");
        var csv = CsvImport.Read("id,en,ko\nBad_Id,Busan,Pusan\n", "g.csv");
        var tbx = TbxImport.Read(
            """
            <tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><text><body>
            <conceptEntry id="Bad_Id">
              <langSec xml:lang="en"><termSec><term>Busan</term></termSec></langSec>
              <langSec xml:lang="ko"><termSec><term>Pusan</term></termSec></langSec>
            </conceptEntry></body></text></tbx>
            """, "g.tbx");

        var expected = Render(yaml);
        Assert.Contains(GlossaryMessages.NativeScriptId, expected, StringComparison.Ordinal);
        Assert.Contains(GlossaryMessages.InvalidIdId, expected, StringComparison.Ordinal);
        Assert.Equal(expected, Render(csv));
        Assert.Equal(expected, Render(tbx));
    }

    [Fact]
    public void Build_MissingEnAndBadKind_SameInYamlAndCsv()
    {
        var yaml = GlossaryLoader.LoadText("entries:\n  - kind: planet\n    id: x\n", "g.yaml");
        var csv = CsvImport.Read("entry_id,field,value\nx,kind,planet\n", "g.csv");
        Assert.Equal(
            $"Error {GlossaryMessages.MissingEnId}: {GlossaryMessages.MissingEn}\nError {GlossaryMessages.InvalidKindId}: {GlossaryMessages.Format(GlossaryMessages.InvalidKind, "planet")}",
            Render(yaml));
        Assert.Equal(Render(yaml), Render(csv));
    }

    // The native-language table is the one list of keys: every reader and writer round-trips every language in it.
    public static TheoryData<string> Languages => [.. NativeLanguage.Tags];

    [Theory]
    [MemberData(nameof(Languages))]
    public void NativeLanguage_EachTag_RoundTripsThroughYamlCsvAndTbx(string tag)
    {
        var language = NativeLanguage.All.Single(l => l.Tag == tag);
        var text = language.Script switch { NativeScript.Hangul => "부산", NativeScript.Japanese => "東京", _ => "北京" };
        GlossaryEntry[] entries = [new() { Id = "x", En = "Xanadu", Kind = EntryKind.Place, Native = new Dictionary<string, string> { [tag] = text } }];

        foreach (var result in new[]
        {
            GlossaryLoader.LoadText(YamlExport.Write(entries), "g.yaml"),
            CsvImport.Read(CsvExport.Write(entries, CsvLayout.Wide), "g.csv"),
            CsvImport.Read(CsvExport.Write(entries, CsvLayout.Long), "g.csv"),
        })
        {
            Assert.Empty(result.Diagnostics);
            Assert.Equal(entries[0].Native, Assert.Single(result.Entries).Native);
        }

        // TBX has one section per TbxLanguage: zh and zh-Hans both come back as the first key of theirs.
        var tbx = TbxImport.Read(TbxExport.Write(entries), "g.tbx");
        Assert.Empty(tbx.Diagnostics);
        var first = NativeLanguage.All.First(l => l.TbxLanguage == language.TbxLanguage).Tag;
        Assert.Equal(new Dictionary<string, string> { [first] = text }, Assert.Single(tbx.Entries).Native);
    }

    [Fact]
    public void NativeLanguage_Tags_AreTheYamlKeysAndCsvColumns()
    {
        foreach (var tag in NativeLanguage.Tags)
            Assert.Contains(tag, CsvExport.WideHeader);
        Assert.Equal(["ko", "zh", "zh-Hans", "zh-Hant", "ja"], NativeLanguage.Tags);
    }
}
