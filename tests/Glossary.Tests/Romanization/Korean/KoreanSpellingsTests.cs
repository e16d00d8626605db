using Glossary.Romanization.Korean;

namespace Glossary.Tests.Romanization.Korean;

/// <summary>EnumerateSpellings: customary name spellings, system forms, places and words.</summary>
public sealed class KoreanSpellingsTests
{
    private static IReadOnlyList<RomanizedSpelling> Spell(string text, EntryKind kind) =>
        Romanizers.Korean.EnumerateSpellings(text, kind);

    private static List<string> Texts(string text, EntryKind kind) => [.. Spell(text, kind).Select(s => s.Text)];

    [Fact]
    public void EnumerateSpellings_LeeJaeMyung_IsFirst()
    {
        var texts = Texts("이재명", EntryKind.Person);
        Assert.Equal("Lee Jae-myung", texts[0]);
        Assert.Contains("Lee Jae Myung", texts);
        Assert.Contains("Lee Jaemyung", texts);
        Assert.Contains("Lee Jae-Myung", texts);
        Assert.Contains("I Jaemyeong", texts);
        Assert.Contains("I Jae-myeong", texts);
        Assert.Contains("Yi Chae-myŏng", texts);
        Assert.Contains("Yi Chae-myong", texts);
        Assert.Contains("Jae-myung Lee", texts);
    }

    // regression: issue #12 point 4: the generator caps customary spellings by their typed origin, so the
    // origin must mark exactly the customary combinations, whatever their convention text says.
    [Theory]
    [InlineData("이재명")]
    [InlineData("김정은")]
    [InlineData("황교안")]
    public void EnumerateSpellings_Origin_IsCustomaryExactlyForCustomaryCombinations(string name)
    {
        var spellings = Spell(name, EntryKind.Person);
        Assert.Contains(spellings, s => s.Origin == SpellingOrigin.Customary);
        Assert.Contains(spellings, s => s.Origin == SpellingOrigin.System);
        Assert.All(spellings, s => Assert.Equal(s.Convention.StartsWith("customary", StringComparison.Ordinal), s.Origin == SpellingOrigin.Customary));
    }

    [Fact]
    public void EnumerateSpellings_PlacesAndWords_AreSystemForms()
    {
        // The systems' forms come first; the customary syllable spellings after them (issue #14 points 2 and 3).
        Assert.All(Spell("부산", EntryKind.Place).Take(3), s => Assert.Equal(SpellingOrigin.System, s.Origin));
        Assert.All(Spell("김치", EntryKind.Term).Take(3), s => Assert.Equal(SpellingOrigin.System, s.Origin));
    }

    [Theory]
    [InlineData("윤석열", "Yoon Suk-yeol")]
    [InlineData("윤석열", "Yoon Suk Yeol")]
    [InlineData("윤석열", "Yun Seok-yeol")]
    [InlineData("윤석열", "Yoon Seok-youl")]
    [InlineData("김정은", "Kim Jong-un")]
    [InlineData("김정은", "Kim Jong Un")]
    [InlineData("박근혜", "Park Geun-hye")]
    [InlineData("노무현", "Roh Moo-hyun")]
    [InlineData("반기문", "Ban Ki-moon")]
    [InlineData("봉준호", "Bong Joon-ho")]
    [InlineData("손흥민", "Son Heung-min")]
    [InlineData("김영삼", "Kim Young-sam")]
    [InlineData("박정희", "Park Chung-hee")]
    [InlineData("최룡해", "Choe Ryong-hae")]
    [InlineData("남궁민", "Namkoong Min")]
    [InlineData("선우용녀", "Sunwoo Yong-nyeo")]
    public void EnumerateSpellings_WellKnownNames_IncludeTheirPublicSpelling(string hangul, string spelling) =>
        Assert.Contains(spelling, Texts(hangul, EntryKind.Person));

    [Theory]
    [InlineData("이재명")]
    [InlineData("윤석열")]
    [InlineData("김정은")]
    [InlineData("조선민주주의")]
    [InlineData("제갈성렬")]
    [InlineData("김정성명영현준수덕성승흥재희건근혜대중무우두기철")]
    public void EnumerateSpellings_AnyName_IsCappedAndHasNoDuplicates(string hangul)
    {
        var texts = Texts(hangul, EntryKind.Person);
        Assert.InRange(texts.Count, 1, KoreanSpellings.MaxSpellings);
        Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EnumerateSpellings_SurnameAlone_GivesSurnameSpellings() =>
        Assert.Equal(["Namkoong", "Namgoong", "Namgung"], Texts("남궁", EntryKind.Person));

    [Fact]
    public void EnumerateSpellings_SyllableNotInTable_UsesRespellingRules()
    {
        // 범 was the example until issue #16 listed it (beom, bum, bom); 법 is written by the same rules.
        var spellings = KoreanSpellings.SyllableSpellings((KoreanRomanizer)Romanizers.Korean, '법');
        Assert.Equal(["beop", "pop", "bup", "bop", "peop"], spellings);
        Assert.Equal(["beom", "bum", "bom"], KoreanSpellings.SyllableSpellings((KoreanRomanizer)Romanizers.Korean, '범'));
        Assert.Equal(["min"], KoreanSpellings.SyllableSpellings((KoreanRomanizer)Romanizers.Korean, '민'));
        Assert.Equal(["ri", "ree"], KoreanSpellings.SyllableSpellings((KoreanRomanizer)Romanizers.Korean, '리'));
    }

    [Fact]
    public void EnumerateSpellings_Place_GivesSystemsWithAndWithoutUnit()
    {
        var spellings = Spell("의정부시", EntryKind.Place);
        Assert.Equal(
            ["Uijeongbu-si", "Uijeongbu", "Ŭijŏngbu-si", "Ŭijŏngbu", "Uijongbu-si", "Uijongbu"],
            spellings.Select(s => s.Text).Take(6));
        Assert.Equal(RomanizationSystem.McCuneReischauer, spellings[2].System);
    }

    [Fact]
    public void EnumerateSpellings_Word_GivesRrAndMrForms() =>
        Assert.Equal(["hangugeo", "han'gugŏ", "hangugo"], Texts("한국어", EntryKind.Term).Take(3));

    [Fact]
    public void Romanize_UnknownSystem_Throws() =>
        Assert.Throws<ArgumentException>(() => Romanizers.Korean.Romanize("한국", RomanizationSystem.Pinyin, EntryKind.Term));

    [Fact]
    public void Systems_AreListedInOrder() =>
        Assert.Equal(
            [RomanizationSystem.RevisedRomanization, RomanizationSystem.RevisedRomanizationTransliteration, RomanizationSystem.McCuneReischauer, RomanizationSystem.McCuneReischauerSimplified, RomanizationSystem.Yale],
            Romanizers.Korean.Systems);
}
