
namespace Glossary.Tests.Romanization.Korean;

/// <summary>McCune–Reischauer and ALA-LC, from the examples in the research notes §2 (Wikipedia MR; LC tables).</summary>
public sealed class McCuneReischauerTests
{
    private static string Mr(string hangul, EntryKind kind) =>
        Romanizers.Korean.Romanize(hangul, RomanizationSystem.McCuneReischauer, kind);

    private static string MrSimple(string hangul, EntryKind kind) =>
        Romanizers.Korean.Romanize(hangul, RomanizationSystem.McCuneReischauerSimplified, kind);

    [Theory]
    [InlineData("가구", "kagu")]
    [InlineData("등대", "tŭngdae")]
    [InlineData("반복", "panbok")]
    [InlineData("주장", "chujang")]
    [InlineData("물건", "mulgŏn")]
    [InlineData("합계", "hapkye")]
    [InlineData("조국", "choguk")]
    [InlineData("발전", "palchŏn")]
    [InlineData("국어", "kugŏ")]
    [InlineData("철학", "ch'ŏrhak")]
    [InlineData("실학", "sirhak")]
    [InlineData("김밥", "kimpap")]
    [InlineData("비빔밥", "pibimpap")]
    [InlineData("물고기", "mulkogi")]
    [InlineData("한자", "hancha")]
    public void Romanize_Voicing_DependsOnPosition(string hangul, string expected) =>
        Assert.Equal(expected, Mr(hangul, EntryKind.Term));

    // Issue #14 point 1d: the tensing that standard pronunciation derives by rule, as MR shows it (voiceless, never
    // doubled): after a stop (§23: 국밥 [국빱] kukpap; a tensed ㅅ stays s, 학생 haksaeng) and ㄷ/ㅈ after ㄹ in Sino-Korean
    // words (§26: 갈등 [갈뜽] kaltŭng, 물질 [물찔] mulchil). Compound (sai-siot) tensing is lexical (§28: sound-lexicon
    // "tense" rows). RR writes none of it (RevisedRomanizationTests: 김밥 gimbap, 낙동강 Nakdonggang).
    [Theory]
    [InlineData("국밥", "kukpap")]
    [InlineData("학생", "haksaeng")]
    [InlineData("갈등", "kaltŭng")]
    [InlineData("물질", "mulchil")]
    [InlineData("절도", "chŏlto")]
    [InlineData("발달", "paltal")]
    [InlineData("열정", "yŏlchŏng")]
    public void Issue14_RuleTensing_WrittenVoiceless(string hangul, string expected) =>
        Assert.Equal(expected, Mr(hangul, EntryKind.Term));

    [Theory]
    [InlineData("천사", "ch'ŏnsa")]
    [InlineData("전사", "chŏnsa")]
    [InlineData("토끼", "t'okki")]
    [InlineData("도끼", "tokki")]
    [InlineData("투표", "t'up'yo")]
    [InlineData("잔금", "chan'gŭm")]
    [InlineData("장음", "changŭm")]
    [InlineData("선군", "sŏn'gun")]
    [InlineData("성운", "sŏngun")]
    [InlineData("전기", "chŏn'gi")]
    [InlineData("한국", "han'guk")]
    public void Romanize_Apostrophes_MarkAspiratesAndNG(string hangul, string expected) =>
        Assert.Equal(expected, Mr(hangul, EntryKind.Term));

    [Theory]
    [InlineData("독립", "tongnip", EntryKind.Term)]
    [InlineData("국민", "kungmin", EntryKind.Term)]
    [InlineData("종로", "Chongno", EntryKind.Place)]
    [InlineData("신라", "Silla", EntryKind.Place)]
    [InlineData("한라산", "Hallasan", EntryKind.Place)]
    [InlineData("압록강", "Amnokkang", EntryKind.Place)]
    [InlineData("낙동강", "Naktonggang", EntryKind.Place)]
    [InlineData("두만강", "Tuman'gang", EntryKind.Place)]
    [InlineData("평양", "P'yŏngyang", EntryKind.Place)]
    [InlineData("판문점", "P'anmunjŏm", EntryKind.Place)]
    [InlineData("부산", "Pusan", EntryKind.Place)]
    [InlineData("경주", "Kyŏngju", EntryKind.Place)]
    [InlineData("개성", "Kaesŏng", EntryKind.Place)]
    [InlineData("제주", "Cheju", EntryKind.Place)]
    [InlineData("대구", "Taegu", EntryKind.Place)]
    [InlineData("한국", "Han'guk", EntryKind.Place)]
    [InlineData("서울", "Sŏul", EntryKind.Place)]
    [InlineData("화서문", "Hwasŏmun", EntryKind.Place)]
    [InlineData("잠실", "Chamsil", EntryKind.Place)]
    [InlineData("발해", "Parhae", EntryKind.Place)]
    [InlineData("고려", "Koryŏ", EntryKind.Place)]
    [InlineData("조선", "Chosŏn", EntryKind.Place)]
    [InlineData("백제", "Paekche", EntryKind.Place)]
    [InlineData("신의주", "Sinŭiju", EntryKind.Place)]
    public void Romanize_SoundChangesAndPlaces_AsMrWritesThem(string hangul, string expected, EntryKind kind) =>
        Assert.Equal(expected, Mr(hangul, kind));

    [Theory]
    [InlineData("강원도", "Kangwŏn-do")]
    [InlineData("경상북도", "Kyŏngsang-bukto")]
    [InlineData("완도군", "Wando-gun")]
    [InlineData("평택군", "P'yŏngt'aek-kun")]
    [InlineData("제주도", "Cheju-do")]
    public void Romanize_Jurisdictions_HyphenatedWithSoundChanges(string hangul, string expected) =>
        Assert.Equal(expected, Mr(hangul, EntryKind.Place));

    [Theory]
    [InlineData("이석민", "Yi Sŏng-min")]
    [InlineData("안중근", "An Chung-gŭn")]
    [InlineData("김창룡", "Kim Ch'ang-nyong")]
    [InlineData("김철원", "Kim Ch'ŏr-wŏn")]
    [InlineData("안응렬", "An Ŭng-nyŏl")]
    [InlineData("박목월", "Pak Mog-wŏl")]
    [InlineData("이퇴계", "Yi T'oe-gye")]
    [InlineData("이재명", "Yi Chae-myŏng")]
    [InlineData("이승만", "Yi Sŭng-man")]
    [InlineData("이순신", "Yi Sun-sin")]
    [InlineData("김일성", "Kim Il-sŏng")]
    public void Romanize_Names_AlaLcHyphenatesWithSoundChanges(string hangul, string expected) =>
        Assert.Equal(expected, Mr(hangul, EntryKind.Person));

    [Theory]
    [InlineData("판문점", "Panmunjom", EntryKind.Place)]
    [InlineData("개성", "Kaesong", EntryKind.Place)]
    [InlineData("평양", "Pyongyang", EntryKind.Place)]
    [InlineData("부산", "Pusan", EntryKind.Place)]
    [InlineData("경주", "Kyongju", EntryKind.Place)]
    [InlineData("영변", "Yongbyon", EntryKind.Place)]
    [InlineData("한국", "Hanguk", EntryKind.Place)]
    [InlineData("이재명", "Yi Chae-myong", EntryKind.Person)]
    [InlineData("최룡해", "Choe Ryong-hae", EntryKind.Person)]
    public void Romanize_Simplified_DropsBrevesAndApostrophes(string hangul, string expected, EntryKind kind) =>
        Assert.Equal(expected, MrSimple(hangul, kind));
}
