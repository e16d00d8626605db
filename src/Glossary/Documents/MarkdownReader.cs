using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Glossary.Documents;

/// <summary>
/// Markdown → prose with Markdig's precise source positions. Checked: headings, paragraphs, lists,
/// tables, block quotes, link text and image alt text. Skipped: fenced and indented code, inline code,
/// autolinks and bare URLs, link destinations, HTML tags and comments (which may hold suppressions),
/// and YAML front matter (which may hold <c>glossary: { ignore: [id …] }</c>). Emphasis markers and
/// inline tags vanish, so <c>Kim *Jong-un*</c> still reads as one name.
/// </summary>
internal static class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    /// <summary>
    /// Container nesting (lists, block quotes) deeper than this is not given to Markdig, whose time grows with the
    /// square of the depth before it refuses the text as "too deeply nested" (2,000 levels: tens of seconds).
    /// </summary>
    internal const int MaxNesting = 100;

    /// <summary>Reads Markdown; <paramref name="cancellationToken"/> is polled before parsing and between blocks.</summary>
    public static ParsedDocument Read(string source, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (nesting, deepest) = NestingBound(source);
        if (nesting > MaxNesting)
            return Degraded(source, $"nested deeper than {MaxNesting} levels: read as plain text, findings reported but not fixed", deepest);

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(source, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses pathologically deep inline nesting ("too deeply nested").
            return Degraded(source, "inline markup nested too deeply: read as plain text, findings reported but not fixed", 0);
        }

        var projection = new TextProjection(source);
        var directives = new List<Directive>();
        var ignored = new HashSet<string>(StringComparer.Ordinal);
        var frontMatterDirectives = new List<Directive>();

        cancellationToken.ThrowIfCancellationRequested();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (block)
            {
                case YamlFrontMatterBlock front:
                    FrontMatter.ReadIgnores(source, front.Span.Start, front.Span.Length, ignored, frontMatterDirectives);
                    continue;
                case CodeBlock:
                    continue;
                case HtmlBlock html:
                    HtmlReader.ReadFragment(source, html.Span.Start, html.Span.Length, projection, directives);
                    projection.AppendBarrier(html.Span.End);
                    continue;
            }

            if (block.Inline is null)
                continue;
            Walk(source, block, projection, directives);
            projection.AppendBarrier(block.Span.End);
        }

        return new ParsedDocument(source, projection, directives, ignored, frontMatterDirectives);
    }

    /// <summary>
    /// A text Markdig cannot read in reasonable time is checked as plain text, so names are still reported, but
    /// nothing in it is fixed: without the Markdown structure a fix could not tell prose from code (issue #11 point 9).
    /// </summary>
    private static ParsedDocument Degraded(string source, string reason, int at) =>
        ParsedDocument.Parse(source, DocumentOptions.PlainText) with { DegradedReason = reason, DegradedAt = at };

    /// <summary>
    /// A cheap upper bound of container nesting: the most block-quote markers, list markers and indentation (two
    /// columns a level, as the narrowest list nests) that start any line, and the offset of the first line that deep.
    /// </summary>
    internal static (int Depth, int Offset) NestingBound(string source)
    {
        int max = 0, at = 0;
        var i = 0;
        while (i < source.Length)
        {
            int depth = 0, columns = 0, lineStart = i;
            for (; i < source.Length; i++)
            {
                var c = source[i];
                if (c == ' ')
                    columns++;
                else if (c == '\t')
                    columns += 4;
                else if (c == '>' || (c is '-' or '*' or '+' or '.' or ')' && i + 1 < source.Length && source[i + 1] is ' ' or '\t'))
                    depth++;
                else if (!char.IsAsciiDigit(c))
                    break;
            }

            if (depth + (columns / 2) > max)
                (max, at) = (depth + (columns / 2), lineStart);
            var end = source.AsSpan(i).IndexOfAny('\n', '\r');
            i = end < 0 ? source.Length : i + end + 1;
        }

        return (max, at);
    }

    // Iterative, not recursive: deeply nested emphasis must not overflow the stack.
    // Markdig's inline positions are not always right (in a heading whose marker is followed by a tab they count
    // from the heading's own start), so each is trusted only inside the block, after what was read before it, and
    // where the source holds what it stands for; anything else is still checked but never fixed (issue #11 point 2).
    private static void Walk(string source, LeafBlock block, TextProjection projection, List<Directive> directives)
    {
        var stack = new Stack<Inline>();
        for (var inline = block.Inline!.LastChild; inline is not null; inline = inline.PreviousSibling)
            stack.Push(inline);

        var region = new Region(source, Math.Max(block.Span.Start, 0), Math.Min(block.Span.End + 1, source.Length));

        while (stack.Count > 0)
        {
            var inline = stack.Pop();
            switch (inline)
            {
                case LiteralInline literal:
                    AppendLiteral(literal, projection, ref region);
                    break;
                case CodeInline or AutolinkInline or LinkInline { IsAutoLink: true }:
                    projection.AppendBarrier(region.Clamp(inline.Span.Start));
                    if (region.Holds(inline.Span.Start, inline.Span.Length))
                        region.Take(inline.Span.Start, inline.Span.Length);
                    break;
                case LineBreakInline lineBreak:
                    var breakLength = region.Holds(lineBreak.Span.Start, 1) ? LineBreakLength(source, lineBreak.Span.Start) : 0;
                    // A hard break is markup, as <br> is in HTML: a name across it is reported, never fixed.
                    if (breakLength > 0 && region.Holds(lineBreak.Span.Start, breakLength))
                        projection.AppendMapped("\n", region.Take(lineBreak.Span.Start, breakLength), breakLength, text: !lineBreak.IsHard);
                    else
                        projection.AppendMapped("\n", region.Cursor, 0, text: false);
                    break;
                case HtmlEntityInline entity:
                    var span = entity.Span;
                    if (region.Holds(span.Start, span.Length) && source[span.Start] == '&' && source[span.End] == ';')
                        projection.AppendMapped(entity.Transcoded.ToString(), region.Take(span.Start, span.Length), span.Length);
                    else
                        projection.AppendMapped(entity.Transcoded.ToString(), region.Cursor, 0, text: false);
                    break;
                case HtmlInline html:
                    if (html.Tag.StartsWith("<!--", StringComparison.Ordinal))
                        HtmlReader.AddCommentDirective(html.Tag, html.Span.Start, directives);
                    break;
                case ContainerInline child:
                    for (var inner = child.LastChild; inner is not null; inner = inner.PreviousSibling)
                        stack.Push(inner);
                    break;
            }
        }
    }

    private static void AppendLiteral(LiteralInline literal, TextProjection projection, ref Region region)
    {
        var content = literal.Content.AsSpan();
        if (content.Length == 0)
            return;

        // Where Markdig says, else the next place in the block that holds the text.
        var span = literal.Span;
        var at = region.Holds(span.Start, span.Length) ? region.Source.AsSpan(span.Start, span.Length).IndexOf(content) : -1;
        if (at >= 0)
            at += span.Start;
        else if (region.Source.AsSpan(region.Cursor, region.End - region.Cursor).IndexOf(content) is var found and >= 0)
            at = region.Cursor + found;

        if (at >= 0)
        {
            projection.AppendExact(content, region.Take(at, content.Length));
            return;
        }

        // A transformed literal (tabs expanded) or one whose position is lost: readable, but not the source text.
        if (region.Holds(span.Start, span.Length) && span.Length > 0)
            projection.AppendMapped(content, region.Take(span.Start, span.Length), span.Length, text: false);
        else
            projection.AppendMapped(content, region.Cursor, 0, text: false);
    }

    /// <summary>The part of the source a block's inlines may stand for: from the end of the last one read to the block's end.</summary>
    private struct Region(string source, int start, int end)
    {
        public readonly string Source = source;
        public readonly int End = end;

        public int Cursor { get; private set; } = start;

        /// <summary>Whether <c>[at, at + length)</c> lies after the cursor and inside the block.</summary>
        public readonly bool Holds(int at, int length) => at >= Cursor && length >= 0 && at + length <= End;

        /// <summary>Moves the cursor past <c>[at, at + length)</c>; returns <paramref name="at"/>.</summary>
        public int Take(int at, int length)
        {
            Cursor = at + length;
            return at;
        }

        public readonly int Clamp(int at) => Math.Clamp(at, Cursor, End);
    }

    // The newline characters at a soft or hard break: "\n" or "\r\n" (trailing spaces of a hard break are before it).
    private static int LineBreakLength(string source, int at)
    {
        var end = at;
        while (end < source.Length && source[end] is ' ' or '\\')
            end++;
        if (end < source.Length && source[end] == '\r')
            end++;
        if (end < source.Length && source[end] == '\n')
            end++;
        return Math.Max(end - at, 1);
    }
}
