using Glossary.Variants;

namespace Glossary.Tests.Variants;

/// <summary>
/// Issue #14: the kinds of spelling that generation missed on older and wider English (postal places, terms, Korean
/// sites and units, one-name figures, mixed conventions, the reader's diacritics), one named row per kind. The recall
/// suite (<see cref="RecallSuiteTests"/>) measures them at scale; these rows say which rule yields which spelling.
/// </summary>
public sealed class Issue14SpellingTests
{
    private static GlossaryEntry Entry(string en, string lang, string native, EntryKind kind) =>
        new() { Id = GlossaryLoader.DefaultId(en), En = en, Kind = kind, Native = new Dictionary<string, string> { [lang] = native } };

    public static TheoryData<string, string, string, EntryKind, string> Rows => new()
    {
        // point 1: the postal table, joined by Hanzi (Simplified or Traditional)
        { "Beijing", "zh", "北京", EntryKind.Place, "Peking" },
        { "Xiamen", "zh", "廈門", EntryKind.Place, "Amoy" },
        { "Jinan", "zh", "济南", EntryKind.Place, "Tsinan" },
        { "Huangpu River", "zh", "黄浦江", EntryKind.Place, "Whangpoo River" },
        // point 2: terms
        { "pansori", "ko", "판소리", EntryKind.Term, "p'ansori" },
        { "Seollal", "ko", "설날", EntryKind.Term, "Sŏllal" },
        { "tteokbokki", "ko", "떡볶이", EntryKind.Term, "tteok-bokki" },
        { "tteokbokki", "ko", "떡볶이", EntryKind.Term, "ddeokbokki" },
        // tense initials written plain (word-respellings.tsv), alone and with a vowel respelling
        { "tteokbokki", "ko", "떡볶이", EntryKind.Term, "teokbokki" },
        { "tteokbokki", "ko", "떡볶이", EntryKind.Term, "tokbokki" },
        { "jjimjilbang", "ko", "찜질방", EntryKind.Term, "jimjilbang" },
        { "ssireum", "ko", "씨름", EntryKind.Term, "sireum" },
        { "bibimbap", "ko", "비빔밥", EntryKind.Term, "bibim bap" },
        { "Qingming", "zh", "清明", EntryKind.Term, "Ch'ing-ming" },
        { "gongfu", "zh", "功夫", EntryKind.Term, "kung fu" },
        { "taijiquan", "zh", "太极拳", EntryKind.Term, "t'ai-chi ch'üan" },
        // point 3: Korean sites and units
        { "Hallasan", "ko", "한라산", EntryKind.Place, "Halla-san" },
        { "Gyeongbokgung", "ko", "경복궁", EntryKind.Place, "Kyŏngbok-kung" },
        { "Namdaemun", "ko", "남대문", EntryKind.Place, "Namdae mun" },
        { "Namdaemun", "ko", "남대문", EntryKind.Place, "Namdaemoon" },
        { "Seongsu-dong", "ko", "성수동", EntryKind.Place, "Sungsoo-dong" },
        { "Paju", "ko", "파주시", EntryKind.Place, "Paju si" },
        { "Nakdong River", "ko", "낙동강", EntryKind.Place, "Naktong-gang" },
        // point 4: one name
        { "Yeongjo", "ko", "영조", EntryKind.Person, "Yŏngjo" },
        { "Kangxi", "zh", "康熙", EntryKind.Person, "K'ang-hsi" },
        { "Kangxi", "zh", "康熙", EntryKind.Person, "Kang Hsi" },
        // regression: issue #14 point 1e: the old reading lo of 乐 in historical names (old-readings.txt), Wade–Giles only
        { "Yongle", "zh", "永樂", EntryKind.Person, "Yung-lo" },
        { "Yongle", "zh", "永乐", EntryKind.Person, "Yung Lo" },
        { "Lelang Commandery", "zh", "乐浪", EntryKind.Place, "Lo-lang" },
        // a vowel respelling on McCune–Reischauer's devoiced initial (respellings.tsv u → oo on ku): 김구 Kim Koo
        { "Kim Gu", "ko", "김구", EntryKind.Person, "Kim Koo" },
        // point 5: mixed conventions
        { "Choe Ryong-hae", "ko", "최룡해", EntryKind.Person, "Choi Ryong Hae" },
        { "Hangzhou", "zh", "杭州", EntryKind.Place, "Hang Zhou" },
        { "Peking University", "zh", "北京大学", EntryKind.Organization, "Beijing University" },
        // point 6: the reader's diacritics, on the text side
        { "Gyeongju", "ko", "경주", EntryKind.Place, "Kyǒngju" },
        { "Gyeongju", "ko", "경주", EntryKind.Place, "Kyôngju" },
        { "Hamhung", "ko", "함흥", EntryKind.Place, "Hamhüng" },
        { "Goryeo", "ko", "고려", EntryKind.Term, "Koryö" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Issue14_Generated_FindsSpelling(string en, string lang, string native, EntryKind kind, string spelling)
    {
        var glossary = new GlossaryBuilder().Add(Entry(en, lang, native, kind)).Build();
        var finding = Assert.Single(glossary.Check($"In 1950 {spelling} was mentioned."));
        Assert.Equal(spelling, finding.Found);
        Assert.Equal(en, finding.Replacement);
    }

    // regression: issue #14 point 2: a rule for a plain initial (j → ch) took half of a tense one (jj), writing
    // "chjimjilbang", a spelling no one writes.
    [Theory]
    [InlineData("jjimjilbang", "찜질방")]
    [InlineData("jjajangmyeon", "짜장면")]
    public void Issue14_WordRespelling_NeverSplitsATenseInitial(string en, string native)
    {
        var glossary = new GlossaryBuilder().Add(Entry(en, "ko", native, EntryKind.Term)).Build();
        var generated = glossary.SpellingsOf(GlossaryLoader.DefaultId(en)).Generated.Select(g => g.Text).ToList();
        Assert.Contains(generated, t => t.StartsWith('j') && !t.StartsWith("jj", StringComparison.Ordinal));
        Assert.DoesNotContain(generated, t => t.StartsWith("chj", StringComparison.OrdinalIgnoreCase));
    }

    // regression: issue #14 point 1: a table spelling that also names a place elsewhere is marked, and the mark
    // survives the compiled format, for the precision levels of issue #13.
    // regression: a spelling generated for two entries stays with the one whose preferred form has its shape:
    // "Li Chiang" is Li Qiang's name in Wade–Giles and only a re-spacing (point 5) of the one-word place Lijiang.
    [Fact]
    public void SharedSpelling_StaysWithTheEntryOfItsShape()
    {
        var glossary = new GlossaryBuilder()
            .Add(Entry("Li Qiang", "zh", "李强", EntryKind.Person))
            .Add(Entry("Lijiang", "zh", "丽江", EntryKind.Place))
            .Build();
        Assert.Contains(glossary.SpellingsOf("li-qiang").Generated, g => g.Text == "Li Chiang");
        Assert.DoesNotContain(glossary.SpellingsOf("lijiang").Generated, g => g.Text == "Li Chiang");
        Assert.Contains(glossary.SpellingsOf("lijiang").Dropped, d => d.Text == "Li Chiang");
    }

    [Fact]
    public void Issue14_PostalSpellingElsewhereToo_NeedsEvidence()
    {
        var glossary = new GlossaryBuilder().Add(Entry("Guangzhou", "zh", "广州", EntryKind.Place)).Build();
        var generated = glossary.SpellingsOf("guangzhou").Generated;
        var canton = Assert.Single(generated, g => g.Text == "Canton");
        // The town table names the other place where it knows one (issue #13/#14 point 1); the postal flag says it otherwise.
        Assert.Equal(("postal", SpellingOrigin.Postal, "'Canton' is also a town elsewhere (US)", true), (canton.System, canton.Origin, canton.NeedsEvidence, canton.CountryEvidence));
        Assert.Null(Assert.Single(generated, g => g.Text == "Kwangchow").NeedsEvidence);
        var jilin = new GlossaryBuilder().Add(Entry("Jilin", "zh", "吉林", EntryKind.Place)).Build();
        Assert.Equal(VariantGenerator.PostalElsewhere, Assert.Single(jilin.SpellingsOf("jilin").Generated, g => g.Text == "Kirin").NeedsEvidence);

        using var stream = new MemoryStream();
        glossary.Save(stream);
        stream.Position = 0;
        var loaded = CompiledGlossary.Load(stream);
        Assert.True(Assert.Single(loaded.Patterns, p => p.Spelling == "Canton") is { NeedsEvidence: true, CountryEvidence: true });
        Assert.False(Assert.Single(loaded.Patterns, p => p.Spelling == "Kwangchow").NeedsEvidence);
        Assert.True(Assert.Single(loaded.SpellingsOf("guangzhou").Generated, g => g.Text == "Canton").CountryEvidence);
    }

    // regression: issue #14 point 2 with issue #13 point 1: a term written apart whose first word is a surname, or a
    // two-syllable Chinese term hyphenated in plain letters, reads as someone's name, as for places; the festival
    // entries listed these spellings under needs-evidence one by one. Apostrophes, tone marks and the joined forms
    // are nobody's name.
    [Fact]
    public void Issue14_TermThatReadsAsAName_NeedsEvidence()
    {
        var glossary = new GlossaryBuilder()
            .Add(Entry("Duanwu", "zh", "端午", EntryKind.Term))
            .Add(Entry("Qingming", "zh", "清明", EntryKind.Term))
            .Add(Entry("kimchi", "ko", "김치", EntryKind.Term))
            .Add(Entry("Taijiquan", "zh", "太极拳", EntryKind.Term))
            .Build();
        var duanwu = glossary.SpellingsOf("duanwu").Generated;
        Assert.Equal("hyphenated, 'Tuan-wu' is written as a given name of two syllables", Assert.Single(duanwu, g => g.Text == "Tuan-wu").NeedsEvidence);
        Assert.Contains("Duan is a surname", Assert.Single(duanwu, g => g.Text == "Duan wu").NeedsEvidence, StringComparison.Ordinal);
        Assert.Null(Assert.Single(duanwu, g => g.Text == "Tuanwu").NeedsEvidence);
        Assert.Null(Assert.Single(glossary.SpellingsOf("qingming").Generated, g => g.Text == "Ch'ing-ming").NeedsEvidence);
        Assert.NotNull(Assert.Single(glossary.SpellingsOf("qingming").Generated, g => g.Text == "Ching-ming").NeedsEvidence);
        Assert.Contains("kim is a surname", Assert.Single(glossary.SpellingsOf("kimchi").Generated, g => g.Text == "kim chi").NeedsEvidence, StringComparison.Ordinal);
        // three syllables are not a two-syllable given name
        Assert.DoesNotContain(glossary.SpellingsOf("taijiquan").Generated, g => g.NeedsEvidence?.StartsWith("hyphenated", StringComparison.Ordinal) == true);

        Assert.Equal(DiagnosticSeverity.Suggestion, Assert.Single(glossary.Check("Tuan-wu said hello.")).Level);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(glossary.Check("Families ate at Tuanwu.")).Level);
    }

    // regression: issue #14 point 3: a two-syllable Korean place gets its customary syllable spellings (Kyungju,
    // Myungdong) like longer ones, but as a given name is written so too (Lee Kyungju), only as a suggestion unless the
    // document is about Korea (another Korean entry matched).
    [Fact]
    public void Issue14_TwoSyllablePlace_CustomarySpellingNeedsKoreanEvidence()
    {
        var glossary = new GlossaryBuilder()
            .Add(Entry("Gyeongju", "ko", "경주", EntryKind.Place))
            .Add(Entry("Myeongdong", "ko", "명동", EntryKind.Place))
            .Add(Entry("Busan", "ko", "부산", EntryKind.Place))
            .Build();
        var kyungju = Assert.Single(glossary.SpellingsOf("gyeongju").Generated, g => g.Text == "Kyungju");
        Assert.True(kyungju is { NeedsEvidence: not null, CountryEvidence: true });
        Assert.Contains(glossary.SpellingsOf("myeongdong").Generated, g => g.Text == "Myungdong");

        Assert.Equal(DiagnosticSeverity.Suggestion, Assert.Single(glossary.Check("Kyungju is a name we liked.")).Level);
        var about = Assert.Single(glossary.Check("From Pusan we drove on to Kyungju."), f => f.Found == "Kyungju");
        Assert.Equal(DiagnosticSeverity.Warning, about.Level);
    }

    // regression: issue #14 point 2: a generated term spelling that is an English word is dropped, as for names.
    [Fact]
    public void Issue14_TermSpellingThatIsAnEnglishWord_Dropped()
    {
        var glossary = new GlossaryBuilder().Add(Entry("Song", "zh", "宋", EntryKind.Term) with { Id = "song-dynasty" }).Add(Entry("Qin", "zh", "秦", EntryKind.Term)).Build();
        Assert.Contains(glossary.SpellingsOf("song-dynasty").Dropped, d => d.Text == "Sung" && d.DroppedBecause == "it is a common English word");
        Assert.Contains(glossary.SpellingsOf("qin").Dropped, d => d.Text == "Chin");
        Assert.Empty(glossary.Check("He sung a song about his chin."));
    }

    // regression: issue #14 point 3: a city whose name ends in a site's generic syllable stays whole (부산 is no "Bu-san").
    [Fact]
    public void Issue14_TwoSyllableCity_NotSplitAsASite()
    {
        var texts = Romanizers.Korean.EnumerateSpellings("부산", EntryKind.Place).Select(s => s.Text).ToList();
        Assert.DoesNotContain("Bu-san", texts);
        Assert.DoesNotContain("Pu-san", texts);
    }

    // regression: issue #14 point 1e: the old reading feeds Wade–Giles only; pinyin follows today's reading (no "Yongluo").
    [Fact]
    public void Issue14_OldReading_WadeGilesOnly()
    {
        var texts = new GlossaryBuilder().Add(Entry("Yongle", "zh", "永乐", EntryKind.Person)).Build().SpellingsOf("yongle").Generated.Select(g => g.Text).ToList();
        Assert.Contains("Yung-lo", texts);
        Assert.Contains("Yung-le", texts);
        Assert.DoesNotContain(texts, t => t.Contains("luo", StringComparison.OrdinalIgnoreCase));
    }

    // regression: issue #14 point 4: a one-name figure is romanized as one name (Ch'ien-lung), not as surname 乾 and
    // given name 隆 (Ch'ien Lung only).
    [Fact]
    public void Issue14_OneNamePerson_RomanizedAsOneName()
    {
        var glossary = new GlossaryBuilder().Add(Entry("Qianlong", "zh", "乾隆", EntryKind.Person)).Build();
        var texts = glossary.SpellingsOf("qianlong").Generated.Select(g => g.Text).ToList();
        Assert.Contains("Ch'ien-lung", texts);
        Assert.Contains("Chienlung", texts);
    }
}
