namespace Glossary;

/// <summary>
/// A spelling generated for an entry, with why it exists: <c>("Yi Chae-myong", "mr-simple",
/// "McCune–Reischauer without breves and apostrophes, given name hyphenated")</c>.
/// </summary>
/// <param name="Text">The spelling.</param>
/// <param name="System">The romanization system or convention (<c>rr</c>, <c>mr</c>, <c>pinyin</c>, <c>wade-giles</c>, <c>separators</c>, <c>western-order</c> …).</param>
/// <param name="Rule">The rule or custom that yields it, for people to read.</param>
public sealed record GeneratedSpelling(string Text, string System, string Rule)
{
    /// <summary>
    /// Why the spelling is flagged only as a suggestion unless the document has evidence (it is plausibly someone
    /// else's name: "the usual spelling of 김여정, a name many people bear"); null when it is always a warning.
    /// </summary>
    public string? NeedsEvidence { get; init; }

    /// <summary>
    /// Why the spelling is not used, when it was generated but dropped: it is another entry's spelling, an English
    /// word, a bare surname, too short …; null for a spelling in use (flagged like a listed variant).
    /// </summary>
    public string? DroppedBecause { get; init; }

    /// <summary>What yields it: a system's rules, customary usage or the postal table (decide by this, never by <see cref="System"/> text).</summary>
    internal SpellingOrigin Origin { get; init; }
}

/// <summary>Every spelling of one entry: listed in the glossary, generated from its native form, and generated but dropped.</summary>
/// <param name="EntryId">The entry.</param>
/// <param name="Generated">Generated spellings in use (flagged like listed variants).</param>
/// <param name="Dropped">Generated spellings not in use, each with <see cref="GeneratedSpelling.DroppedBecause"/>.</param>
internal sealed record EntrySpellings(string EntryId, IReadOnlyList<GeneratedSpelling> Generated, IReadOnlyList<GeneratedSpelling> Dropped);
