
namespace Glossary.Tests.Romanization.Korean;

/// <summary>
/// Revised Romanization, by rule of the notice (NIKL, Romanization of Korean) and of standard pronunciation.
/// Rows are the published examples and the rule-derived rows of the research notes (§1.2–§1.7); place examples
/// are capitalized (kind place), word examples lower case (kind word).
/// </summary>
public sealed class RevisedRomanizationTests
{
    private static string Rr(string hangul, EntryKind kind) =>
        Romanizers.Korean.Romanize(hangul, RomanizationSystem.RevisedRomanization, kind);

    [Theory]
    [InlineData("광희문", "Gwanghuimun")]
    [InlineData("의정부", "Uijeongbu")]
    [InlineData("구미", "Gumi")]
    [InlineData("영동", "Yeongdong")]
    [InlineData("백암", "Baegam")]
    [InlineData("옥천", "Okcheon")]
    [InlineData("합덕", "Hapdeok")]
    [InlineData("호법", "Hobeop")]
    [InlineData("월곶", "Wolgot")]
    [InlineData("한밭", "Hanbat")]
    [InlineData("구리", "Guri")]
    [InlineData("설악", "Seorak")]
    [InlineData("칠곡", "Chilgok")]
    [InlineData("임실", "Imsil")]
    [InlineData("울릉", "Ulleung")]
    [InlineData("대관령", "Daegwallyeong")]
    [InlineData("철원", "Cheorwon")]
    [InlineData("부산", "Busan")]
    [InlineData("세종", "Sejong")]
    [InlineData("발해", "Balhae")]
    [InlineData("울릉도", "Ulleungdo")]
    [InlineData("중앙", "Jungang")]
    [InlineData("반구대", "Bangudae")]
    [InlineData("해운대", "Haeundae")]
    public void Romanize_PlaceLettersAndLinking_MatchNotice(string hangul, string expected) =>
        Assert.Equal(expected, Rr(hangul, EntryKind.Place));

    [Theory]
    [InlineData("희망", "huimang")]
    [InlineData("벚꽃", "beotkkot")]
    [InlineData("한국어", "hangugeo")]
    [InlineData("음악", "eumak")]
    [InlineData("벽", "byeok")]
    [InlineData("벽에", "byeoge")]
    [InlineData("밖", "bak")]
    [InlineData("밖에", "bakke")]
    [InlineData("부엌", "bueok")]
    [InlineData("부엌에", "bueoke")]
    public void Romanize_WordLettersAndLinking_MatchNotice(string hangul, string expected) =>
        Assert.Equal(expected, Rr(hangul, EntryKind.Term));

    [Theory]
    [InlineData("닭", "dak")]
    [InlineData("흙", "heuk")]
    [InlineData("읽다", "ikda")]
    [InlineData("여덟", "yeodeol")]
    [InlineData("넓다", "neolda")]
    [InlineData("삶", "sam")]
    [InlineData("값", "gap")]
    [InlineData("밟다", "bapda")]
    [InlineData("앉다", "anda")]
    [InlineData("읊다", "eupda")]
    [InlineData("닭이", "dalgi")]
    [InlineData("없어", "eopseo")]
    [InlineData("겉옷", "geodot")]
    [InlineData("읽고", "ilgo")]
    [InlineData("맑게", "malge")]
    [InlineData("닭고기", "dakgogi")]
    [InlineData("맛없다", "madeopda")]
    [InlineData("맛있다", "masitda")]
    public void Romanize_FinalNeutralization_DoubleFinalsKeepOneConsonant(string hangul, string expected) =>
        Assert.Equal(expected, Rr(hangul, EntryKind.Term));

    [Theory]
    [InlineData("백마", "Baengma")]
    [InlineData("종로", "Jongno")]
    [InlineData("왕십리", "Wangsimni")]
    [InlineData("별내", "Byeollae")]
    [InlineData("신라", "Silla")]
    [InlineData("신문로", "Sinmunno")]
    [InlineData("강릉", "Gangneung")]
    [InlineData("청량리", "Cheongnyangni")]
    [InlineData("숭례문", "Sungnyemun")]
    [InlineData("백령도", "Baengnyeongdo")]
    [InlineData("선릉", "Seolleung")]
    [InlineData("전라북도", "Jeollabuk-do")]
    [InlineData("한라산", "Hallasan")]
    public void Romanize_PlaceAssimilation_MatchNotice(string hangul, string expected) =>
        Assert.Equal(expected, Rr(hangul, EntryKind.Place));

