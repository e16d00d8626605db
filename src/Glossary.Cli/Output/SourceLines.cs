using System.Text;

namespace Glossary.Cli.Output;

/// <summary>
/// Converts a finding's UTF-16 positions to what other formats count, using the checked text.
/// A finding's line starts at <c>Offset - (Column - 1)</c>, so no line table is needed.
/// </summary>
internal static class SourceLines
{
    /// <summary>The 1-based UTF-8 byte columns of the start and the (exclusive) end; UTF-16 columns when the text is missing.</summary>
    public static (int Start, int End) Utf8Columns(string? text, Finding finding)
    {
        var start = Utf8Column(text, finding.Offset, finding.Column);
        var end = Utf8Column(text, finding.Offset + finding.Length, finding.EndColumn);
        return (start, end);
    }

    /// <summary>The text of the finding's first line without its line break; the found text when the text is missing.</summary>
    public static string FirstLine(string? text, Finding finding)
    {
        var lineStart = finding.Offset - (finding.Column - 1);
        if (text is null || lineStart < 0 || finding.Offset > text.Length)
            return finding.Found;
        var length = text.AsSpan(lineStart).IndexOfAny('\r', '\n');
        return text.Substring(lineStart, length < 0 ? text.Length - lineStart : length);
    }

    private static int Utf8Column(string? text, int offset, int utf16Column)
    {
        var lineStart = offset - (utf16Column - 1);
        if (text is null || lineStart < 0 || offset > text.Length)
            return utf16Column;
        return 1 + Encoding.UTF8.GetByteCount(text.AsSpan(lineStart, utf16Column - 1));
    }
}
