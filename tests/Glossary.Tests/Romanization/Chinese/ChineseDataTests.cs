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

    // The standard syllables of Hanyu Pinyin (the 现代汉语词典 inventory, interjections included) that are short or whole-
    // syllable forms in Wade–Giles: each must map, so that no syllable is written as its pinyin by fall-through.
    // regression: issue #14 point 1f (ê, hng and tei had no row).
    [Theory]
    [InlineData("e", "o")]
    [InlineData("ê", "ê")]
    [InlineData("o", "o")]
    [InlineData("er", "erh")]
    [InlineData("si", "ssu")]
    [InlineData("zi", "tzu")]
    [InlineData("ci", "tz'u")]
    [InlineData("zhi", "chih")]
    [InlineData("ri", "jih")]
    [InlineData("yi", "i")]
    [InlineData("m", "m")]
    [InlineData("n", "n")]
    [InlineData("ng", "ng")]
    [InlineData("hm", "hm")]
    [InlineData("hng", "hng")]
    [InlineData("yo", "yo")]
    [InlineData("lo", "lo")]
    [InlineData("tei", "t'ei")]
    public void WadeGilesTable_HasTheShortAndWholeSyllableForms(string pinyin, string wadeGiles)
    {
        Assert.True(ChineseData.WadeGiles.Map.TryGetValue(pinyin, out var found), $"no row for {pinyin}");
        Assert.Equal(wadeGiles, found);
    }

    /// <summary>Every row of the table agrees with the correspondence rules (shared/reference §3.1), written here naively.</summary>
    [Fact]
    public void WadeGilesTable_EveryRow_FollowsTheRules()
    {
        var disagree = ChineseData.WadeGiles.Map.Where(r => r.Key is not ("r" or "wong") && NaiveWadeGiles(r.Key) != r.Value).Select(r => $"{r.Key}: {r.Value}, rules give {NaiveWadeGiles(r.Key)}").ToList();
        Assert.Empty(disagree);
    }

    private static string NaiveWadeGiles(string pinyin)
    {
        var whole = new Dictionary<string, string>
        {
            ["zhi"] = "chih",
            ["chi"] = "ch'ih",
            ["shi"] = "shih",
            ["ri"] = "jih",
            ["zi"] = "tzu",
            ["ci"] = "tz'u",
            ["si"] = "ssu",
            ["e"] = "o",
            ["er"] = "erh",
            ["yi"] = "i",
            ["you"] = "yu",
            ["ye"] = "yeh",
            ["yan"] = "yen",
            ["yong"] = "yung",
            ["yu"] = "yü",
            ["yue"] = "yüeh",
            ["yuan"] = "yüan",
            ["yun"] = "yün",
            ["ge"] = "ko",
            ["ke"] = "k'o",
            ["he"] = "ho",
        };
        if (whole.TryGetValue(pinyin, out var w))
            return w;
        (string Pinyin, string WadeGiles)[] initials =
            [("zh", "ch"), ("ch", "ch'"), ("sh", "sh"), ("b", "p"), ("p", "p'"), ("d", "t"), ("t", "t'"), ("g", "k"), ("k", "k'"), ("j", "ch"), ("q", "ch'"), ("x", "hs"), ("r", "j"), ("z", "ts"), ("c", "ts'"), ("s", "s"), ("h", "h"), ("m", "m"), ("f", "f"), ("n", "n"), ("l", "l"), ("y", "y"), ("w", "w")];
        var (initial, written) = initials.FirstOrDefault(i => pinyin.Length > i.Pinyin.Length && pinyin.StartsWith(i.Pinyin, StringComparison.Ordinal));
        initial ??= string.Empty;
        written ??= string.Empty;
        var final = pinyin[initial.Length..];
        if (initial is "j" or "q" or "x" && final.StartsWith('u'))
            final = "ü" + final[1..];
        final = final switch
        {
            "ie" => "ieh",
            "üe" => "üeh",
            "ian" => "ien",
            "ong" => "ung",
            "iong" => "iung",
            "uo" when initial is not ("g" or "k" or "h" or "sh") => "o",
            "ui" when initial is "g" or "k" => "uei",
            _ => final,
        };
        return written + final;
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
