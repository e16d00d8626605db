using System.Collections.Frozen;

namespace Glossary.Romanization.Korean;

/// <summary>
/// Reads a customary given-name spelling back to the Hangul syllables it usually writes: "young" → 영 (then 용),
/// "jung" → 정 (then 중), "yeo" → 여. The same facts as the spelling direction, read the other way: the table is
/// given-syllables.tsv (a syllable's popular spellings, most frequent first), so that one file says both what 영
/// is written as and what "young" is read as.
/// </summary>
/// <remarks>
/// A spelling's readings are ranked by how usual the spelling is for each syllable (its place in that syllable's
/// list: "young" is 영's first spelling and 용's second, so it reads as 영 first), then by the order of the rows
/// (the file lists the syllables of the best-known names first). A spelling the table does not list has no reading:
/// the reader knows customary spellings, not the systems (RR and MR are the romanizer's).
/// This is the start of a name reader (issue #16): it reads one syllable, not a whole name.
/// </remarks>
internal sealed class SyllableReader
{
    private static readonly Lazy<SyllableReader> Shared = new(() => new SyllableReader(KoreanData.Instance));

    private readonly FrozenDictionary<string, char[]> readings;
    private readonly KoreanData data;

    private SyllableReader(KoreanData data)
    {
        this.data = data;
        var ranked = new Dictionary<string, List<(char Syllable, int Rank, int Row)>>(StringComparer.Ordinal);
        for (var row = 0; row < data.GivenSyllableOrder.Count; row++)
        {
            var syllable = data.GivenSyllableOrder[row];
            var spellings = data.GivenSyllables[syllable];
            for (var rank = 0; rank < spellings.Length; rank++)
            {
                if (!ranked.TryGetValue(spellings[rank], out var list))
                    ranked[spellings[rank]] = list = [];
                list.Add((syllable, rank, row));
            }
        }

        readings = ranked.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.OrderBy(r => r.Rank).ThenBy(r => r.Row).Select(r => r.Syllable).ToArray(),
            StringComparer.Ordinal);
    }

    /// <summary>The one reader over the bundled tables.</summary>
    public static SyllableReader Instance => Shared.Value;

    /// <summary>The Hangul syllables <paramref name="spelling"/> (one syllable, any case) usually writes, most usual first; empty when the table does not list it.</summary>
    public IReadOnlyList<char> Readings(string spelling) =>
        readings.TryGetValue(spelling.ToLowerInvariant(), out var found) ? found : [];

    /// <summary>The syllable <paramref name="spelling"/> most usually writes, or null when the table does not list it.</summary>
    public char? MostUsual(string spelling) => Readings(spelling) is [var first, ..] ? first : null;

    /// <summary>
    /// Whether <paramref name="spelling"/> is one of the popular spellings of <paramref name="syllable"/>: listed for it
    /// in the table, or, for a syllable the table does not list, its Revised Romanization (what most bearers write).
    /// </summary>
    public bool IsPopular(char syllable, string spelling, KoreanRomanizer romanizer)
    {
        spelling = spelling.ToLowerInvariant();
        if (data.GivenSyllables.TryGetValue(syllable, out var listed))
            return listed.Contains(spelling);
        return romanizer.Romanize(syllable.ToString(), RomanizationSystem.RevisedRomanization, RomanizationKind.Word) == spelling;
    }
}
