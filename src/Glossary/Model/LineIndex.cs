namespace Glossary.Model;

/// <summary>
/// The one line table of the library: maps 0-based UTF-16 offsets to 1-based line and column and back;
/// <c>\n</c>, <c>\r\n</c> and <c>\r</c> end a line, as YamlDotNet, Markdig and <c>XmlReader</c> count them.
/// Not thread-safe: it remembers the last line found, because findings are located in text order and
/// the next one is nearly always on the same line or a few lines below.
/// </summary>
internal sealed class LineIndex
{
    private readonly List<int> starts = [0];
    private readonly int length;
    private int last;

    public LineIndex(ReadOnlySpan<char> text)
    {
        length = text.Length;
        var at = 0;
        while (true)
        {
            var next = text[at..].IndexOfAny('\n', '\r');
            if (next < 0)
                break;
            var i = at + next;
            if (text[i] == '\n' || i + 1 == text.Length || text[i + 1] != '\n')
                starts.Add(i + 1);
            at = i + 1;
        }
    }

    /// <summary>The 1-based line and column (UTF-16 code units) of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        var index = last;
        if (offset >= starts[index] && (index + 1 == starts.Count || offset < starts[index + 1]))
            return (index + 1, offset - starts[index] + 1);

        // A short walk down from the last line, else halving.
        if (offset > starts[index] && index + 8 < starts.Count && offset < starts[index + 8])
        {
            while (offset >= starts[index + 1])
                index++;
        }
        else
        {
            // The last line start at or before the offset.
            int lo = 0, hi = starts.Count - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= offset)
                    lo = mid;
                else
                    hi = mid - 1;
            }

            index = lo;
        }

        last = index;
        return (index + 1, offset - starts[index] + 1);
    }

    /// <summary>The position of <paramref name="offset"/> in the file <paramref name="path"/>.</summary>
    public SourcePosition Position(string path, int offset)
    {
        var (line, column) = Locate(offset);
        return new SourcePosition(path, line, column, offset);
    }

    /// <summary>
    /// The position of a 1-based line and column that a parser reports (<c>IXmlLineInfo</c>), with its offset
    /// clamped to the text: a parser may point one past the end.
    /// </summary>
    public SourcePosition Position(string path, int line, int column)
    {
        var start = line - 1 < starts.Count ? starts[line - 1] : length;
        return new SourcePosition(path, line, column, Math.Min(length, start + column - 1));
    }

    /// <summary>The 1-based line and column just after <paramref name="before"/>, for a one-off position.</summary>
    public static (int Line, int Column) End(ReadOnlySpan<char> before) => new LineIndex(before).Locate(before.Length);

    /// <summary>The length of the line that starts <paramref name="text"/>, without its line break.</summary>
    public static int LineLength(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny('\r', '\n');
        return end < 0 ? text.Length : end;
    }
}
