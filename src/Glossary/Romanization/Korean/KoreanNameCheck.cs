using Glossary.Matching;

namespace Glossary.Romanization.Korean;

/// <summary>
/// Whether an English spelling can be read as a Korean personal name written in Hangul, syllable by
/// syllable: the surname as one of its customary, RR or MR spellings, each given-name syllable as
/// one of its spellings (customary, RR, MR with or without breves, the respelling rules, or any of
/// them with an added h as in Ahn), joined, hyphenated or spaced, in either order. Used by lint to
/// catch a wrong Hangul without flagging customary spellings such as "Lee Nak-yon" or "Hwang Kyo-ahn".
/// </summary>
internal static class KoreanNameCheck
{
    public static bool IsPlausible(string hangul, string english)
    {
        var romanizer = KoreanRomanizer.Shared;
        if (romanizer.SplitName(hangul) is not { } name)
            return false;

        var words = TextFolding.FoldKey(english).Replace('\'', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
            return false;

        var surnames = SurnameSpellings(romanizer, name.Surname);
        var syllables = name.Given.Select(c => SyllableSpellings(romanizer, c)).ToList();
        bool GivenMatches(IEnumerable<string> parts) => Segment(string.Concat(parts.Select(p => p.Replace("-", string.Empty, StringComparison.Ordinal))), syllables, 0);

        // Surname first (Lee Jae-myung), or last (Jae-myung Lee, Syngman Rhee).
        return (surnames.Contains(words[0]) && GivenMatches(words.Skip(1)))
            || (surnames.Contains(words[^1]) && GivenMatches(words.Take(words.Length - 1)));
    }

    private static bool Segment(string letters, List<HashSet<string>> syllables, int index)
    {
        if (index == syllables.Count)
            return letters.Length == 0;
        foreach (var spelling in syllables[index])
        {
            if (letters.StartsWith(spelling, StringComparison.Ordinal) && Segment(letters[spelling.Length..], syllables, index + 1))
                return true;
        }

        return false;
    }

    private static HashSet<string> SurnameSpellings(KoreanRomanizer romanizer, string surname)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (romanizer.Data.Surnames.TryGetValue(surname, out var row))
        {
            foreach (var s in row.Customary.Append(row.Rr).Append(row.Mr))
                set.Add(TextFolding.FoldKey(s).Replace("'", string.Empty, StringComparison.Ordinal));
        }

        foreach (var system in new[] { RomanizationSystem.RevisedRomanization, RomanizationSystem.McCuneReischauerSimplified })
            set.Add(TextFolding.FoldKey(romanizer.Romanize(surname, system, RomanizationKind.Word)));
        return set;
    }

    private static HashSet<string> SyllableSpellings(KoreanRomanizer romanizer, char syllable)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var text = syllable.ToString();
        IEnumerable<string> all = KoreanSpellings.SyllableSpellings(romanizer, syllable)
            .Append(romanizer.Romanize(text, RomanizationSystem.RevisedRomanization, RomanizationKind.Word))
            .Append(romanizer.Romanize(text, RomanizationSystem.McCuneReischauer, RomanizationKind.Word))
            .Append(romanizer.Romanize(text, RomanizationSystem.McCuneReischauerSimplified, RomanizationKind.Word));
        if (romanizer.Data.Surnames.TryGetValue(text, out var asSurname))
            all = all.Concat(asSurname.Customary);
        foreach (var s in all)
        {
            var key = TextFolding.FoldKey(s).Replace("'", string.Empty, StringComparison.Ordinal);
            set.Add(key);
            set.Add(key + "h");
            // MR voices initial k/t/p/ch inside a name (Chae-myŏng, Kil-dong): accept both.
            if (key.StartsWith("ch", StringComparison.Ordinal))
                set.Add("j" + key[2..]);
            else if (key.Length > 0 && key[0] is 'k' or 't' or 'p')
                set.Add((key[0] switch { 'k' => 'g', 't' => 'd', _ => 'b' }) + key[1..]);
        }

        return set;
    }
}
