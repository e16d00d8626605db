using Glossary.Romanization.Core;

namespace Glossary;

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
