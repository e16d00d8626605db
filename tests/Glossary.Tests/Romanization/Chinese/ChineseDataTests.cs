using Glossary.Romanization.Chinese;

namespace Glossary.Tests.Romanization.Chinese;

/// <summary>The embedded data files are well formed and agree with each other.</summary>
public sealed class ChineseDataTests
{
    private static readonly string[] SortedFiles = ["han-latin-names.txt", "hant-hans.txt", "words-pinyin-pro.txt", "char-readings-pinyin-pro.txt"];
    private static readonly string[] CuratedFiles = ["surnames.txt", "given-names.txt", "places.txt", "words.txt"];

    public static TheoryData<string> AllLexicons => new(SortedFiles.Concat(CuratedFiles).Append("function-words.txt"));

    [Fact]
    public void WadeGilesTable_CoversEverySyllable()
    {
        var missing = AllSyllables().Select(Syllables.Letters).Where(s => s != "r" && !ChineseData.WadeGiles.Map.ContainsKey(s)).Distinct().ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void WadeGilesTable_HasAboutFourHundredSyllables() =>
        Assert.InRange(ChineseData.WadeGiles.Map.Count, 400, 430);

    [Fact]
    public void ReadingTable_CoversTheUnifiedIdeographs()
    {
        Assert.InRange(ChineseData.Readings.Count, 40_000, 45_000);
        Assert.Equal("xi2", ChineseData.Readings.Reading('习'));
        Assert.Equal("xi2", ChineseData.Readings.Reading('習'));
        Assert.Null(ChineseData.Readings.Reading('A'));
    }

    [Theory]
    [InlineData("han-latin-names.txt")]
    [InlineData("hant-hans.txt")]
    [InlineData("words-pinyin-pro.txt")]
    [InlineData("char-readings-pinyin-pro.txt")]
    public void SortedLexicon_IsStrictlySortedByCodePoint(string file) =>
        Assert.True(Lexicon.Sorted(ChineseData.Bytes(file)).IsStrictlySorted(), file);

    [Theory]
    [InlineData("surnames.txt")]
    [InlineData("given-names.txt")]
    [InlineData("places.txt")]
    [InlineData("words.txt")]
    [InlineData("function-words.txt")]
    public void CuratedLexicon_HasNoDuplicates(string file) =>
        Assert.True(Lexicon.Indexed(ChineseData.Bytes(file)).IsStrictlySorted(), file);

    [Theory]
    [MemberData(nameof(AllLexicons))]
    public void Lexicon_EntriesAreValid(string file)
    {
        var lexicon = SortedFiles.Contains(file) ? Lexicon.Sorted(ChineseData.Bytes(file)) : Lexicon.Indexed(ChineseData.Bytes(file));
        var known = AllSyllables().ToHashSet(StringComparer.Ordinal);
        foreach (var (word, entry) in lexicon.Entries())
        {
            Assert.True(word.Length <= ChineseReader.MaxWordLength, $"{file}: {word} is longer than {ChineseReader.MaxWordLength}");
            Assert.True(word.EnumerateRunes().All(r => ChineseData.Readings.Reading(r.Value) is not null), $"{file}: {word} has a character without reading");
            if (file == "hant-hans.txt" || entry.Syllables.Length == 0)
                continue;
            var syllables = entry.Syllables.Where(s => s != "/").ToList();
            Assert.True(syllables.Count == word.EnumerateRunes().Count(), $"{file}: {word} has {syllables.Count} syllables");
            foreach (var syllable in syllables)
            {
                var letters = Syllables.Letters(syllable);
                Assert.True(
                    letters == "r" || (ChineseData.WadeGiles.Map.ContainsKey(letters) && Syllables.Tone(syllable) is >= 1 and <= 5),
                    $"{file}: {word} has an unknown syllable {syllable}");
                if (file != "words-pinyin-pro.txt" && file != "words.txt")
                    Assert.True(Syllables.Tone(syllable) != 5 || known.Contains(syllable), $"{file}: {word} has a neutral tone");
            }
        }
    }

    [Theory]
    [InlineData("xi2", "xí")]
    [InlineData("lü3", "lǚ")]
    [InlineData("lüe4", "lüè")]
    [InlineData("gui4", "guì")]
    [InlineData("liu2", "liú")]
    [InlineData("zhuang1", "zhuāng")]
    [InlineData("er2", "ér")]
    [InlineData("xie5", "xie")]
    [InlineData("m2", "ḿ")]
    public void ToToneMarks_PutsTheMarkOnTheMainVowel(string syllable, string expected) =>
        Assert.Equal(expected, Syllables.ToToneMarks(syllable));

    [Theory]
    [InlineData("xí", "xi2")]
    [InlineData("lǚ", "lü3")]
    [InlineData("de", "de5")]
    [InlineData("习", null)]
    public void FromToneMarks_ReadsToneDigits(string marked, string? expected) =>
        Assert.Equal(expected, Syllables.FromToneMarks(marked));

    private static IEnumerable<string> AllSyllables()
    {
        for (var cp = 0x3400; cp < 0x40000; cp++)
        {
            if (ChineseData.Readings.Reading(cp) is { } reading)
                yield return reading;
        }
    }
}
