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

    public static ParsedDocument Read(string source)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(source, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses pathologically deep nesting ("too deeply nested"); such a text is read as plain
            // text, so checking still never throws for content.
            return ParsedDocument.Parse(source, DocumentOptions.PlainText);
        }

        var projection = new TextProjection();
        var directives = new List<Directive>();
        var ignored = new HashSet<string>(StringComparer.Ordinal);
        var frontMatterDirectives = new List<Directive>();

        foreach (var block in document.Descendants<LeafBlock>())
        {
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
            Walk(source, block.Inline, projection, directives);
            projection.AppendBarrier(block.Span.End);
        }

        return new ParsedDocument(source, projection, directives, ignored, frontMatterDirectives);
    }

    // Iterative, not recursive: deeply nested emphasis must not overflow the stack.
    private static void Walk(string source, ContainerInline container, TextProjection projection, List<Directive> directives)
    {
        var stack = new Stack<Inline>();
        for (var inline = container.LastChild; inline is not null; inline = inline.PreviousSibling)
            stack.Push(inline);

        while (stack.Count > 0)
        {
            var inline = stack.Pop();
            switch (inline)
            {
                case LiteralInline literal:
                    AppendLiteral(source, literal, projection);
                    break;
                case CodeInline or AutolinkInline:
                    projection.AppendBarrier(inline.Span.Start);
                    break;
                case LinkInline { IsAutoLink: true }:
                    projection.AppendBarrier(inline.Span.Start);
                    break;
                case LineBreakInline lineBreak:
                    projection.AppendMapped("\n", lineBreak.Span.Start, LineBreakLength(source, lineBreak.Span.Start));
                    break;
                case HtmlEntityInline entity:
                    projection.AppendMapped(entity.Transcoded.ToString(), entity.Span.Start, entity.Span.Length);
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

    private static void AppendLiteral(string source, LiteralInline literal, TextProjection projection)
    {
        var content = literal.Content.AsSpan();
        var span = literal.Span;
        if (content.Length == 0)
            return;
        if (span.Start >= 0 && span.End < source.Length)
        {
            var raw = source.AsSpan(span.Start, span.Length);
            var at = raw.IndexOf(content);
            if (at >= 0)
            {
                projection.AppendExact(content, span.Start + at);
                return;
            }
        }

        // An escape (\*) or a transformed literal: readable, but not the source text.
        projection.AppendMapped(content, Math.Max(span.Start, 0), span.Length);
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
