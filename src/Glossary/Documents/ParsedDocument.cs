namespace Glossary.Documents;

/// <summary>A source read for checking: its prose (null for plain text, which is its own prose) and its suppressions.</summary>
internal sealed record ParsedDocument(
    string Source,
    TextProjection? Projection,
    IReadOnlyList<Directive> Directives,
    IReadOnlySet<string> IgnoredIds,
    IReadOnlyList<Directive> FrontMatterDirectives)
{
    /// <summary>The text to search.</summary>
    public string Prose => field ??= Projection?.Text ?? Source;

    /// <summary>Reads <paramref name="source"/> as <paramref name="options"/> say.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ParsedDocument Parse(string source, DocumentOptions options, CancellationToken cancellationToken = default) => options.Format switch
    {
        DocumentFormat.Markdown => MarkdownReader.Read(source, cancellationToken),
        DocumentFormat.Html => HtmlReader.Read(source, options, cancellationToken),
        _ => new ParsedDocument(source, null, PlainTextDirectives.Find(source), new HashSet<string>(), []),
    };

    /// <summary>The source span of prose span <c>[start, end)</c>.</summary>
    public (int Start, int End) ToSource(int start, int end) =>
        Projection is null ? (start, end) : (Projection.SourceIndex(start), Math.Max(Projection.SourceEnd(end - 1), Projection.SourceIndex(start)));

    /// <summary>
    /// Why the document was read in a degraded way (too deeply nested to parse) and where, or null: the findings of
    /// such a document are reported, never fixed, and the check warns at <see cref="DegradedAt"/>.
    /// </summary>
    public string? DegradedReason { get; init; }

    /// <summary>The source offset that <see cref="DegradedReason"/> is about.</summary>
    public int DegradedAt { get; init; }

    /// <summary>Whether a fix may replace the source span of prose span <c>[start, end)</c>.</summary>
    public bool IsFixable(int start, int end) => DegradedReason is null && (Projection is null || Projection.IsFixable(Source, start, end));
}
