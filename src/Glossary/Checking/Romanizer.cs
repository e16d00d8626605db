using Glossary.Reading;
using Glossary.Variants;

namespace Glossary;

/// <summary>
/// Romanizes Hangul and Han text by the systems this library ships (Revised Romanization, McCune–Reischauer and Yale
/// for Korean; Hanyu Pinyin and Wade–Giles for Chinese), and reads romanized names back (<see cref="ReadName"/>): one
/// set of tables, used both ways. The engines are created on first use and shared (immutable, thread-safe); checking
/// or fixing text with a compiled glossary never touches them.
/// <code>
/// Romanizer.Romanize("부산", RomanizationSystem.McCuneReischauer, EntryKind.Place)  // "Pusan"
/// Romanizer.Romanize("习近平", RomanizationSystem.WadeGiles)                          // "Hsi Chin-p'ing"
/// Romanizer.ReadName("Yi Chae-myŏng")[0]                                          // ko 이재명 (mr)
/// Romanizer.ReadName("Spike Lee")                                                 // empty: not a name
/// </code>
/// It lives beside the checker because <see cref="ReadName"/> takes a compiled glossary: the reader's engines rank
/// below the checker (which uses them), so the facade that joins them to a glossary sits at the checker's rank.
/// </summary>
public static class Romanizer
{
    /// <summary>The language code of the script <paramref name="text"/> is written in: <c>"ko"</c> for Hangul, <c>"zh"</c> for Han; null for neither or both.</summary>
    public static string? DetectLanguage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Romanizers.DetectLanguage(text) switch
        {
            ScriptLanguage.Korean => "ko",
            ScriptLanguage.Chinese => "zh",
            _ => null,
        };
    }

    /// <summary>The systems for a language (<c>"ko"</c> or <c>"zh"</c>), the default first; empty for any other code.</summary>
    public static IReadOnlyList<RomanizationSystem> SystemsFor(string language) => language switch
    {
        "ko" => Romanizers.Korean.Systems,
        "zh" => Romanizers.Chinese.Systems,
        _ => [],
    };

    /// <summary>
    /// <paramref name="text"/> (Hangul for the Korean systems, Han for the Chinese ones) in <paramref name="system"/>, read
    /// as the name of a person, a place or, for any other kind, a word (the rules differ: surnames, place units, sound changes).
    /// </summary>
    public static string Romanize(string text, RomanizationSystem system, EntryKind kind = EntryKind.Person)
    {
        ArgumentNullException.ThrowIfNull(text);
        var romanizer = Romanizers.Korean.Systems.Contains(system) ? Romanizers.Korean : Romanizers.Chinese;
        return romanizer.Romanize(text, system, kind);
    }

    /// <summary>How an entry's native form reads in every system (Korean first, then Chinese): <c>busan</c> → (rr, Busan), (mr, Pusan) …; empty without a native form.</summary>
    public static IReadOnlyList<(string System, string Text)> RomanizationsOf(GlossaryEntry entry) => EntryRomanizations.Of(entry);

    /// <summary>The short name of a system as the CLI and reports write it: <c>rr</c>, <c>mr</c>, <c>pinyin</c>, <c>wade-giles</c> ….</summary>
    public static string NameOf(RomanizationSystem system) => system.ToName();

    /// <summary>Every system's short name.</summary>
    public static IReadOnlyList<string> SystemNames => RomanizationSystemNames.All;

    /// <summary>The system with this short name (<see cref="NameOf"/>).</summary>
    public static bool TryParseSystem(string name, out RomanizationSystem system) => RomanizationSystemNames.TryParse(name, out system);

    /// <summary>
    /// A romanized Korean or Chinese personal name read back under every system the library writes (RR,
    /// McCune–Reischauer with or without marks, Yale and the customary spellings; pinyin with or without tones,
    /// Wade–Giles with or without apostrophes and the customary surname spellings): the candidate readings of
    /// <paramref name="name"/> (surname first, given name of one or two syllables), most likely first; empty when no system reads it as a name. With <paramref name="glossary"/>, a reading that is an
    /// entry's native form carries the entry's id and, for Chinese, its Hanzi.
    /// </summary>
    public static IReadOnlyList<NameReading> ReadName(string name, CompiledGlossary? glossary = null)
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

    /// <summary>
    /// Suggested glossary entries for the personal names of <paramref name="documents"/> (file name, text) that
    /// <paramref name="glossary"/> does not know: spellings grouped by reading and counted, each group seen at least
    /// <paramref name="minCount"/> times, most frequent first. Each has <c>En</c> (the house format of
    /// <paramref name="options"/> or the most frequent spelling), <c>Language</c> (<c>"ko"</c>, <c>"zh"</c>), <c>Natives</c>
    /// (Hangul, or pinyin syllables for a Chinese name, best first), <c>Kind</c> guessed from context (a person beside a
    /// title or a verb of speech, a place beside a generic word of place; <see cref="EntryKind.Other"/> without a cue)
    /// and <c>Spellings</c> (most frequent first, with counts and an example <c>file:line</c>). Documents are read one at
    /// a time and let go.
    /// <code>
    /// Romanizer.SuggestEntries([("a.txt", "Choi Jae-young said. Choi Jae Young left.")], minCount: 1)[0]
    /// // ("Choi Jae-young", "ko", [최재영, …], Person, [("Choi Jae Young", 1, "a.txt:1"), ("Choi Jae-young", 1, "a.txt:1")])
    /// </code>
    /// </summary>
    public static IReadOnlyList<(string En, string Language, IReadOnlyList<string> Natives, EntryKind Kind, IReadOnlyList<(string Text, int Count, string Example)> Spellings)> SuggestEntries(
        IEnumerable<(string File, string Text)> documents, CompiledGlossary? glossary = null, int minCount = 2, DocumentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        var miner = new Checking.NameMiner(glossary, options);
        foreach (var (file, text) in documents)
            miner.Add(file, text);
        return miner.Suggestions(minCount);
    }
}
