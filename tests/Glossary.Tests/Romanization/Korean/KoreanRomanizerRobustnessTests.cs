
namespace Glossary.Tests.Romanization.Korean;

/// <summary>Long inputs and concurrent callers.</summary>
public sealed class KoreanRomanizerRobustnessTests
{
    // regression: issue #12 point 9 (the test asserted only that the results were not null)
    [Fact]
    public void Romanize_RunLongerThanStackBuffers_RomanizesEverySyllable()
    {
        var random = new Random(7);
        var chars = new char[1000];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = (char)(0xAC00 + random.Next(11172));
        var text = new string(chars);
        foreach (var system in Romanizers.Korean.Systems)
        {
            foreach (var kind in new[] { EntryKind.Term, EntryKind.Person, EntryKind.Place })
            {
                var romanized = Romanizers.Korean.Romanize(text, system, kind);

                // Every syllable gives at least its vowel; a truncated buffer would lose some or leave Hangul behind.
                Assert.DoesNotContain(romanized, c => c is >= '\uAC00' and <= '\uD7A3');
                Assert.True(romanized.Count(char.IsAsciiLetter) >= chars.Length, $"{system} {kind}: {romanized.Length} characters for {chars.Length} syllables");
            }
        }
    }

    [Fact]
    public void Romanize_FromManyThreads_GivesTheSameAsOneThread()
    {
        string[] inputs = ["독립문", "이재명", "충청북도", "같이", "학여울", "없었습니다", "신문로", "한라산"];
        var expected = inputs.SelectMany(t => Romanizers.Korean.Systems.Select(s => Romanizers.Korean.Romanize(t, s, EntryKind.Place))).ToArray();
        Parallel.For(0, 200, _ =>
        {
            var actual = inputs.SelectMany(t => Romanizers.Korean.Systems.Select(s => Romanizers.Korean.Romanize(t, s, EntryKind.Place))).ToArray();
            Assert.Equal(expected, actual);
        });
    }

    [Theory]
    [InlineData("ㅋㅋ", "kk")]
    [InlineData("ㄳ", "gs")]
    [InlineData("ㆍ", "ㆍ")]
    public void Romanize_CompatibilityJamo_AreWrittenAsLetters(string text, string expected) =>
        Assert.Equal(expected, Romanizers.Korean.Romanize(text, RomanizationSystem.RevisedRomanization, EntryKind.Term));
}
