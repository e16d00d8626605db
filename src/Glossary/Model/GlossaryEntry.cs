namespace Glossary;

/// <summary>
/// One glossary entry: the preferred English spelling of a name or term, its native form, and the
/// spellings to flag. Example: <c>en: Lee Jae-myung, ko: 이재명, kind: person, variants: [Lee Jae-myong]</c>.
/// </summary>
public sealed record GlossaryEntry
{
    /// <summary>Stable id, unique across all loaded files; defaults to the kebab-case of <see cref="En"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The preferred English spelling; never flagged (but see <see cref="EntryKindExtensions.IsProperNoun"/> for case).</summary>
    public required string En { get; init; }

    /// <summary>What the entry names.</summary>
    public EntryKind Kind { get; init; }

    /// <summary>Native forms by language tag (<c>ko</c>, <c>zh</c>, <c>zh-Hans</c>, <c>zh-Hant</c>, <c>ja</c>).</summary>
    public IReadOnlyDictionary<string, string> Native { get; init; } = new Dictionary<string, string>();

    /// <summary>Spellings to flag and replace by <see cref="En"/>.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>Spellings that are never flagged, for example a longer name that contains a variant.</summary>
    public IReadOnlyList<string> Allow { get; init; } = [];

    /// <summary>
    /// Words that identify the referent (<c>North Korea</c>, <c>Pyongyang</c> for Kim Jong-un): a document that has one
    /// is evidence that a namesake-prone spelling names this entry, so the finding is a warning, not a suggestion.
    /// </summary>
    public IReadOnlyList<string> Context { get; init; } = [];

    /// <summary>
    /// Other names the referent goes by that are no spelling of its name (<c>William Lai</c> for Lai Ching-te, the
    /// brand <c>Foxconn</c> for Hon Hai, <c>Macau</c> for Macao): <c>lookup</c> finds the entry by them, and a check
    /// neither flags nor rewrites them.
    /// </summary>
    public IReadOnlyList<string> Aka { get; init; } = [];

    /// <summary>
    /// Spellings of this entry (listed variants or generated ones) that are also ordinary names of other people or
    /// things: flagged as suggestions unless the document has evidence (the preferred or an allowed form, a listed
    /// variant, or a <see cref="Context"/> term).
    /// </summary>
    public IReadOnlyList<string> NeedsEvidence { get; init; } = [];

    /// <summary>A short note shown with findings.</summary>
    public string? Note { get; init; }

    /// <summary>Where the preferred spelling comes from (a URL or a citation).</summary>
    public string? Source { get; init; }

    /// <summary>
    /// The day <see cref="Note"/> was last confirmed against a source (<c>checked: 2025-06-17</c>); lint warns when a
    /// note that describes an office has none, or one more than twelve months old.
    /// </summary>
    internal DateOnly? Checked { get; init; }

    /// <summary>Where the entry is defined, when it was loaded from a file.</summary>
    public SourcePosition? Position { get; init; }

    /// <summary>House styles: a style name → that house's preferred form (<c>ap: Kim Jong Un</c>).</summary>
    public IReadOnlyDictionary<string, string> Styles { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Whether spellings are generated from the native form: null (the default) generates for people
    /// and places with a Korean or Chinese native form.
    /// </summary>
    public bool? Generate { get; init; }

    /// <summary>The preferred form is not what the romanization engines derive from the native form (say why in <see cref="Note"/>).</summary>
    public bool Irregular { get; init; }

    /// <summary>Where each spelling (preferred, allowed, variant) is written, when loaded from a file: lint points at it.</summary>
    internal IReadOnlyDictionary<string, SourcePosition>? SpellingPositions { get; init; }

    /// <summary>Examples that must be flagged, or must pass, with the expected fix: run by <c>glossary test</c> and <c>lint</c>.</summary>
    internal IReadOnlyList<EntryTest> Tests { get; init; } = [];
}

/// <summary>
/// One per-entry example: <c>flag: Lee Jae-myong met Xi.</c> (must be flagged for the entry; with
/// <see cref="Fix"/>, fixing it must give that text) or <c>pass: Lee Jae-myung met Xi.</c> (must not be).
/// </summary>
/// <param name="MustFlag">True for <c>flag</c>, false for <c>pass</c>.</param>
/// <param name="Text">The example text.</param>
/// <param name="Fix">The expected text after <c>fix</c>, for a <c>flag</c> example.</param>
/// <param name="Position">Where the example is written.</param>
internal sealed record EntryTest(bool MustFlag, string Text, string? Fix, SourcePosition? Position);
