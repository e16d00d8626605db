using System.Text;

namespace Glossary.Romanization.Chinese;

/// <summary>
/// A word list read from an embedded data file: <c>word [TAB syllables [TAB fixed spelling]]</c> per
/// line, <c>#</c> comments. The file is kept as UTF-8 bytes. A file sorted by code point (the
/// generated and derived ones) is binary-searched in place, with no parsing at all, so the
/// 89 000-word list costs one byte copy to load; a hand-written file in reading order gets a sorted
/// index of its lines.
/// </summary>
internal sealed class Lexicon
{
    private readonly byte[] bytes;
    private readonly int dataStart;
    private readonly int[]? lines;

    private Lexicon(byte[] bytes, int dataStart, int[]? lines)
    {
        this.bytes = bytes;
        this.dataStart = dataStart;
        this.lines = lines;
    }

    /// <summary>One entry: <see cref="Syllables"/> is empty for a word read character by character.</summary>
    public readonly record struct Entry(string[] Syllables, string? Spelling);

    /// <summary>A file sorted by code point, after its leading comment lines; searched in place.</summary>
    public static Lexicon Sorted(byte[] bytes)
    {
        var start = 0;
        while (start < bytes.Length && bytes[start] == (byte)'#')
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            start = end < 0 ? bytes.Length : end + 1;
        }

        return new Lexicon(bytes, start, null);
    }

    /// <summary>A file in any order, with comments and blank lines anywhere; its lines are indexed and sorted.</summary>
    public static Lexicon Indexed(byte[] bytes)
    {
        var lines = new List<int>();
        for (var start = 0; start < bytes.Length;)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0)
                end = bytes.Length;
            if (end > start && bytes[start] != (byte)'#' && bytes[start] != (byte)'\r')
                lines.Add(start);
            start = end + 1;
        }

        var array = lines.ToArray();
        Array.Sort(array, (a, b) => KeyAt(bytes, a).SequenceCompareTo(KeyAt(bytes, b)));
        return new Lexicon(bytes, 0, array);
    }

    /// <summary>True when the list has <paramref name="word"/>; <paramref name="entry"/> then holds its syllables.</summary>
    public bool TryGet(string word, out Entry entry)
    {
        Span<byte> key = stackalloc byte[Encoding.UTF8.GetMaxByteCount(word.Length)];
        key = key[..Encoding.UTF8.GetBytes(word, key)];
        var line = lines is null ? SearchInPlace(key) : SearchIndex(key);
        entry = line < 0 ? default : Read(line);
        return line >= 0;
    }

    public bool Contains(string word) => TryGet(word, out _);

    /// <summary>Every entry, in file order for a sorted file, in key order otherwise.</summary>
    public IEnumerable<(string Word, Entry Entry)> Entries()
    {
        foreach (var line in LineStarts())
            yield return (Encoding.UTF8.GetString(KeyAt(bytes, line)), Read(line));
    }

    /// <summary>True when the entries are strictly increasing by code point (no duplicates).</summary>
    public bool IsStrictlySorted()
    {
        var previous = -1;
        foreach (var line in LineStarts())
        {
            if (previous >= 0 && KeyAt(bytes, previous).SequenceCompareTo(KeyAt(bytes, line)) >= 0)
                return false;
            previous = line;
        }

        return true;
    }

    private IEnumerable<int> LineStarts()
    {
        if (lines is not null)
        {
            foreach (var line in lines)
                yield return line;
            yield break;
        }

        for (var start = dataStart; start < bytes.Length;)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0)
                end = bytes.Length;
            if (end > start)
                yield return start;
            start = end + 1;
        }
    }

    private int SearchIndex(ReadOnlySpan<byte> key)
    {
        int low = 0, high = lines!.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var cmp = KeyAt(bytes, lines[mid]).SequenceCompareTo(key);
            if (cmp == 0)
                return lines[mid];
            if (cmp < 0)
                low = mid + 1;
            else
                high = mid - 1;
        }

        return -1;
    }

    /// <summary>Binary search over byte offsets: each probe backs up to the start of the line it lands in.</summary>
    private int SearchInPlace(ReadOnlySpan<byte> key)
    {
        int low = dataStart, high = bytes.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            var start = mid;
            while (start > low && bytes[start - 1] != (byte)'\n')
                start--;
            var end = Array.IndexOf(bytes, (byte)'\n', start, high - start);
            if (end < 0)
                end = high;
            var cmp = KeyAt(bytes, start).SequenceCompareTo(key);
            if (cmp == 0)
                return start;
            if (cmp < 0)
                low = end + 1;
            else
                high = start;
        }

        return -1;
    }

    private Entry Read(int lineStart)
    {
        var fields = Encoding.UTF8.GetString(LineAt(bytes, lineStart)).Split('\t');
        var syllables = fields.Length > 1 && fields[1].Length > 0 ? fields[1].Split(' ') : [];
        return new Entry(syllables, fields.Length > 2 ? fields[2] : null);
    }

    private static ReadOnlySpan<byte> LineAt(byte[] bytes, int start)
    {
        var line = bytes.AsSpan(start);
        var end = line.IndexOf((byte)'\n');
        if (end >= 0)
            line = line[..end];
        return line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
    }

    private static ReadOnlySpan<byte> KeyAt(byte[] bytes, int start)
    {
        var line = LineAt(bytes, start);
        var tab = line.IndexOf((byte)'\t');
        return tab < 0 ? line : line[..tab];
    }
}
