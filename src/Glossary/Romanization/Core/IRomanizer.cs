namespace Glossary.Romanization.Core;

/// <summary>
/// Turns native-script text into Latin letters. Implementations are immutable and thread-safe:
/// create once (see <see cref="Romanizers"/>), call from any thread.
/// </summary>
internal interface IRomanizer
{
    /// <summary>The language this romanizer reads.</summary>
    ScriptLanguage Language { get; }

    /// <summary>The systems <see cref="Romanize"/> accepts, in the order a listing should show them.</summary>
    IReadOnlyList<RomanizationSystem> Systems { get; }

    /// <summary>
    /// Romanizes <paramref name="text"/>; characters the romanizer does not read pass through unchanged.
    /// Example (Korean): <c>Romanize("부산", RevisedRomanization, Place)</c> → <c>"Busan"</c>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="system"/> is not one of <see cref="Systems"/>.</exception>
    string Romanize(string text, RomanizationSystem system, RomanizationKind kind);

    /// <summary>
    /// Lists the plausible English spellings of a name or place written in the native script,
    /// most usual first, without duplicates (compared exactly). Example (Korean name 이재명):
    /// "Lee Jae-myung", "Lee Jae Myung", "Lee Jaemyung", "I Jaemyeong", "Yi Chae-myŏng", ….
    /// </summary>
    IReadOnlyList<RomanizedSpelling> EnumerateSpellings(string text, RomanizationKind kind);

    /// <summary>
    /// <see cref="EnumerateSpellings(string, RomanizationKind)"/> for a caller that reads at most
    /// <paramref name="maxCustomary"/> customary spellings: the same list, except that customary spellings after the
    /// <paramref name="maxCustomary"/>-th may be left out (compiling a glossary keeps a few dozen of up to 200).
    /// </summary>
    IReadOnlyList<RomanizedSpelling> EnumerateSpellings(string text, RomanizationKind kind, int maxCustomary) => EnumerateSpellings(text, kind);
}
