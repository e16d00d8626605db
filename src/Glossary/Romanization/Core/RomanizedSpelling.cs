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

    /// <summary>
    /// Whether the spelling also names a place or thing outside the language's country ("Canton" in Ohio, "Kirin"
    /// beer): a finding for it needs evidence that the text is about that country (another entry of its language).
    /// </summary>
    internal bool NeedsEvidence { get; init; }
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

    /// <summary>
    /// A table of irregular pre-pinyin place spellings (the Chinese postal romanization of 1906 and the atlases'
    /// European names: Peking, Canton, Amoy), joined to a place by its Hanzi; never capped.
    /// </summary>
    Postal,
}
