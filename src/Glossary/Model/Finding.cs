namespace Glossary;

/// <summary>
/// A non-preferred spelling found in a text, with the replacement a fix would write:
/// <c>3:14 'Lee Jae-myong' → 'Lee Jae-myung' [lee-jae-myung]</c>.
/// Line and column are 1-based and count UTF-16 code units; offset and length are 0-based UTF-16 indices
/// into the checked text; the span is half-open and never includes a possessive <c>'s</c>.
/// </summary>
public sealed record Finding
{
    /// <summary>The id of the glossary entry whose spelling was found.</summary>
    public required string EntryId { get; init; }

    /// <summary>The text as found (it may contain a line break where the text wraps).</summary>
    public required string Found { get; init; }

    /// <summary>What a fix writes instead: the preferred spelling, in capitals for an all-caps match.</summary>
    public required string Replacement { get; init; }

    /// <summary>The glossary spelling that matched: a listed variant, or the preferred form for a case-only difference.</summary>
    public required string Spelling { get; init; }

    /// <summary>The entry's kind.</summary>
    public EntryKind Kind { get; init; }

    /// <summary>The entry's note, if any.</summary>
    public string? Note { get; init; }

    /// <summary>0-based UTF-16 offset of the first character.</summary>
    public int Offset { get; init; }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length { get; init; }

    /// <summary>1-based line of the first character.</summary>
    public int Line { get; init; }

    /// <summary>1-based column (UTF-16 code units) of the first character.</summary>
    public int Column { get; init; }

    /// <summary>1-based line of the last character.</summary>
    public int EndLine { get; init; }

    /// <summary>1-based column just after the last character (exclusive end).</summary>
    public int EndColumn { get; init; }

    /// <summary>
    /// Whether a fix may replace the span: false when the match crosses markup (<c>Kim *Jong-un*</c>,
    /// an entity, a block quote marker), where it is reported but left alone.
    /// </summary>
    public bool Fixable { get; init; } = true;

    /// <summary>
    /// <see cref="DiagnosticSeverity.Warning"/> (the default; fixed by <c>fix</c>) or <see cref="DiagnosticSeverity.Suggestion"/>:
    /// a spelling that may name someone or something else, with no evidence in the document that it names the entry.
    /// </summary>
    public DiagnosticSeverity Level { get; init; } = DiagnosticSeverity.Warning;

    /// <summary>Why the spelling was flagged: <c>listed variant</c>, or how it was generated (system and rule), and why it needs evidence.</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// The evidence that the text names the entry, or its absence, when the spelling needs some:
    /// <c>the document also has 'Kim Jong-un' at 3:5</c>; null when the spelling needs none.
    /// </summary>
    public string? Evidence { get; init; }
}

/// <summary>The result of fixing a text: the new text and the findings that were applied.</summary>
/// <param name="Text">The fixed text; equal to the input when nothing changed.</param>
/// <param name="Applied">The findings replaced, positioned in the original text.</param>
public sealed record FixResult(string Text, IReadOnlyList<Finding> Applied)
{
    /// <summary>Whether the fix changed anything.</summary>
    public bool Changed => Applied.Count > 0;

    /// <summary>Findings reported but not fixed because they cross markup (see <see cref="Finding.Fixable"/>).</summary>
    public IReadOnlyList<Finding> NotFixed { get; init; } = [];

    /// <summary>
    /// What changed, positioned in the original text: every pass's replacements composed into one list in text
    /// order, so that the original with these edits made is <see cref="Text"/> (what a diff needs).
    /// </summary>
    public IReadOnlyList<TextEdit> Edits { get; init; } = [];
}

/// <summary>
/// Everything a check of one document found. Problems in the document are <see cref="GlossaryDiagnostic"/>s
/// positioned in it, with an empty <see cref="SourcePosition.Path"/> (the caller knows the document's name).
/// </summary>
/// <param name="Findings">The findings that are not suppressed, in source order.</param>
/// <param name="UnusedSuppressions">
/// Suppression comments that suppressed nothing (<c>GLS304</c>, for <c>check --report-unused-suppressions</c>):
/// <c>unused suppression 'glossary-ignore-next-line busan'</c>.
/// </param>
public sealed record CheckResult(IReadOnlyList<Finding> Findings, IReadOnlyList<GlossaryDiagnostic> UnusedSuppressions)
{
    /// <summary>
    /// Problems that do not stop the check: a misspelt directive or invalid front matter (<c>GLS301</c>), a
    /// suppression of an unknown entry id (<c>GLS302</c>), markup read as plain text (<c>GLS303</c>).
    /// </summary>
    public IReadOnlyList<GlossaryDiagnostic> Warnings { get; init; } = [];
}
