using System.Text;

namespace Glossary.Reading;

/// <summary>The language a name reads in.</summary>
internal enum NameLanguage
{
    Korean,
    Chinese,
}

/// <summary>
/// One candidate reading of a written name: the native surname and given name (Hangul for Korean, toneless pinyin
/// syllables apart for Chinese), what it costs (lower is likelier) and the systems that write it so.
/// </summary>
internal sealed record NameCandidate(NameLanguage Language, string Surname, string Given, int Cost, string System)
{
    /// <summary>The whole native reading: 이재명; xi jin ping.</summary>
    /// <remarks>Made once: the consistency rule keys every occurrence by it.</remarks>
    public string Native { get; } = Language == NameLanguage.Korean ? Surname + Given : Surname + " " + Given;

    /// <summary>How usual the spelling is for this reading, across readings (lower is more usual): "Lee Jae-myung" 0, "Lee Jae-myong" 5.</summary>
    public int Usual { get; init; }
}

/// <summary>Whether a piece of a given name is one written syllable.</summary>
internal delegate bool SyllableTest(ReadOnlySpan<char> part);

/// <summary>Letters of written names: apostrophes, marks, words and the cuts of a given name.</summary>
internal static class NameText
{
    /// <summary>Apostrophes as the press sets them, all read as <c>'</c>.</summary>
    public static string NormalizeApostrophes(string word) =>
        word.AsSpan().IndexOfAny("’‘ʼ`´") < 0 ? word : word.Replace('’', '\'').Replace('‘', '\'').Replace('ʼ', '\'').Replace('`', '\'').Replace('´', '\'');

    /// <summary>Whether the word has letters beyond a–z (breves, tone marks, ü) or an apostrophe.</summary>
    public static bool HasMarks(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c) && c != '-')
                return true;
        }

        return false;
    }

    /// <summary>
    /// The ways the given-name words cut into written syllables, at most <paramref name="maxSyllables"/>: one word per
    /// syllable when written apart ("Jae Young"), split at hyphens ("Jae-myung", "Chin-p'ing", one syllable a part),
    /// or a joined word cut where every piece <paramref name="isSyllable"/> ("Jaemyung", "Jinping"); the word whole first.
    /// </summary>
    /// <remarks>Every name the consistency rule meets is cut here: pieces are tested as spans, and only cuts that hold are made strings.</remarks>
    public static IReadOnlyList<string[]> GivenParts(IReadOnlyList<string> words, int maxSyllables, SyllableTest isSyllable)
    {
        var count = 0;
        var hyphenated = false;
        foreach (var word in words)
        {
            var inPart = false;
            foreach (var c in word)
            {
                hyphenated |= c == '-';
                if (c != '-' && !inPart)
                    count++;
                inPart = c != '-';
            }
        }

        if (count == 0 || count > maxSyllables)
            return [];
        if (count > 1 || hyphenated)
        {
            var parts = hyphenated ? [.. words.SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries))] : words.ToArray();
            foreach (var part in parts)
            {
                if (!isSyllable(part))
                    return [];
            }

            return [parts];
        }

        // One joined word: an apostrophe marks a syllable break in pinyin (Xi'an) but aspiration in Wade–Giles (P'ing).
        var whole = words[0];
        List<string[]>? cuts = null;
        if (isSyllable(whole))
            (cuts = []).Add([whole]);
        if (maxSyllables < 2)
            return cuts ?? [];
        for (var k = 1; k < whole.Length; k++)
        {
            var first = whole.AsSpan(0, k);
            var second = whole.AsSpan(k).TrimStart('\'');
            if (second.Length > 0 && isSyllable(first) && isSyllable(second))
                (cuts ??= []).Add([first.ToString(), second.ToString()]);
        }

        return cuts ?? [];
    }

    /// <summary>How a reading is written: one system ("mr"), or the surname's and the given name's ("customary surname, mr given name").</summary>
    public static string SystemOf(string surname, IReadOnlyList<string> given)
    {
        var distinct = given.Distinct(StringComparer.Ordinal).ToList();

        // RR syllables are common ground ("jae" is RR, customary and voiced MR): a name mixing them in is the other system's.
        if (distinct.Count > 1)
            distinct.Remove("rr");
        var givenSystem = distinct.Count == 1 ? distinct[0] : string.Join("+", distinct);
        return givenSystem == surname ? surname : $"{surname} surname, {givenSystem} given name";
    }

    /// <summary>The words of a name: split on spaces, apostrophes normalized.</summary>
    public static string[] Words(string text)
    {
        var words = text.Split((char[])[' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < words.Length; i++)
            words[i] = NormalizeApostrophes(words[i].Normalize(NormalizationForm.FormC));
        return words;
    }
}
