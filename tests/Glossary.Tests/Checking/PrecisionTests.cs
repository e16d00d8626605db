
namespace Glossary.Tests.Checking;

/// <summary>
/// Issue #13: a finding must be about the entry's referent. The precision suite (testdata/precision/sentences.tsv:
/// correct English, one sentence a document, with the bundled glossary) and one regression test per point.
/// </summary>
public sealed class PrecisionTests
{
    private static readonly string SuitePath = Path.Combine(AppContext.BaseDirectory, "testdata", "precision", "sentences.tsv");

    public static TheoryData<string, string, string> Suite()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(SuitePath).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var cells = line.Split('\t');
            rows.Add(cells[0], cells[1], cells[2]);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Suite))]
    public void Issue13_PrecisionSuite_Row(string rowClass, string expect, string sentence)
    {
        var findings = CompiledGlossary.Bundled.Check(sentence);
        var warnings = findings.Where(f => f.Level == DiagnosticSeverity.Warning).Select(Render).ToList();
        if (expect == "quiet")
            Assert.True(warnings.Count == 0, $"[{rowClass}] {sentence}: {string.Join("; ", warnings)}");
        else
            Assert.True(warnings.Count > 0, $"[{rowClass}] {sentence}: no warning; found {string.Join("; ", findings.Select(Render))}");
    }

    [Fact]
    public void Issue13_PrecisionSuite_IsLargeAndCoversEveryClass()
    {
        var rows = Suite().Select(r => ((string)r[0], (string)r[1])).ToList();
        Assert.True(rows.Count(r => r.Item2 == "quiet") >= 300, $"{rows.Count(r => r.Item2 == "quiet")} quiet rows");
        string[] classes = ["taiwan", "hongkong", "singapore", "macau", "namesake-ko", "namesake-zh", "western-order", "diaspora", "history", "brands-foods-dialects", "mention", "generic", "whole-name", "place-as-name", "elsewhere", "evidence", "listed"];
        Assert.All(classes, c => Assert.Contains(rows, r => r.Item1 == c));
    }

    /// <summary>For every bundled person with namesake-prone spellings: a namesake so named, with no evidence, gets no warning.</summary>
    [Fact]
    public void Issue13_EveryNamesakeProneSpelling_WithoutEvidence_IsNoWarning()
    {
        var glossary = CompiledGlossary.Bundled;
        var tried = 0;
        var failures = new List<string>();
        foreach (var entry in glossary.Entries.Where(e => e.Kind == EntryKind.Person))
        {
            var spellings = glossary.SpellingsOf(entry.Id).Generated.Where(g => g.NeedsEvidence is not null).Select(g => g.Text)
                .Concat(entry.NeedsEvidence);
            foreach (var spelling in spellings)
            {
                tried++;
                var sentence = $"The nurse {spelling} works at a clinic in a small town.";
                var warnings = glossary.Check(sentence).Where(f => f.Level == DiagnosticSeverity.Warning).ToList();
                if (warnings.Count > 0)
                    failures.Add($"{entry.Id}: {sentence} → {string.Join("; ", warnings.Select(Render))}");
            }
        }

        Assert.True(tried > 500, $"only {tried} namesake-prone spellings were tried");
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("Kim Yeo-jung", "kim-yo-jong", "The singer Kim Yeo-jung sang.", "Suggestion")]
    [InlineData("Kim Yeo-jung", "kim-yo-jong", "Kim Jong-un's sister Kim Yeo-jung spoke.", "Warning")]
    [InlineData("Kim Yeo-jung", "kim-yo-jong", "Kim Yeo-jung spoke in Pyongyang.", "Warning")]
    [InlineData("Qi Cai", "cai-qi", "Qi Cai, a chemist at Rice, won the prize.", "Suggestion")]
    [InlineData("Li Ch'iang", "li-qiang", "Li Ch'iang spoke.", "Warning")]
    [InlineData("Choi Sun-hee", "choe-son-hui", "Choi Sun-hee runs a shop.", "Suggestion")]
    [InlineData("Choi Sun-hee", "choe-son-hui", "North Korea's Choi Sun-hee spoke.", "Warning")]
    // Review mend (#15): a person known by an own spelling (Cantonese, an English name) shares the systems' plain
    // spellings of the name with everyone else who bears it; a person whose own spelling is pinyin does not.
    [InlineData("Liu Jiawen", "carmen-lau", "Liu Jiawen, a teacher in Chengdu, spoke.", "Suggestion")]
    [InlineData("Liu Chia-wen", "carmen-lau", "Liu Chia-wen runs a shop in Taichung.", "Suggestion")]
    [InlineData("Luo Guancong", "nathan-law", "Luo Guancong, as Xinhua calls Nathan Law, spoke.", "Warning")]
    [InlineData("Hsi Chin-ping", "xi-jinping", "Hsi Chin-ping spoke.", "Warning")]
    public void Issue13_Level_DependsOnEvidence(string found, string entryId, string text, string level)
    {
        var finding = Assert.Single(CompiledGlossary.Bundled.Check(text), f => f.Found == found);
        Assert.Equal(entryId, finding.EntryId);
        Assert.Equal(Enum.Parse<DiagnosticSeverity>(level), finding.Level);
        Assert.NotNull(finding.Reason);
    }

    // regression: issue #13/#14 point 1a: a spelling that also names a place elsewhere needs evidence that the document is
    // about the entry's country: another Chinese entry matched (preferred form, listed or generated spelling), not only its own.
    [Theory]
    [InlineData("Canton, Ohio, is home to the Pro Football Hall of Fame.", "Canton", "Suggestion")]
    [InlineData("Xi Jinping's father fought near Canton.", "Canton", "Warning")]
    [InlineData("The traders sailed from Hangchow to Canton.", "Canton", "Warning")]
    [InlineData("Kirin beer is sold in Canton, Ohio.", "Canton", "Suggestion")]
    [InlineData("Kirin beer is sold in Canton, Ohio.", "Kirin", "Suggestion")]
    [InlineData("Kim Jong-un never visited Canton.", "Canton", "Suggestion")]
    [InlineData("Chiang Kai-shek withdrew to Formosa in 1949.", "Formosa", "Warning")]
    public void Issue13_14_SpellingElsewhere_NeedsAnotherEntryOfItsCountry(string text, string found, string level)
    {
        var finding = Assert.Single(CompiledGlossary.Bundled.Check(text), f => f.Found == found);
        Assert.Equal(Enum.Parse<DiagnosticSeverity>(level), finding.Level);
        if (finding.Level == DiagnosticSeverity.Warning && found == "Canton")
            Assert.StartsWith("the document is about China: it also has '", finding.Evidence, StringComparison.Ordinal);
    }

    // regression: issue #13/#14 point 1b: a bare generated place spelling that is also a town abroad (the GeoNames
    // table: Dali, Cyprus) is a suggestion without evidence, in any glossary, not only for the postal table's rows.
    [Fact]
    public void Issue13_14_BarePlaceSpellingThatIsATownElsewhere_NeedsEvidence()
    {
        var glossary = new GlossaryBuilder()
            .Add(new GlossaryEntry { Id = "ta-li", En = "Ta-li", Kind = EntryKind.Place, Native = new Dictionary<string, string> { ["zh"] = "大理" } })
            .Add(new GlossaryEntry { Id = "kunming", En = "Kunming", Kind = EntryKind.Place, Native = new Dictionary<string, string> { ["zh"] = "昆明" } })
            .Build();
        var dali = Assert.Single(glossary.SpellingsOf("ta-li").Generated, g => g.Text == "Dali");
        Assert.Contains("town elsewhere (CY)", dali.NeedsEvidence, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Suggestion, Assert.Single(glossary.Check("She painted in Dali for a year.")).Level);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(glossary.Check("She painted in Dali, west of Kunming.")).Level);
    }

    [Fact]
    public void Issue13_Evidence_SaysWhereItIs()
    {
        var finding = Assert.Single(CompiledGlossary.Bundled.Check("Kim Yo-jong and\nKim Yeo-jung"), f => f.Found == "Kim Yeo-jung");
        Assert.Equal("the document also has 'Kim Yo-jong' at 1:1", finding.Evidence);
        Assert.Contains("namesake-prone", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue13_Fix_AppliesWarningsOnly_UnlessSuggestionsAreIncluded()
    {
        const string text = "The singer Kim Yeo-jung met Lee Jae-myong.";
        Assert.Equal("The singer Kim Yeo-jung met Lee Jae Myung.", CompiledGlossary.Bundled.Fix(text).Text);
        Assert.Equal("The singer Kim Yo-jong met Lee Jae Myung.", CompiledGlossary.Bundled.Fix(text, DocumentOptions.PlainText with { IncludeSuggestions = true }).Text);
    }

    [Theory]
    [InlineData("Professor Li Chiang-lin retired.", "")]
    [InlineData("Li Ch'iang-lin retired.", "")]
    [InlineData("Wang Hsiao-Li Ch'iang spoke.", "")]
    [InlineData("the Lee Jae-myong-led government", "Lee Jae-myong")]
    [InlineData("a Lee Jae-myong-era policy", "Lee Jae-myong")]
    public void Issue13_WholeNamesOnly(string text, string found) =>
        Assert.Equal(found, string.Join("|", CompiledGlossary.Bundled.Check(text).Select(f => f.Found)));

    [Theory]
    [InlineData("the Han river", "")]
    [InlineData("the han River", "han River")]
    [InlineData("the Joseon dynasty", "")]
    [InlineData("Gyeonggi province", "")]
    public void Issue13_GenericWordCase_IsNoFinding(string text, string found) =>
        Assert.Equal(found, string.Join("|", CompiledGlossary.Bundled.Check(text).Select(f => f.Found)));

    [Theory]
    [InlineData("Guangzhou (formerly Canton) grew.", "")]
    [InlineData("Busan, then spelled Pusan, grew.", "")]
    [InlineData("Busan (Pusan) grew.", "")]
    [InlineData("Pusan (now Busan) grew.", "")]
    [InlineData("Busan a.k.a. Pusan grew.", "")]
    [InlineData("Busan and then Pusan grew.", "Pusan")]
    [InlineData("Busan grew; Pusan did too.", "Pusan")]
    [InlineData("Pusan (Busan) grew.", "Pusan")]
    public void Issue13_MentionOfAName_IsNoFinding(string text, string found) =>
        Assert.Equal(found, string.Join("|", CompiledGlossary.Bundled.Check(text).Select(f => f.Found)));

    [Fact]
    public void Issue13_SampleStory_GivesExactlyItsWrongSpellingsAsWarnings()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "articles", "lee-xi-call.txt"));
        var findings = CompiledGlossary.Bundled.Check(text);
        Assert.Equal(["Lee Jae-myung warning", "Yoon Suk-yeol warning", "Lee Jae-myong warning"], findings.Select(f => $"{f.Found} {f.Level.ToString().ToLowerInvariant()}"));
    }

    private static string Render(Finding f) => $"'{f.Found}' → '{f.Replacement}' [{f.EntryId}] {f.Level}";
}
