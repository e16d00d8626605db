using Glossary.Reading;

namespace Glossary;

/// <summary>
/// Reads a romanized Korean or Chinese personal name back into its native reading, under every system the library
/// writes (RR, McCune–Reischauer with or without marks, Yale and the customary spellings; pinyin with or without
/// tones, Wade–Giles with or without apostrophes and the customary surname spellings). The tables are the romanizers',
/// read the other way; built on first use and shared (thread-safe).
/// <code>
/// NameReader.Read("Lee Jae-myong")[0]   // ko 이재명 (customary surname, customary given name)
/// NameReader.Read("Yi Chae-myŏng")[0]   // ko 이재명 (mr)
/// NameReader.Read("Hsi Chin-p'ing")[0]  // zh xi jin ping (wade-giles)
/// NameReader.Read("Spike Lee")          // empty: not a name
/// </code>
/// </summary>
public static class NameReader
{
    /// <summary>
    /// The candidate readings of <paramref name="name"/> (surname first, given name of one or two syllables), most
    /// likely first; empty when no system reads it as a name. With <paramref name="glossary"/>, a reading that is an
    /// entry's native form carries the entry's id and, for Chinese, its Hanzi.
    /// </summary>
    public static IReadOnlyList<NameReading> Read(string name, CompiledGlossary? glossary = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var candidates = NameReadings.Read(name);
        if (candidates.Count == 0)
            return [];
        var entries = glossary is null ? null : EntryReadings.Of(glossary.Entries);
        var readings = new NameReading[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var entry = entries?.Find(c);
            readings[i] = new NameReading(
                c.Language == NameLanguage.Korean ? "ko" : "zh",
                c.Native,
                c.Surname,
                c.Given,
                c.System)
            {
                EntryId = entry?.Id,
                Hanzi = entry is null ? null : EntryReadings.ChineseNative(entry),
            };
        }

        return readings;
    }
}

/// <summary>
/// One reading of a romanized name: the language (<c>ko</c>, <c>zh</c>), the native reading (Hangul: <c>이재명</c>;
/// toneless pinyin syllables apart: <c>xi jin ping</c>), its surname and given name, and the systems that write the
/// name so (<c>mr</c>; <c>customary surname, mr given name</c>).
/// </summary>
public sealed record NameReading(string Language, string Native, string Surname, string Given, string System)
{
    /// <summary>The glossary entry whose native form reads so, when a glossary was given.</summary>
    public string? EntryId { get; init; }

    /// <summary>The Hanzi of a Chinese reading, where the glossary knows them (Hanzi are not recoverable from letters).</summary>
    public string? Hanzi { get; init; }
}
