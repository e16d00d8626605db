using System.Text;
using Glossary.Romanization;

namespace Glossary.Tests.Romanization.Korean;

/// <summary>Properties over all 11,172 Hangul syllables.</summary>
public sealed class AllSyllablesTests
{
    public static TheoryData<RomanizationSystem, RomanizationKind> SystemsAndKinds()
    {
        var data = new TheoryData<RomanizationSystem, RomanizationKind>();
        foreach (var system in Romanizers.Korean.Systems)
        {
            foreach (var kind in Enum.GetValues<RomanizationKind>())
                data.Add(system, kind);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SystemsAndKinds))]
    public void Romanize_EverySyllableAloneAndInPairs_GivesOnlyLatinLetters(RomanizationSystem system, RomanizationKind kind)
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
