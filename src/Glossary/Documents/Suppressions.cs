using Glossary.Model;

namespace Glossary.Documents;

/// <summary>What a suppression comment does.</summary>
internal enum DirectiveKind
{
    IgnoreNextLine,
    Disable,
    Enable,

    /// <summary>Not a suppression: a misspelt directive or unreadable front matter, kept to be warned about.</summary>
    Unknown,
}

/// <summary>
/// A suppression written in the document: <c>glossary-ignore-next-line [id …]</c>,
/// <c>glossary-disable [id …]</c> or <c>glossary-enable [id …]</c>; no ids means every entry.
/// </summary>
internal sealed record Directive(DirectiveKind Kind, IReadOnlyList<string> Ids, int Offset, int Length)
{
    private static readonly string[] Keywords = ["glossary-ignore-next-line", "glossary-disable", "glossary-enable"];

    /// <summary>Why an <see cref="DirectiveKind.Unknown"/> directive suppresses nothing.</summary>
    public string? Problem { get; init; }

    public bool Covers(string entryId) => Kind != DirectiveKind.Unknown && (Ids.Count == 0 || Ids.Contains(entryId));

    /// <summary>Reads a directive from comment text (without the comment markers), or null.</summary>
    public static Directive? Parse(ReadOnlySpan<char> comment, int offset, int length)
    {
        var text = comment.Trim();
        DirectiveKind kind;
        int keyword;
        if (text.StartsWith("glossary-ignore-next-line", StringComparison.Ordinal))
            (kind, keyword) = (DirectiveKind.IgnoreNextLine, "glossary-ignore-next-line".Length);
        else if (text.StartsWith("glossary-disable", StringComparison.Ordinal))
            (kind, keyword) = (DirectiveKind.Disable, "glossary-disable".Length);
        else if (text.StartsWith("glossary-enable", StringComparison.Ordinal))
            (kind, keyword) = (DirectiveKind.Enable, "glossary-enable".Length);
        else
            return Misspelt(text, offset, length);

        var rest = text[keyword..];
        if (rest.Length > 0 && !char.IsWhiteSpace(rest[0]) && rest[0] != ',')
            return Misspelt(text, offset, length);
        var ids = rest.ToString().Split([' ', '\t', ',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        return new Directive(kind, ids, offset, length);
    }

    /// <summary>A comment that starts like a directive (<c>glossary-ignroe</c>) but is none: a warning, not silence.</summary>
    private static Directive? Misspelt(ReadOnlySpan<char> text, int offset, int length)
    {
        if (!text.StartsWith("glossary-", StringComparison.Ordinal))
            return null;
        var end = "glossary-".Length;
        while (end < text.Length && (char.IsAsciiLetterLower(text[end]) || text[end] == '-'))
            end++;
        if (end == "glossary-".Length || (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != ','))
            return null;
        var word = text[..end].ToString();
        return new Directive(DirectiveKind.Unknown, [], offset, length)
        {
            Problem = $"unknown suppression directive '{word}' (known: {string.Join(", ", Keywords)})",
        };
    }
}

/// <summary>
/// Plain-text suppressions: a directive on a line of its own, optionally inside comment markers
/// (<c>#</c>, <c>//</c>, <c>&lt;!-- … --&gt;</c>).
/// </summary>
internal static class PlainTextDirectives
{
    public static List<Directive> Find(string text)
    {
        var directives = new List<Directive>();
        var from = 0;
        while (from < text.Length)
        {
            var hit = text.IndexOf("glossary-", from, StringComparison.Ordinal);
            if (hit < 0)
                break;
            var lineStart = hit == 0 ? 0 : text.AsSpan(0, hit).LastIndexOfAny('\r', '\n') + 1;
            var lineEnd = hit + LineIndex.LineLength(text.AsSpan(hit));
            var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            var stripped = StripMarkers(line);

            // A misspelt directive is only warned about inside comment markers: prose may start a line with "glossary-".
            if (Directive.Parse(stripped, lineStart, lineEnd - lineStart) is { } directive
                && (directive.Kind != DirectiveKind.Unknown || stripped.Length != line.Length))
                directives.Add(directive);
            from = lineEnd + 1;
        }

        return directives;
    }

    private static ReadOnlySpan<char> StripMarkers(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("<!--", StringComparison.Ordinal))
            line = line[4..];
        if (line.EndsWith("-->", StringComparison.Ordinal))
            line = line[..^3];
        if (line.StartsWith("//", StringComparison.Ordinal))
            line = line[2..];
        else if (line.StartsWith("#", StringComparison.Ordinal))
            line = line[1..];
        return line.Trim();
    }
}
