using System.Text;

namespace Glossary.Tests.Romanization.Korean;

/// <summary>Properties over all 11,172 Hangul syllables.</summary>
public sealed class AllSyllablesTests
{
    public static TheoryData<RomanizationSystem, EntryKind> SystemsAndKinds()
    {
        var data = new TheoryData<RomanizationSystem, EntryKind>();
        foreach (var system in Romanizers.Korean.Systems)
        {
            foreach (var kind in new[] { EntryKind.Person, EntryKind.Place, EntryKind.Term })
                data.Add(system, kind);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SystemsAndKinds))]
    public void Romanize_EverySyllableAloneAndInPairs_GivesOnlyLatinLetters(RomanizationSystem system, EntryKind kind)
    {
        var mr = system == RomanizationSystem.McCuneReischauer;
        var pair = new StringBuilder();
        for (var c = 0xAC00; c <= 0xD7A3; c++)
        {
            var alone = Romanizers.Korean.Romanize(((char)c).ToString(), system, kind);
            Assert.True(alone.Length > 0, $"U+{c:X4} gave nothing");
            AssertLatin(alone, mr, c);

            // Each syllable before a fixed sample of followers exercises every boundary rule.
            pair.Clear().Append((char)c).Append((char)(0xAC00 + ((c * 7919) % 11172)));
            AssertLatin(Romanizers.Korean.Romanize(pair.ToString(), system, kind), mr, c);
        }
    }

    // A naive reference: the RR letter tables with final neutralization, syllable by syllable (notice §2, §3.4).
    private static readonly string[] NaiveInitials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
    private static readonly string[] NaiveVowels = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];
    private static readonly string[] NaiveFinals =
        ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    private static string Naive(char syllable)
    {
        var index = syllable - 0xAC00;
        var final = syllable == '밟' ? "p" : NaiveFinals[index % 28];
        return NaiveInitials[index / 588] + NaiveVowels[index % 588 / 28] + final;
    }

    [Fact]
    public void Romanize_EverySyllable_MatchesNaiveTableAloneAndAsGivenName()
    {
        for (var c = 0xAC00; c <= 0xD7A3; c++)
        {
            var syllable = (char)c;
            var naive = Naive(syllable);
            Assert.Equal(naive, Romanizers.Korean.Romanize(syllable.ToString(), RomanizationSystem.RevisedRomanization, EntryKind.Term));
            var given = char.ToUpperInvariant(naive[0]) + naive[1..];
            Assert.Equal("Gim " + given, Romanizers.Korean.Romanize("김" + syllable, RomanizationSystem.RevisedRomanization, EntryKind.Person));
        }
    }

    [Fact]
    public void Romanize_GivenNames_AreTheNaiveTableSyllableBySyllable()
    {
        var random = new Random(2000);
        for (var n = 0; n < 5_000; n++)
        {
            var given = new string([(char)(0xAC00 + random.Next(11172)), (char)(0xAC00 + random.Next(11172))]);
            var naive = Naive(given[0]) + Naive(given[1]);
            var expected = "Bak " + char.ToUpperInvariant(naive[0]) + naive[1..];
            Assert.Equal(expected, Romanizers.Korean.Romanize("박" + given, RomanizationSystem.RevisedRomanization, EntryKind.Person));
        }
    }

    private static void AssertLatin(string text, bool mr, int c)
    {
        foreach (var ch in text)
        {
            var ok = ch is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '-' or ' ' or '\''
                || (mr && ch is 'ŏ' or 'ŭ' or 'Ŏ' or 'Ŭ');
            Assert.True(ok, $"U+{c:X4} gave '{text}'");
        }
    }
}
