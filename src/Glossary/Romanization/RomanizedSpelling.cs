namespace Glossary;

/// <summary>
/// One plausible English spelling of a native-script name, with the system and the convention
/// that produce it: <c>("Lee Jae-myung", RevisedRomanization, "customary surname; hyphenated given name")</c>.
/// </summary>
/// <param name="Text">The spelling as it would appear in English prose.</param>
/// <param name="System">The romanization system the spelling is based on.</param>
/// <param name="Convention">Why this spelling exists: the rule or custom that yields it, for people to read.</param>
internal sealed record RomanizedSpelling(string Text, RomanizationSystem System, string Convention)
{
    /// <summary>Whether a system's rules or custom yields the spelling; code decides by this, never by <see cref="Convention"/>.</summary>
    internal SpellingOrigin Origin { get; init; } = SpellingOrigin.System;
}

/// <summary>What yields a romanized spelling, beside the <see cref="RomanizationSystem"/> it is based on.</summary>
internal enum SpellingOrigin
{
    /// <summary>The rules of the system, or a form of it the press prints (no diacritics, joined, linked).</summary>
    System,

    /// <summary>
    /// Customary usage outside any system's rules: the surname × given-syllable combinations people
    /// choose (Lee Jae-myung), which multiply, so generation caps them.
    /// </summary>
    Customary,
}
