namespace Glossary.Model;

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
}

/// <summary>The result of fixing a text: the new text and the findings that were applied.</summary>
/// <param name="Text">The fixed text; equal to the input when nothing changed.</param>
/// <param name="Applied">The findings replaced, positioned in the original text.</param>
public sealed record FixResult(string Text, IReadOnlyList<Finding> Applied)
{
    /// <summary>Whether the fix changed anything.</summary>
    public bool Changed => Applied.Count > 0;
}
