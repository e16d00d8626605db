namespace Glossary.Checking;

/// <summary>
/// Maps 0-based UTF-16 offsets to 1-based line and column; <c>\n</c>, <c>\r\n</c> and <c>\r</c> end a line.
/// Not thread-safe: it remembers the last line found, because findings are located in text order and
/// the next one is nearly always on the same line or a few lines below.
/// </summary>
internal sealed class LineIndex
{
    private readonly List<int> starts = [0];
    private int last;

    public LineIndex(string text)
    {
        var span = text.AsSpan();
        var at = 0;
        while (true)
        {
            var next = span[at..].IndexOfAny('\n', '\r');
            if (next < 0)
                break;
            var i = at + next;
            if (text[i] == '\n' || i + 1 == text.Length || text[i + 1] != '\n')
                starts.Add(i + 1);
            at = i + 1;
        }
    }

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
}
