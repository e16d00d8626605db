using System.Runtime.CompilerServices;
using Glossary.Romanization.Chinese;

namespace Glossary.Reading;

/// <summary>
/// The persons and places of a glossary by native reading: Hangul for Korean entries, toneless pinyin syllables for
/// Chinese ones (李光耀 → "li guang yao"), so that a name read from letters finds its entry and, for Chinese, its Hanzi.
/// Built once per entry list and kept while the list lives.
/// </summary>
internal sealed class EntryReadings
{
    private static readonly ConditionalWeakTable<IReadOnlyList<GlossaryEntry>, EntryReadings> Cache = [];

    private readonly Dictionary<(NameLanguage, string), List<GlossaryEntry>> byReading = [];

    private EntryReadings(IReadOnlyList<GlossaryEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.Kind is not (EntryKind.Person or EntryKind.Place))
                continue;
            if (entry.Native.TryGetValue("ko", out var hangul))
                Add((NameLanguage.Korean, hangul.Replace(" ", string.Empty, StringComparison.Ordinal)), entry);
            if (ChineseNative(entry) is { } hanzi && PinyinOf(hanzi) is { } pinyin)
                Add((NameLanguage.Chinese, pinyin), entry);
        }
    }

    /// <summary>The readings of <paramref name="entries"/> (the same list gives the same index).</summary>
    public static EntryReadings Of(IReadOnlyList<GlossaryEntry> entries) => Cache.GetValue(entries, e => new EntryReadings(e));

    /// <summary>Whether the readings of <paramref name="entries"/> were built (a check builds them only when a rule needs them).</summary>
    internal static bool IsBuilt(IReadOnlyList<GlossaryEntry> entries) => Cache.TryGetValue(entries, out _);

    /// <summary>The entry whose native form reads as <paramref name="candidate"/>, or null.</summary>
    public GlossaryEntry? Find(NameCandidate candidate) => byReading.GetValueOrDefault((candidate.Language, candidate.Native))?[0];

    /// <summary>
    /// The entries that <paramref name="name"/> names through its reading, for a spelling neither listed nor generated
    /// ("Yi Chae-myong" → <c>lee-jae-myung</c>): the entries of the likeliest reading that is some entry's native
    /// form (namesakes all, in load order); empty when no reading is.
    /// </summary>
    public IReadOnlyList<GlossaryEntry> FindByReading(string name)
    {
        foreach (var candidate in NameReadings.Read(name))
        {
            if (byReading.TryGetValue((candidate.Language, candidate.Native), out var found))
                return found;
        }

        return [];
    }

    private void Add((NameLanguage, string) key, GlossaryEntry entry)
    {
        if (!byReading.TryGetValue(key, out var list))
            byReading[key] = list = [];
        list.Add(entry);
    }

    /// <summary>The entry's Chinese native form: zh, then zh-Hans, then zh-Hant.</summary>
    public static string? ChineseNative(GlossaryEntry entry) =>
        entry.Native.TryGetValue("zh", out var zh) ? zh
        : entry.Native.TryGetValue("zh-Hans", out var hans) ? hans
        : entry.Native.GetValueOrDefault("zh-Hant");

    private static string? PinyinOf(string hanzi)
    {
        var syllables = ChineseReader.Read(hanzi, RomanizationKind.Name)
            .SelectMany(p => p.Parts).SelectMany(p => p.Syllables).Select(Syllables.Letters).ToArray();
        return syllables.Length == 0 ? null : string.Join(' ', syllables);
    }
}
