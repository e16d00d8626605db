using Glossary.Romanization.Core;
using Glossary.Variants;

namespace Glossary;

/// <summary>
/// Romanizes Hangul and Han text by the systems this library ships: Revised Romanization, McCune–Reischauer and Yale
/// for Korean; Hanyu Pinyin and Wade–Giles for Chinese. The engines are created on first use and shared (immutable,
/// thread-safe); checking or fixing text with a compiled glossary never touches them.
/// <code>
/// Romanizer.Romanize("부산", RomanizationSystem.McCuneReischauer, EntryKind.Place)  // "Pusan"
/// Romanizer.Romanize("习近平", RomanizationSystem.WadeGiles)                          // "Hsi Chin-p'ing"
/// </code>
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
}

/// <summary>The romanizers' calls with an entry kind in place of a romanization kind: person → name, place → place, anything else → word.</summary>
internal static class RomanizerKinds
{
    public static RomanizationKind ToRomanizationKind(this EntryKind kind) => kind switch
    {
        EntryKind.Person => RomanizationKind.Name,
        EntryKind.Place => RomanizationKind.Place,
        _ => RomanizationKind.Word,
    };

    public static string Romanize(this IRomanizer romanizer, string text, RomanizationSystem system, EntryKind kind) =>
        romanizer.Romanize(text, system, kind.ToRomanizationKind());

    public static IReadOnlyList<RomanizedSpelling> EnumerateSpellings(this IRomanizer romanizer, string text, EntryKind kind) =>
        romanizer.EnumerateSpellings(text, kind.ToRomanizationKind());
}
