namespace Glossary;

/// <summary>
/// The short names of the systems, as the CLI and reports spell them:
/// <c>rr</c>, <c>rr-translit</c>, <c>mr</c>, <c>mr-simple</c>, <c>yale</c>, <c>pinyin</c>,
/// <c>pinyin-toneless</c>, <c>pinyin-numbers</c>, <c>wade-giles</c>, <c>wade-giles-simple</c>.
/// </summary>
internal static class RomanizationSystemNames
{
    private static readonly (RomanizationSystem System, string Name)[] Table =
    [
        (RomanizationSystem.RevisedRomanization, "rr"),
        (RomanizationSystem.RevisedRomanizationTransliteration, "rr-translit"),
        (RomanizationSystem.McCuneReischauer, "mr"),
        (RomanizationSystem.McCuneReischauerSimplified, "mr-simple"),
        (RomanizationSystem.Yale, "yale"),
        (RomanizationSystem.Pinyin, "pinyin"),
        (RomanizationSystem.PinyinToneless, "pinyin-toneless"),
        (RomanizationSystem.PinyinToneNumbers, "pinyin-numbers"),
        (RomanizationSystem.WadeGiles, "wade-giles"),
        (RomanizationSystem.WadeGilesSimplified, "wade-giles-simple"),
    ];

    /// <summary>The short name of <paramref name="system"/>: RevisedRomanization → <c>"rr"</c>.</summary>
    public static string ToName(this RomanizationSystem system)
    {
        foreach (var (s, name) in Table)
        {
            if (s == system)
                return name;
        }

        throw new ArgumentOutOfRangeException(nameof(system), system, null);
    }

    /// <summary>Reads a short name (case-insensitive): <c>"mr-simple"</c> → McCuneReischauerSimplified.</summary>
    public static bool TryParse(string name, out RomanizationSystem system)
    {
        foreach (var (s, n) in Table)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                system = s;
                return true;
            }
        }

        system = default;
        return false;
    }

    /// <summary>All short names, in listing order.</summary>
    public static IReadOnlyList<string> All { get; } = Array.ConvertAll(Table, t => t.Name);
}