    [Theory]
    [InlineData("국민", "gungmin")]
    [InlineData("독립", "dongnip")]
    [InlineData("협력", "hyeomnyeok")]
    [InlineData("심리", "simni")]
    [InlineData("대통령", "daetongnyeong")]
    [InlineData("설날", "seollal")]
    [InlineData("난로", "nallo")]
    [InlineData("생산량", "saengsannyang")]
    [InlineData("의견란", "uigyeonnan")]
    public void Romanize_WordAssimilation_NasalizationAndLiquidization(string hangul, string expected) =>
        Assert.Equal(expected, Rr(hangul, EntryKind.Term));

    [Theory]
    [InlineData("학여울", "Hangnyeoul", EntryKind.Place)]
    [InlineData("알약", "allyak", EntryKind.Term)]
    [InlineData("솜이불", "somnibul", EntryKind.Term)]
    [InlineData("색연필", "saengnyeonpil", EntryKind.Term)]
    [InlineData("물약", "mullyak", EntryKind.Term)]
    [InlineData("안양", "Anyang", EntryKind.Place)]
    [InlineData("통영", "Tongyeong", EntryKind.Place)]
    [InlineData("일요일", "iryoil", EntryKind.Term)]
    public void Romanize_NInsertion_OnlyWhereTheLexiconHasIt(string hangul, string expected, EntryKind kind) =>
        Assert.Equal(expected, Rr(hangul, kind));

    [Theory]
    [InlineData("해돋이", "haedoji")]
    [InlineData("같이", "gachi")]
    [InlineData("굳히다", "guchida")]
    [InlineData("맞히다", "machida")]
    [InlineData("맏이", "maji")]
    [InlineData("굳이", "guji")]
    [InlineData("붙이다", "buchida")]
    [InlineData("닫히다", "dachida")]
    [InlineData("꽃이", "kkochi")]
    public void Romanize_Palatalization_TAndDBeforeIBecomeJAndCh(string hangul, string expected) =>
        Assert.Equal(expected, Rr(hangul, EntryKind.Term));

    [Theory]
    [InlineData("좋고", "joko")]
    [InlineData("놓다", "nota")]
    [InlineData("잡혀", "japyeo")]
    [InlineData("낳지", "nachi")]
    [InlineData("좋다", "jota")]
    [InlineData("많다", "manta")]
    [InlineData("않다", "anta")]
    [InlineData("싫다", "silta")]
    [InlineData("넣다", "neota")]
    [InlineData("놓고", "noko")]
    [InlineData("생각하다", "saenggakada")]
    [InlineData("깨끗해", "kkaekkeutae")]
    [InlineData("솔직히", "soljiki")]
    public void Romanize_AspirationWithH_MergesIntoAspirate(string hangul, string expected) =>
        Assert.Equal(expected, Rr(hangul, EntryKind.Term));

    [Theory]
    [InlineData("묵호", "Mukho", EntryKind.Place)]
    [InlineData("집현전", "Jiphyeonjeon", EntryKind.Place)]
    [InlineData("오죽헌", "Ojukheon", EntryKind.Place)]
    [InlineData("입학", "iphak", EntryKind.Term)]
    [InlineData("축하", "chukha", EntryKind.Term)]
    [InlineData("백화점", "baekhwajeom", EntryKind.Term)]
    [InlineData("급행", "geuphaeng", EntryKind.Term)]
    [InlineData("국화", "gukhwa", EntryKind.Term)]
    [InlineData("독해", "dokhae", EntryKind.Term)]
    [InlineData("역할", "yeokhal", EntryKind.Term)]
    public void Romanize_NounWithH_KeepsH(string hangul, string expected, EntryKind kind) =>
        Assert.Equal(expected, Rr(hangul, kind));

    [Theory]
    [InlineData("좋아", "joa")]
    [InlineData("않은", "aneun")]
    [InlineData("놓는", "nonneun")]
    [InlineData("닿소", "daso")]
    public void Romanize_OtherH_SilentBetweenVowelsNasalBeforeN(string hangul, string expected) =>
        Assert.Equal(expected, Rr(hangul, EntryKind.Term));

    [Theory]
    [InlineData("압구정", "Apgujeong", EntryKind.Place)]
    [InlineData("낙동강", "Nakdonggang", EntryKind.Place)]
    [InlineData("죽변", "Jukbyeon", EntryKind.Place)]
    [InlineData("낙성대", "Nakseongdae", EntryKind.Place)]
    [InlineData("합정", "Hapjeong", EntryKind.Place)]
    [InlineData("팔당", "Paldang", EntryKind.Place)]
    [InlineData("울산", "Ulsan", EntryKind.Place)]
    [InlineData("샛별", "saetbyeol", EntryKind.Term)]
    [InlineData("김밥", "gimbap", EntryKind.Term)]
    [InlineData("물고기", "mulgogi", EntryKind.Term)]
    [InlineData("학교", "hakgyo", EntryKind.Term)]
    [InlineData("발전", "baljeon", EntryKind.Term)]
    public void Romanize_Tensification_IsNeverWritten(string hangul, string expected, EntryKind kind) =>
        Assert.Equal(expected, Rr(hangul, kind));

