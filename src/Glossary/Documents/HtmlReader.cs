using HtmlAgilityPack;

namespace Glossary.Documents;

/// <summary>
/// HTML → prose with HtmlAgilityPack, whose text nodes keep their raw source offsets. Checked: text
/// nodes (entities decoded for matching) and, when asked, <c>alt</c>/<c>title</c> values. Skipped:
/// tags, comments (which may hold suppressions), <c>script</c>, <c>style</c>, <c>pre</c>, <c>code</c>,
/// <c>kbd</c>, <c>samp</c>, <c>var</c>, <c>textarea</c>, elements with <c>translate="no"</c> and
/// elements with a skipped class. Block elements separate runs of prose; inline ones do not.
/// </summary>
internal static class HtmlReader
{
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "pre", "code", "kbd", "samp", "var", "textarea", "template", "tt", "math", "svg",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hr", "html", "li", "main", "nav", "ol", "p", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "title", "tr", "ul", "option", "select", "button", "label", "img",
    };

    /// <summary>Nesting deeper than this is read by <see cref="ReadFlat"/>: HtmlAgilityPack's time grows with the square of the depth.</summary>
    private const int MaxTreeDepth = 1000;

    /// <summary>Reads HTML; <paramref name="cancellationToken"/> is polled before parsing and between nodes.</summary>
    public static ParsedDocument Read(string source, DocumentOptions options, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var projection = new TextProjection(source);
        var directives = new List<Directive>();
        if (NestingDepth(source) > MaxTreeDepth)
        {
            ReadFlat(source, projection, directives, cancellationToken);
        }
        else
        {
            var document = Load(source);
            cancellationToken.ThrowIfCancellationRequested();
            Walk(document.DocumentNode, source, 0, options, projection, directives, cancellationToken);
        }
        return new ParsedDocument(source, projection, directives, new HashSet<string>(), []);
    }

    /// <summary>A quick upper bound of element nesting: start tags minus end tags, at most.</summary>
    private static int NestingDepth(string source)
    {
        int depth = 0, max = 0;
        for (var i = source.IndexOf('<'); i >= 0 && i + 1 < source.Length; i = source.IndexOf('<', i + 1))
        {
            var next = source[i + 1];
            if (next == '/')
                depth = Math.Max(0, depth - 1);
            else if (char.IsAsciiLetter(next))
                max = Math.Max(max, ++depth);
        }

        return max;
    }

    /// <summary>
    /// A linear reader for pathological nesting: text outside tags, with comments (and their suppressions),
    /// <c>script</c>, <c>style</c> and the other skipped elements left out. Every tag is a wall.
    /// </summary>
    private static void ReadFlat(string source, TextProjection projection, List<Directive> directives, CancellationToken cancellationToken)
    {
        var i = 0;
        while (i < source.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var open = source.IndexOf('<', i);
            var textEnd = open < 0 ? source.Length : open;
            if (textEnd > i)
                AppendRaw(source[i..textEnd], i, source, 0, projection);
            if (open < 0)
                break;

            if (string.CompareOrdinal(source, open, "<!--", 0, 4) == 0)
            {
                var close = source.IndexOf("-->", open + 4, StringComparison.Ordinal);
                var end = close < 0 ? source.Length : close + 3;
                AddCommentDirective(source[open..end], open, directives);
                projection.AppendBarrier(open);
                i = end;
                continue;
            }

            var tagEnd = source.IndexOf('>', open + 1);
            if (tagEnd < 0)
                break;
            projection.AppendBarrier(open);
            i = tagEnd + 1;
            var name = new string(source.AsSpan(open + 1, tagEnd - open - 1).TrimStart('/').ToString().TakeWhile(char.IsAsciiLetterOrDigit).ToArray());
            if (source[open + 1] != '/' && SkippedElements.Contains(name))
            {
                var closeTag = source.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = closeTag < 0 ? source.Length : closeTag;
            }
        }
    }

    /// <summary>Reads the HTML at <c>source[start, start+length)</c> (a Markdown HTML block) into <paramref name="projection"/>.</summary>
    public static void ReadFragment(string source, int start, int length, TextProjection projection, List<Directive> directives)
    {
        var fragment = source.Substring(start, length);
        Walk(Load(fragment).DocumentNode, fragment, start, DocumentOptions.PlainText with { Format = DocumentFormat.Html }, projection, directives);
    }

    /// <summary>Adds the directive in an HTML comment (<c>&lt;!-- glossary-disable --&gt;</c>), if it holds one.</summary>
    public static void AddCommentDirective(string comment, int offset, List<Directive> directives)
    {
        var body = comment.AsSpan();
        if (body.StartsWith("<!--", StringComparison.Ordinal))
            body = body[4..];
        if (body.EndsWith("-->", StringComparison.Ordinal))
            body = body[..^3];
        if (Directive.Parse(body, offset, comment.Length) is { } directive)
            directives.Add(directive);
    }

    private static HtmlDocument Load(string html)
    {
        var document = new HtmlDocument { OptionCheckSyntax = false, OptionFixNestedTags = false, OptionAutoCloseOnEnd = false };
        document.LoadHtml(html);
        return document;
    }

    // Iterative, not recursive: a hostile page of 50,000 nested elements must not overflow the stack.
    private static void Walk(HtmlNode root, string source, int origin, DocumentOptions options, TextProjection projection, List<Directive> directives, CancellationToken cancellationToken = default)
    {
        var stack = new Stack<(HtmlNode Node, bool Closing)>();
        for (var child = root.LastChild; child is not null; child = child.PreviousSibling)
            stack.Push((child, false));

        while (stack.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (node, closing) = stack.Pop();
            var at = origin + node.StreamPosition;
            if (closing)
            {
                projection.AppendBarrier(at);
                continue;
            }

            switch (node.NodeType)
            {
                case HtmlNodeType.Comment:
                    AddCommentDirective(((HtmlCommentNode)node).Comment, at, directives);
                    break;
                case HtmlNodeType.Text:
                    AppendRaw(((HtmlTextNode)node).Text, node.StreamPosition, source, origin, projection);
                    break;
                case HtmlNodeType.Element:
                    if (IsSkipped(node, options))
                    {
                        projection.AppendBarrier(at);
                        break;
                    }

                    var block = BlockElements.Contains(node.Name);
                    if (block)
                    {
                        projection.AppendBarrier(at);
                        stack.Push((node, true));
                    }

                    if (node.Name.Equals("br", StringComparison.OrdinalIgnoreCase))
                        projection.AppendMapped("\n", at, text: false);
                    if (options.CheckAttributes)
                        AppendAttributes(node, source, origin, projection);
                    for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                        stack.Push((child, false));
                    break;
            }
        }
    }

    private static bool IsSkipped(HtmlNode element, DocumentOptions options)
    {
        if (SkippedElements.Contains(element.Name))
            return true;
        if (string.Equals(element.GetAttributeValue("translate", string.Empty), "no", StringComparison.OrdinalIgnoreCase))
            return true;
        if (options.SkipClasses.Count == 0)
            return false;
        var classes = element.GetAttributeValue("class", string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return classes.Any(c => options.SkipClasses.Contains(c, StringComparer.Ordinal));
    }

    private static void AppendAttributes(HtmlNode element, string source, int origin, TextProjection projection)
    {
        foreach (var attribute in element.Attributes)
        {
            if (!attribute.Name.Equals("alt", StringComparison.OrdinalIgnoreCase) && !attribute.Name.Equals("title", StringComparison.OrdinalIgnoreCase))
                continue;
            projection.AppendBarrier(origin + attribute.ValueStartIndex);
            AppendRaw(attribute.Value ?? string.Empty, attribute.ValueStartIndex, source, origin, projection, inAttribute: true);
            projection.AppendBarrier(origin + attribute.ValueStartIndex);
        }
    }

    /// <summary>
    /// Appends raw HTML text found at <paramref name="position"/>, decoding character references (see
    /// <see cref="HtmlCharacterReferences"/>) but mapping each to its source.
    /// </summary>
    private static void AppendRaw(string raw, int position, string source, int origin, TextProjection projection, bool inAttribute = false)
    {
        // The parser's offset is trusted only where the source really holds the raw text there.
        if (position < 0 || position + raw.Length > source.Length || string.CompareOrdinal(source, position, raw, 0, raw.Length) != 0)
        {
            var found = source.IndexOf(raw, Math.Max(0, position), StringComparison.Ordinal);
            if (found < 0)
            {
                projection.AppendMapped(HtmlCharacterReferences.Decode(raw, inAttribute), origin + Math.Max(0, position), raw.Length, text: false);
                return;
            }

            position = found;
        }

        var i = 0;
        while (i < raw.Length)
        {
            var amp = raw.IndexOf('&', i);
            if (amp < 0)
            {
                projection.AppendExact(raw.AsSpan(i), origin + position + i);
                break;
            }

            projection.AppendExact(raw.AsSpan(i, amp - i), origin + position + i);
            var length = HtmlCharacterReferences.Read(raw, amp, inAttribute, out var decoded);
            if (length == 0)
            {
                projection.AppendExact("&", origin + position + amp);
                i = amp + 1;
                continue;
            }

            projection.AppendMapped(decoded, origin + position + amp, length);
            i = amp + length;
        }
    }
}
