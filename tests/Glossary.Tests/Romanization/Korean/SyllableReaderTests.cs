using Glossary.Romanization.Korean;

namespace Glossary.Tests.Romanization.Korean;

/// <summary>The syllable reader reads given-syllables.tsv the other way (issue #13 point 1; issue #16 grows it).</summary>
public sealed class SyllableReaderTests
{
    [Theory]
    [InlineData("young", "영용")]
    [InlineData("Yong", "용룡영")]
    [InlineData("jung", "정중")]
    [InlineData("yeo", "여")]
    [InlineData("myung", "명")]
    [InlineData("xyz", "")]
    public void Readings_MostUsualFirst(string spelling, string expected) =>
        Assert.Equal(expected, new string([.. SyllableReader.Instance.Readings(spelling)]));

    [Fact]
    public void EveryListedSpelling_ReadsBackToItsSyllable()
    {
        var data = KoreanData.Instance;
        Assert.NotEmpty(data.GivenSyllableOrder);
        foreach (var syllable in data.GivenSyllableOrder)
        {
            foreach (var spelling in data.GivenSyllables[syllable])
                Assert.Contains(syllable, SyllableReader.Instance.Readings(spelling));
        }
    }
}
