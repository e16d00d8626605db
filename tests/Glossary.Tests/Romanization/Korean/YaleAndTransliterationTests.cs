using Glossary.Romanization.Korean;

namespace Glossary.Tests.Romanization.Korean;

/// <summary>Yale (research notes §2.5) and RR transliteration (notice §3.8), both spelling-based.</summary>
public sealed class YaleAndTransliterationTests
{
    [Theory]
    [InlineData("한글", "hankul")]
    [InlineData("서울", "sewul")]
    [InlineData("판문점", "phanmuncem")]
    [InlineData("독립", "toklip")]
    [InlineData("값", "kaps")]
    [InlineData("의사", "uysa")]
    public void Romanize_Yale_FollowsSpelling(string hangul, string expected) =>
        Assert.Equal(expected, Romanizers.Korean.Romanize(hangul, RomanizationSystem.Yale, EntryKind.Term));

    public static TheoryData<string, string> NoticeTransliterations => new()
    {
        { "집", "jib" },
        { "짚", "jip" },
        { "밖", "bakk" },
        { "값", "gabs" },
        { "붓꽃", "buskkoch" },
        { "먹는", "meogneun" },
        { "독립", "doglib" },
        { "문리", "munli" },
        { "물엿", "mul-yeos" },
        { "굳이", "gud-i" },
        { "좋다", "johda" },
        { "가곡", "gagog" },
        { "조랑말", "jolangmal" },
        { "없었습니다", "eobs-eoss-seubnida" },
    };

    [Theory]
    [MemberData(nameof(NoticeTransliterations))]
    public void Romanize_Transliteration_MatchesNoticeSection8(string hangul, string expected) =>
        Assert.Equal(expected, Romanizers.Korean.Romanize(hangul, RomanizationSystem.RevisedRomanizationTransliteration, EntryKind.Term));

    [Theory]
    [MemberData(nameof(NoticeTransliterations))]
    public void Reverse_NoticeTransliteration_GivesBackTheHangul(string hangul, string transliteration) =>
        Assert.Equal(hangul, RrTransliteration.Reverse(transliteration));

    [Theory]
    [InlineData("아에", "a-e")]
    [InlineData("세오", "se-o")]
    [InlineData("갘카", "gak-ka")]
    [InlineData("아이", "ai")]
    public void Romanize_Transliteration_HyphenatesOnlyWhereReadingIsAmbiguous(string hangul, string expected) =>
        Assert.Equal(expected, Romanizers.Korean.Romanize(hangul, RomanizationSystem.RevisedRomanizationTransliteration, EntryKind.Term));

    [Fact]
    public void Reverse_RandomSyllableStrings_RoundTrip()
    {
        var random = new Random(20000707);
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(1, 7)];
            for (var i = 0; i < chars.Length; i++)
                chars[i] = (char)(0xAC00 + random.Next(11172));
            var hangul = new string(chars);
            var latin = Romanizers.Korean.Romanize(hangul, RomanizationSystem.RevisedRomanizationTransliteration, EntryKind.Term);
            Assert.Equal(hangul, RrTransliteration.Reverse(latin));
        }
    }

    [Fact]
    public void Reverse_EverySyllablePair_RoundTrips()
    {
        // Every (final, initial) and (vowel, vowel) boundary: a representative pair per combination.
        for (var f = 0; f < 28; f++)
        {
            for (var v1 = 0; v1 < 21; v1++)
            {
                for (var l = 0; l < 19; l++)
                {
                    for (var v2 = 0; v2 < 21; v2 += f == 0 && l == 11 ? 1 : 20)
                    {
                        var hangul = new string([(char)(0xAC00 + (((11 * 21) + v1) * 28) + f), (char)(0xAC00 + (((l * 21) + v2) * 28))]);
                        var latin = Romanizers.Korean.Romanize(hangul, RomanizationSystem.RevisedRomanizationTransliteration, EntryKind.Term);
                        Assert.Equal(hangul, RrTransliteration.Reverse(latin));
                    }
                }
            }
        }
    }
}
