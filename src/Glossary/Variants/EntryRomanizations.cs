
namespace Glossary.Variants;

/// <summary>How an entry's native form reads in every romanization system: <c>busan</c> → rr Busan, mr Pusan, ….</summary>
internal static class EntryRomanizations
{
    /// <summary>The romanizations of the entry's native form (Korean first, then Chinese), in the romanizer's system order; empty without one.</summary>
    public static IReadOnlyList<(string System, string Text)> Of(GlossaryEntry entry)
    {
        if (VariantGenerator.NativeOf(entry) is not { } native)
            return [];
        var romanizer = Romanizers.For(native.Language);
        var kind = KindOf(entry.Kind);
        return romanizer.Systems.Select(s => (s.ToName(), romanizer.Romanize(native.Text, s, kind))).ToList();
    }

    /// <summary>The romanization kind for an entry kind: person → name, place → place, anything else → word.</summary>
    internal static RomanizationKind KindOf(EntryKind kind) => kind.ToRomanizationKind();
}

