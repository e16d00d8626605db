using System.Collections.Frozen;

namespace Glossary.Romanization.Chinese;

/// <summary>
/// The readings older Mandarin gave some historical names, which Wade–Giles books wrote and today's reading does not
/// yield (永乐 yǒnglè, written Yung-lo after the old reading lo), from <c>Data/old-readings.txt</c>, joined by the Hanzi
/// of the whole native form. Issue #14 point 1e.
/// </summary>
internal static class OldReadings
{
    private static readonly Lazy<FrozenDictionary<string, string[]>> Table = new(() =>
        EmbeddedData.Rows(ChineseData.ResourceName("old-readings.txt"), 3)
            .ToFrozenDictionary(r => r[0], r => r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal));

    /// <summary>The old reading of <paramref name="hanzi"/>, one pinyin syllable with its tone number a character; null when the table has none.</summary>
    public static IReadOnlyList<string>? Of(string hanzi) =>
        Table.Value.TryGetValue(ChineseScript.ToSimplified(hanzi.Trim()), out var syllables) ? syllables : null;
}
