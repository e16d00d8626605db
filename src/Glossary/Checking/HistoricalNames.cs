using System.Collections.Frozen;

namespace Glossary.Checking;

/// <summary>
/// Whether an old spelling of a place stands inside a name that keeps it: a treaty, event, institution, dish or product
/// named in its time ("the Treaty of Nanking", "the Kwangju Uprising", "Peking duck"), from the word lists of
/// <c>Data/historical-names.txt</c>. Regression: issue #13 point 6.
/// </summary>
internal static class HistoricalNames
{
    private static readonly Lazy<(string[] Before, FrozenSet<string> After, FrozenSet<string> AfterAnyCase)> Words = new(Read);

    /// <summary>Whether the spelling at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> is part of such a name.</summary>
    public static bool Contains(string text, int start, int end)
    {
        var (before, after, afterAnyCase) = Words.Value;
        // The word after the spelling, or after a coordinated name ("Szechuan and Hunan dishes").
        var at = end;
        for (var skip = 0; skip < 3 && NextWord(text, at) is var (wordStart, wordEnd) && wordEnd > wordStart; skip++, at = wordEnd)
        {
            var word = text[wordStart..wordEnd];
            if (after.Contains(word) || afterAnyCase.Contains(word.ToLowerInvariant()))
                return true;
            if (skip == 0 ? word is not ("and" or "or") : skip == 1 && !char.IsUpper(word[0]))
                break;
        }

        var head = text.AsSpan(0, start);
        foreach (var phrase in before)
        {
            if (head.EndsWith(phrase, StringComparison.Ordinal) && head.Length > phrase.Length && head[^(phrase.Length + 1)] is var c && !char.IsLetter(c))
                return true;
            if (head.Length == phrase.Length && head.SequenceEqual(phrase))
                return true;
        }

        return false;
    }

    /// <summary>The word after one space from <paramref name="at"/>, or an empty range.</summary>
    private static (int Start, int End) NextWord(string text, int at)
    {
        if (at + 1 >= text.Length || text[at] != ' ' || !char.IsLetter(text[at + 1]))
            return (at, at);
        var end = at + 1;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        return (at + 1, end);
    }

    private static (string[], FrozenSet<string>, FrozenSet<string>) Read()
    {
        var rows = EmbeddedData.Rows("Glossary.Checking.Data.historical-names.txt", 2);
        var before = rows.Where(r => r[1] == "before").Select(r => r[0] + " ").ToArray();
        var after = rows.Where(r => r[1] == "after").Select(r => r[0]).ToList();
        return (before,
            after.Where(w => char.IsUpper(w[0])).ToFrozenSet(StringComparer.Ordinal),
            after.Where(w => char.IsLower(w[0])).ToFrozenSet(StringComparer.Ordinal));
    }
}
