using System.Text;
using CsCheck;
using Glossary.Matching;

namespace Glossary.Tests.Matching;

/// <summary>
/// The trie matcher agrees with a naive reference on random glossaries (overlapping, nested and
/// prefix-sharing spellings with spaces, hyphens, apostrophes and diacritics) and random texts
/// (line breaks, no-break spaces, soft hyphens, zero-width spaces, combining marks, modifier-letter
/// apostrophes, case changes).
/// </summary>
public sealed class PhraseMatcherPropertyTests
{
    private static readonly string[] Syllables = ["kim", "jong", "un", "Jong", "ŏn", "yi", "lee", "jae", "myung", "Myong", "a", "an", "xi", "Xi'an", "p'an", "mun", "jŏm", "o"];
    private static readonly string[] Joins = [" ", "-", string.Empty, "'"];
    private static readonly string[] TextSeparators = [" ", "  ", "\n", "\r\n", "\u00A0", "-", "\u2010", "\u2013", "’", "'", ", ", ".", "\u00AD", "\u0306", "x", "-\n", "\u02BC", "\u200B"];

    [Fact]
    public void MatchAt_AgreesWithNaiveReference()
    {
        var matched = 0;
        Gen.Select(SpellingGen.Array[1, 12], TextGen).Sample((spellings, text) =>
        {
            var builder = new PhraseMatcherBuilder();
            for (var i = 0; i < spellings.Length; i++)
                builder.Add(spellings[i], i);
            var matcher = builder.Build();
            var keys = spellings.Select(s => TextFolding.FoldKey(s)).ToArray();

            var hits = new HitList();
            var candidates = Candidates(matcher, text);
            for (var start = 0; start < text.Length; start++)
            {
                if (!PhraseMatcher.IsWordStart(text, start))
                    continue;
                hits.Clear();
                matcher.MatchAt(text, start, hits);
                var fast = hits.AsSpan().ToArray().SelectMany(h => matcher.Ids(h).ToArray().Select(id => (h.End, id))).OrderBy(x => x).ToList();
                var naive = Naive(text, start, keys).OrderBy(x => x).ToList();
                if (!fast.SequenceEqual(naive))
                    return false;

                // The start filter never hides a match, read a character at a time or sixteen at a time.
                var may = matcher.MayMatchAt(text, start, out var wordEnd);
                if ((naive.Count > 0 && (!may || !candidates.Contains(start))) || wordEnd != WordEnd(text, start))
                    return false;
                Interlocked.Add(ref matched, fast.Count);
            }

            return true;
        }, iter: 3000);

        // The property is only worth something if the random texts do contain the random spellings.
        Assert.True(matched > 1000, $"{matched} matches");
    }

    /// <summary>The word starts <see cref="PhraseMatcher.NextCandidate"/> stops at, checking what it says of each.</summary>
    private static HashSet<int> Candidates(PhraseMatcher matcher, string text)
    {
        var found = new HashSet<int>();
        var i = 0;
        while (i < text.Length)
        {
            var limit = Math.Min(text.Length, i + 7); // small slices: words that cross the limit are read whole
            var start = matcher.NextCandidate(text, i, limit, out var wordEnd);
            if (wordEnd < 0)
            {
                Assert.True(start >= limit && (start == text.Length || !TextFolding.IsWordChar(text[start - 1]) || !TextFolding.IsWordChar(text[start])));
                i = start;
                continue;
            }

            Assert.True(PhraseMatcher.IsWordStart(text, start));
            Assert.Equal(WordEnd(text, start), wordEnd);
            found.Add(start);
            i = wordEnd;
        }

        return found;
    }

    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && TextFolding.IsWordChar(text[end]))
            end++;
        return end;
    }

    private static Gen<string> SpellingGen =>
        Gen.Select(Gen.OneOf(Syllables).Array[1, 3], Gen.OneOf(Joins).Array[2], (parts, joins) =>
        {
            var sb = new StringBuilder(parts[0]);
            for (var i = 1; i < parts.Length; i++)
                sb.Append(joins[i - 1]).Append(parts[i]);
            return sb.ToString();
        }).Where(s => TextFolding.IsWordChar(s[0]));

    private static Gen<string> TextGen =>
        Gen.Select(Gen.OneOf(Syllables), Gen.OneOf(TextSeparators), Gen.Int[0, 3], (word, separator, casing) =>
            (casing == 0 ? word.ToUpperInvariant() : word) + separator).Array[1, 16].Select(string.Concat);

    /// <summary>
    /// The reference: fold the text from <paramref name="start"/> into a string with an index map (one
    /// pass, no trie), then compare every spelling's key at the start, checking the end boundary.
    /// </summary>
    private static IEnumerable<(int End, int Id)> Naive(string text, int start, string[] keys)
    {
        var folded = new StringBuilder();
        var ends = new List<int>();
        var i = start;
        while (i < text.Length)
        {
            var f = TextFolding.Fold(text[i]);
            if (f == TextFolding.Skip)
            {
                i++;
                continue;
            }

            if (f == ' ')
            {
                var runEnd = i;
                var lineBreak = false;
                while (runEnd < text.Length && TextFolding.Fold(text[runEnd]) is ' ' or TextFolding.Skip)
                {
                    lineBreak |= text[runEnd] is '\n' or '\r';
                    runEnd++;
                }

                i = runEnd;
                if (lineBreak && folded.Length > 0 && folded[^1] == '-')
                    continue;
                folded.Append(' ');
                ends.Add(-1);
                continue;
            }

            folded.Append(f);
            i++;
            var end = i;
            while (end < text.Length && TextFolding.Fold(text[end]) == TextFolding.Skip && TextFolding.IsWordChar(text[end]))
                end++;
            ends.Add(end);
        }

        var result = new List<(int, int)>();
        var foldedText = folded.ToString();
        for (var id = 0; id < keys.Length; id++)
        {
            var key = keys[id];
            if (key.Length == 0 || key.Length > foldedText.Length || string.CompareOrdinal(foldedText, 0, key, 0, key.Length) != 0)
                continue;
            var end = ends[key.Length - 1];
            if (end >= 0 && (end == text.Length || !TextFolding.IsWordChar(text[end])))
                result.Add((end, id));
        }

        return result.Distinct();
    }
}
