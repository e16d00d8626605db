using Glossary.Variants;

namespace Glossary.Reading;

/// <summary>
/// Reads a written name (2–3 words, surname first) as Korean and as Chinese and ranks the candidates together. A name
/// is a whole shape: a surname of the surname tables, then a given name of one or two syllables that a system writes.
/// A given name written as one plain word that is a common English word is not read (Han Solo, Chang Long): such a
/// pair is as often English as a name, and the reader says "not a name" rather than guess.
/// </summary>
internal static class NameReadings
{
    /// <summary>The most candidates returned for one name.</summary>
    public const int MaxCandidates = 24;

    /// <summary>The candidates for <paramref name="text"/>, cheapest first; empty when it is not a name.</summary>
    public static IReadOnlyList<NameCandidate> Read(string text)
    {
        var words = NameText.Words(text.Trim().Trim(TrimmedPunctuation));
        return Read(words);
    }

    /// <summary>Punctuation around a name that is not part of it.</summary>
    internal static readonly char[] TrimmedPunctuation = ['"', '“', '”', '(', ')', '[', ']', ',', ';', ':', '.', '!', '?'];

    /// <summary>The candidates for a name already split into words.</summary>
    public static IReadOnlyList<NameCandidate> Read(IReadOnlyList<string> words)
    {
        if (GivenWords(words) is not { } given)
            return [];

        var candidates = new List<NameCandidate>();
        KoreanNameReader.Instance.Read(words[0], given, candidates);
        ChineseNameReader.Instance.Read(words[0], given, candidates);
        if (candidates.Count == 0)
            return [];

        // Stable: equal costs keep the order read (Korean before Chinese, table order within each).
        var seen = new HashSet<(NameLanguage, string)>();
        var ranked = new List<NameCandidate>(MaxCandidates);
        foreach (var candidate in candidates.OrderBy(c => c.Cost))
        {
            if (seen.Add((candidate.Language, candidate.Native)))
                ranked.Add(candidate);
            if (ranked.Count == MaxCandidates)
                break;
        }

        return ranked;
    }

    /// <summary>
    /// The surnames <paramref name="word"/> reads as, in either language (Hangul; toneless pinyin), folded as each reader
    /// folds it: "Cho" → 조 (and 초), "Tsai" → cai. Empty when it is no surname's spelling.
    /// </summary>
    internal static IEnumerable<(NameLanguage Language, string Surname)> Surnames(string word) =>
        KoreanNameReader.Instance.Surname(word).Select(s => (NameLanguage.Korean, s.Hangul))
            .Concat(ChineseNameReader.Instance.Surname(word).Select(s => (NameLanguage.Chinese, s.Pinyin)));

    /// <summary>
    /// The first candidate of <see cref="Read(IReadOnlyList{string})"/>, without making the others (null when it is not
    /// a name): what the consistency rule keys a name by; the other readings are read only when asked for.
    /// </summary>
    public static NameCandidate? Best(IReadOnlyList<string> words)
    {
        if (GivenWords(words) is not { } given)
            return null;
        return ChineseNameReader.Instance.Best(words[0], given, KoreanNameReader.Instance.Best(words[0], given, null));
    }

    /// <summary>The given-name words of a name of a readable shape; null when the shape is no name's.</summary>
    private static List<string>? GivenWords(IReadOnlyList<string> words)
    {
        if (words.Count is < 2 or > 3)
            return null;
        foreach (var word in words)
        {
            if (!IsNameWord(word))
                return null;
        }

        var given = new List<string>(words.Count - 1);
        for (var i = 1; i < words.Count; i++)
            given.Add(words[i]);
        if (given.Count == 1 && !given[0].Contains('-', StringComparison.Ordinal) && VariantGuards.IsEnglishWord(given[0]))
            return null;
        return given;
    }

    /// <summary>Letters (any script's Latin letters with marks), hyphens between them, apostrophes.</summary>
    private static bool IsNameWord(string word)
    {
        if (word.Length == 0 || !char.IsLetter(word[0]) || word[^1] == '-')
            return false;
        foreach (var c in word)
        {
            if (!(char.IsLetter(c) || c is '-' or '\'' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark))
                return false;
            if (c > 'ɏ' && char.IsLetter(c))
                return false;
        }

        return true;
    }
}