    [Theory]
    [InlineData("남산", "Namsan")]
    [InlineData("속리산", "Songnisan")]
    [InlineData("금강", "Geumgang")]
    [InlineData("독도", "Dokdo")]
    [InlineData("경복궁", "Gyeongbokgung")]
    [InlineData("무량수전", "Muryangsujeon")]
    [InlineData("연화교", "Yeonhwagyo")]
    [InlineData("극락전", "Geungnakjeon")]
    [InlineData("안압지", "Anapji")]
    [InlineData("남한산성", "Namhansanseong")]
    [InlineData("화랑대", "Hwarangdae")]
    [InlineData("불국사", "Bulguksa")]
    [InlineData("현충사", "Hyeonchungsa")]
    [InlineData("독립문", "Dongnimmun")]
    [InlineData("촉석루", "Chokseongnu")]
    [InlineData("종묘", "Jongmyo")]
    [InlineData("다보탑", "Dabotap")]
    public void Romanize_FeaturesAndHeritage_AreJoined(string hangul, string expected) =>
        Assert.Equal(expected, Rr(hangul, EntryKind.Place));

    [Theory]
    [InlineData("충청북도", "Chungcheongbuk-do")]
    [InlineData("경상북도", "Gyeongsangbuk-do")]
    [InlineData("제주도", "Jeju-do")]
    [InlineData("경기도", "Gyeonggi-do")]
    [InlineData("의정부시", "Uijeongbu-si")]
    [InlineData("양주군", "Yangju-gun")]
    [InlineData("도봉구", "Dobong-gu")]
    [InlineData("신창읍", "Sinchang-eup")]
    [InlineData("삼죽면", "Samjuk-myeon")]
    [InlineData("인왕리", "Inwang-ri")]
    [InlineData("당산동", "Dangsan-dong")]
    [InlineData("봉천1동", "Bongcheon 1(il)-dong")]
    [InlineData("종로 2가", "Jongno 2(i)-ga")]
    [InlineData("퇴계로 3가", "Toegyero 3(sam)-ga")]
    [InlineData("을지로12가", "Euljiro 12(sibi)-ga")]
    [InlineData("중구", "Jung-gu")]
    [InlineData("세종대로", "Sejong-daero")]
    [InlineData("흥천사길", "Heungcheonsa-gil")]
    [InlineData("대구", "Daegu")]
    [InlineData("서울특별시", "Seoul-teukbyeolsi")]
    [InlineData("부산광역시", "Busan-gwangyeoksi")]
    [InlineData("풍계리", "Punggye-ri")]
    [InlineData("홍대입구", "Hongdaeipgu")]
    [InlineData("가로수길", "Garosu-gil")]
    public void Romanize_AdministrativeUnits_HyphenatedWithoutSoundChange(string hangul, string expected) =>
        Assert.Equal(expected, Rr(hangul, EntryKind.Place));

    [Theory]
    [InlineData("민용하", "Min Yongha")]
    [InlineData("송나리", "Song Nari")]
    [InlineData("한복남", "Han Boknam")]
    [InlineData("홍빛나", "Hong Bitna")]
    [InlineData("윤석열", "Yun Seokyeol")]
    [InlineData("이재명", "I Jaemyeong")]
    [InlineData("김정은", "Gim Jeongeun")]
    [InlineData("박지성", "Bak Jiseong")]
    [InlineData("남궁민수", "Namgung Minsu")]
    [InlineData("황보 관", "Hwangbo Gwan")]
    [InlineData("제갈성렬", "Jegal Seongryeol")]
    [InlineData("이", "I")]
    [InlineData("남궁", "Namgung")]
    [InlineData("Dr. 김구", "Dr. Gim Gu")]
    [InlineData("(이순신)", "(I Sunsin)")]
    [InlineData("김 A 구", "Gim A Gu")]
    public void Romanize_Names_SurnameSpaceGivenWithoutSoundChange(string hangul, string expected) =>
        Assert.Equal(expected, Rr(hangul, EntryKind.Person));

    [Theory]
    [InlineData("서울 Tower", "seoul Tower")]
    [InlineData("“한강”", "“hangang”")]
    [InlineData("abc", "abc")]
    [InlineData("", "")]
    [InlineData("ㄱ", "g")]
    [InlineData("ㅏ", "a")]
    public void Romanize_NonHangul_PassesThrough(string text, string expected) =>
        Assert.Equal(expected, Rr(text, EntryKind.Term));

    [Fact]
    public void Romanize_ConjoiningJamo_AreComposedFirst() =>
        Assert.Equal("hangeul", Rr("\u1112\u1161\u11AB\u1100\u1173\u11AF", EntryKind.Term));
}
