using Glossary.Exchange;
using Glossary.Model;

namespace Glossary.Tests.Exchange;

/// <summary>CSV quoting, formula defusing and positioned import errors.</summary>
public sealed class CsvTests
{
    private static GlossaryEntry Entry(string? note = null, string? source = null) => new()
    {
        Id = "busan",
        En = "Busan",
        Kind = EntryKind.Place,
        Native = new Dictionary<string, string> { ["ko"] = "부산" },
        Variants = ["Pusan"],
        Note = note,
        Source = source,
    };

    [Fact]
    public void Write_Wide_HeaderAndRow()
    {
        Assert.Equal(
            "id,en,kind,ko,zh,zh-Hans,zh-Hant,ja,variants,allow,note,source\r\n" +
            "busan,Busan,place,부산,,,,,Pusan,,,\r\n",
            CsvExport.Write([Entry()], CsvLayout.Wide));
    }

    [Fact]
    public void Write_Long_OneRowPerField()
    {
        Assert.Equal(
            "entry_id,field,value\r\nbusan,en,Busan\r\nbusan,kind,place\r\nbusan,ko,부산\r\nbusan,variant,Pusan\r\nbusan,note,\"Say \"\"Busan\"\", not Pusan\"\r\n",
            CsvExport.Write([Entry(note: "Say \"Busan\", not Pusan")], CsvLayout.Long));
    }

    public static TheoryData<string, string> Defused => new()
    {
        { "=1+1", "'=1+1" },
        { "+1", "'+1" },
        { "-1", "'-1" },
        { "@SUM(A1)", "'@SUM(A1)" },
        { "\tx", "'\tx" },
        { "'=1+1", "''=1+1" },
        { "'quoted'", "''quoted'" },
        { "plain = text", "plain = text" },
        { "1-2", "1-2" },
    };

    [Theory]
    [MemberData(nameof(Defused))]
    public void Write_CellThatASpreadsheetWouldRun_GetsAnApostropheAndReadsBack(string note, string cell)
    {
        var csv = CsvExport.Write([Entry(note: note)], CsvLayout.Long);
        var row = csv.Split("\r\n")[5];
        Assert.StartsWith("busan,note,", row, StringComparison.Ordinal);
        Assert.Equal(cell, row["busan,note,".Length..].Trim('"'));
        var imported = CsvImport.Read(csv, "g.csv");
        Assert.Empty(imported.Diagnostics);
        Assert.Equal(note.Trim(), imported.Entries[0].Note);
    }

    [Fact]
    public void Read_ApostropheNotAddedByTheExport_IsKept()
    {
        var entry = Assert.Single(CsvImport.Read("en,note\r\nBusan,'tis the season\r\n", "g.csv").Entries);
        Assert.Equal("'tis the season", entry.Note);
    }

    [Fact]
    public void Read_WideWithColumnsInAnyOrderAndLfRows_Works()
    {
        var result = CsvImport.Read("\uFEFFkind,en,variants\nplace,Busan,Pusan|Fusan\n\n", "g.csv");
        ExchangeSamples.AssertSameEntries(
            [new GlossaryEntry { Id = "busan", En = "Busan", Kind = EntryKind.Place, Variants = ["Pusan", "Fusan"] }],
            result);
    }

    public static TheoryData<string, string, string> Malformed => new()
    {
        { "en,note\r\nBusan,\"unterminated\r\n", "GLS111", "g.csv:2:7: error GLS111: unterminated quoted cell (it starts here)" },
        { "en,note\r\nBusan,\"a\"b\r\n", "GLS111", "g.csv:2:10: error GLS111: text after the closing quote of a cell" },
        { "english,note\r\n", "GLS112", "g.csv:1:1: error GLS112: unknown CSV header (expected the wide layout 'id,en,kind,ko,zh,zh-Hans,zh-Hant,ja,variants,allow,note,source' or the long layout 'entry_id,field,value')" },
        { "en,note\r\nBusan\r\n", "GLS113", "g.csv:2:1: error GLS113: row has 1 cells, the header has 2" },
        { "entry_id,field,value\r\nbusan,en,Busan\r\nbusan,colour,blue\r\n", "GLS114", "g.csv:3:7: error GLS114: unknown field 'colour' (expected one of: en, kind, ko, zh, zh-Hans, zh-Hant, ja, variant, allow, note, source, irregular, generate, test-flag, test-fix, test-pass, style:NAME)" },
        { "entry_id,field,value\r\nbusan,en,Busan\r\nbusan,en,Pusan\r\n", "GLS115", "g.csv:3:10: error GLS115: field 'en' of entry 'busan' is given twice" },
        { "entry_id,field,value\r\nbusan,kind,place\r\n", "GLS006", "g.csv:2:1: error GLS006: entry has no 'en' (the preferred English spelling)" },
        { "en,kind\r\nBusan,city\r\n", "GLS009", "g.csv:2:7: error GLS009: unknown kind 'city' (expected person, place, organization, term or other)" },
        { "id,en\r\nBusan,Busan\r\n", "GLS010", "g.csv:2:1: error GLS010: id 'Busan' must be lower-case letters, digits and hyphens, starting with a letter or digit" },
        // regression: issue #11 points 9 and 18
        { "en,note\r\n", "GLS109", "g.csv:1:1: error GLS109: " + ExchangeMessages.Format(ExchangeMessages.NothingToImport, ExchangeMessages.CsvNoRows) },
        { "en,variants\r\nBusan,Pu\u200Bsan\r\n", "GLS024", "g.csv:2:7: error GLS024: " + GlossaryMessages.Format(GlossaryMessages.InvisibleCharacter, "variants", "Pu<U+200B>san", "U+200B, a format character", 3) },
        { "entry_id,field,value\r\nbusan,en,Busan\r\nbusan,style:ap,Bu\u00ADsan\r\n", "GLS024", "g.csv:3:16: error GLS024: " + GlossaryMessages.Format(GlossaryMessages.InvisibleCharacter, "styles.ap", "Bu<U+00AD>san", "U+00AD, a format character", 3) },
        { "en,variants\r\nBusan,Pusan\r\nPusan,\r\n", "GLS008", "g.csv:3:1: error GLS008: 'Pusan' is claimed by entry 'busan' as a variant and by entry 'pusan' as its preferred form (at g.csv:2:7)" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Read_Malformed_PositionedError(string csv, string id, string expected)
    {
        var result = CsvImport.Read(csv, "g.csv");
        Assert.True(result.HasErrors);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(id, error.Id);
        Assert.Equal(expected, error.ToString());
    }
}
