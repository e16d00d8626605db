using Glossary.Exchange;

namespace Glossary.Tests.Exchange;

/// <summary>TBX import: the 2008 layout, statuses, languages and positioned errors.</summary>
public sealed class TbxImportTests
{
    /// <summary>A TBX-Basic 2008 file as a CAT tool writes it (hand-written: tig and ntig, TBX-Min statuses, a note and an xref).</summary>
    private const string Tbx2008 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <martif type="TBX-Basic" xml:lang="en-US">
          <martifHeader>
            <fileDesc><sourceDesc><p>From a CAT tool</p></sourceDesc></fileDesc>
          </martifHeader>
          <text>
            <body>
              <termEntry id="c1">
                <descrip type="subjectField">place</descrip>
                <note>Revised Romanization since 2000.</note>
                <xref type="externalCrossReference" target="https://en.wikipedia.org/wiki/Busan">Wikipedia</xref>
                <langSet xml:lang="en-US">
                  <tig>
                    <term>Busan</term>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </tig>
                  <tig>
                    <term>Pusan</term>
                    <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
                  </tig>
                  <ntig>
                    <termGrp>
                      <term>Fusan</term>
                      <termNote type="administrativeStatus">obsolete</termNote>
                    </termGrp>
                  </ntig>
                  <tig>
                    <term>Pusan National University</term>
                  </tig>
                </langSet>
                <langSet xml:lang="ko-KR">
                  <tig><term>부산</term></tig>
                </langSet>
              </termEntry>
              <termEntry id="c2">
                <descrip type="subjectField">Politics</descrip>
                <langSet xml:lang="en">
                  <tig><term>Xi Jinping</term></tig>
                  <tig>
                    <term>Hsi Chin-p'ing</term>
                    <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
                  </tig>
                </langSet>
                <langSet xml:lang="zh-CN"><tig><term>习近平</term></tig></langSet>
                <langSet xml:lang="zh-TW"><tig><term>習近平</term></tig></langSet>
              </termEntry>
            </body>
          </text>
        </martif>
        """;

    [Fact]
    public void Read_Tbx2008_EntriesWithStatusesNativeFormsAndConceptData()
    {
        ExchangeSamples.AssertSameEntries(
        [
            new GlossaryEntry
            {
                Id = "c1",
                En = "Busan",
                Kind = EntryKind.Place,
                Native = new Dictionary<string, string> { ["ko"] = "부산" },
                Variants = ["Pusan", "Fusan"],
                Allow = ["Pusan National University"],
                Note = "Revised Romanization since 2000.",
                Source = "https://en.wikipedia.org/wiki/Busan",
            },
            new GlossaryEntry
            {
                Id = "c2",
                En = "Xi Jinping",
                Native = new Dictionary<string, string> { ["zh"] = "习近平", ["zh-Hant"] = "習近平" },
                Variants = ["Hsi Chin-p'ing"],
            },
        ],
            TbxImport.Read(Tbx2008, "old.tbx"));
    }

    private static string V3(string concept) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
          <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
          <text>
            <body>
        {concept}
            </body>
          </text>
        </tbx>
        """;

    [Fact]
    public void Read_UnknownStatus_WarningAndReadAsAllowed()
    {
        var result = TbxImport.Read(V3("""
            <conceptEntry id="busan">
              <langSec xml:lang="en">
                <termSec><term>Busan</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                <termSec><term>Pusan</term><termNote type="administrativeStatus">legalTerm-admn-sts</termNote></termSec>
              </langSec>
              <langSec xml:lang="fr"><termSec><term>Pusan</term></termSec></langSec>
            </conceptEntry>
        """), "g.tbx");
        Assert.False(result.HasErrors);
        Assert.Equal(["Pusan"], Assert.Single(result.Entries).Allow);
        Assert.Equal(
            [
                "g.tbx:9:19: warning GLS104: unknown administrativeStatus 'legalTerm-admn-sts' for 'Pusan'; the term is read as admitted (never flagged)",
                "g.tbx:11:8: warning GLS105: language 'fr' is not a glossary language (en, ko, zh, zh-Hans, zh-Hant, ja); its terms are ignored",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { V3("<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>Busan</term></termSec></langSec>"), "GLS101" },
        { "<?xml version=\"1.0\"?>\n<glossary/>\n", "GLS102" },
        { V3("<conceptEntry id=\"a\"><langSec xml:lang=\"ko\"><termSec><term>부산</term></termSec></langSec></conceptEntry>"), "GLS103" },
        { V3("<conceptEntry id=\"Busan\"><langSec xml:lang=\"en\"><termSec><term>Busan</term></termSec></langSec></conceptEntry>"), "GLS010" },
        { "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY x \"y\">]>\n<tbx/>\n", "GLS107" },
        { "<?xml version=\"1.0\"?>\n<tbx><text>\n<body/></text></tbx>\n", "GLS109" },
        { V3("<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>Bu&#x200B;san</term></termSec></langSec></conceptEntry>"), "GLS024" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Read_Malformed_OnePositionedError(string tbx, string id)
    {
        var result = TbxImport.Read(tbx, "g.tbx");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(id, error.Id);
        Assert.True(error.Position.Line > 1, error.ToString());
        Assert.Empty(result.Entries);
    }

    [Fact]
    public void Read_UnclosedElement_PositionOfTheXmlError()
    {
        var error = Assert.Single(TbxImport.Read("<tbx>\n  <text>\n</tbx>\n", "g.tbx").Diagnostics);
        Assert.StartsWith("g.tbx:3:3: error GLS101: XML syntax error: ", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(17, error.Position.Offset);
    }

    [Fact]
    public void Issue11_Dtd_OneLineInOurWordsAtTheDoctype()
    {
        var error = Assert.Single(TbxImport.Read("<?xml version=\"1.0\"?>\n<!DOCTYPE tbx SYSTEM \"tbx.dtd\">\n<tbx/>\n", "g.tbx").Diagnostics);
        Assert.Equal("g.tbx:2:1: error GLS107: " + ExchangeMessages.DtdRefused, error.ToString());
    }

    [Fact]
    public void Issue11_NestedFarTooDeep_GLS108AtTheFirstElementTooDeep()
    {
        // 100,000 levels took 28 s and imported nothing with no diagnostic.
        const int depth = 100_000;
        var tbx = "<tbx>\n<text>\n" + string.Concat(Enumerable.Repeat("<body>", depth)) + string.Concat(Enumerable.Repeat("</body>", depth)) + "</text></tbx>\n";
        var error = Assert.Single(TbxImport.Read(tbx, "g.tbx").Diagnostics);
        Assert.Equal($"g.tbx:3:{1 + (254 * 6) + 1}: error GLS108: " + ExchangeMessages.Format(ExchangeMessages.TooDeep, 256), error.ToString());
    }

    [Fact]
    public void Issue11_NoConcepts_GLS109AtTheBody()
    {
        var error = Assert.Single(TbxImport.Read(V3(string.Empty), "g.tbx").Diagnostics);
        Assert.Equal("g.tbx:5:6: error GLS109: " + ExchangeMessages.Format(ExchangeMessages.NothingToImport, ExchangeMessages.TbxNoConcepts), error.ToString());
    }
}
