using System.Text;

namespace Glossary.Documents;

/// <summary>
/// The checkable text of a document: the prose it shows, flattened into one string, with the source
/// span of every character. A match maps back to the source span from its first to its last character;
/// it is fixable only when every character is text (not a tag or a wall) and what lies between them in
/// the source is nothing or whitespace: so not across emphasis markers, links or a block quote's
/// <c>&gt;</c>, but across an entity (<c>&amp;nbsp;</c>), a wrapped line or a list's indentation. Blocks, code
/// and URLs are separated by <see cref="Barrier"/>, which no spelling can match across.
/// </summary>
internal sealed class TextProjection(string source)
{
    /// <summary>A character that is no letter, no space and in no spelling: a wall between runs of prose.</summary>
    public const char Barrier = '\uFFFC';

    private readonly StringBuilder text = new();
    private readonly List<int> starts = [];
    private readonly List<int> ends = [];
    private readonly List<bool> isText = [];
    private string? built;

    /// <summary>The projected text, built once after the last append: every finding reads it (regression: issue #11 point 5).</summary>
    public string Text => built ??= text.ToString();

    public int Length => text.Length;

    /// <summary>The source offset of projected character <paramref name="index"/>.</summary>
    public int SourceIndex(int index) => starts[index];

    /// <summary>The source offset just after what projected character <paramref name="index"/> stands for.</summary>
    public int SourceEnd(int index) => ends[index];

    /// <summary>
    /// Appends <paramref name="value"/>, which stands at <paramref name="sourceStart"/> in the source character for
    /// character. A reader's offsets are checked, not trusted: a character the source does not hold there is never
    /// fixed (regression: issue #11 point 2).
    /// </summary>
    public void AppendExact(ReadOnlySpan<char> value, int sourceStart)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var at = sourceStart + i;
            Add(value[i], at, at + 1, (uint)at < (uint)source.Length && source[at] == value[i]);
        }
    }

    /// <summary>
    /// Appends characters that stand for <c>source[sourceIndex, sourceIndex + sourceLength)</c> without
    /// equalling it: an entity, an escape, a line break. <paramref name="text"/> false marks markup (a
    /// <c>&lt;br&gt;</c>) that a fix must never overwrite.
    /// </summary>
    public void AppendMapped(ReadOnlySpan<char> value, int sourceIndex, int sourceLength = 1, bool text = true)
    {
        foreach (var c in value)
            Add(c, sourceIndex, sourceIndex + Math.Max(sourceLength, 0), text);
    }

    /// <summary>Appends a wall between runs of prose, unless there is one already.</summary>
    public void AppendBarrier(int sourceIndex)
    {
        if (text.Length > 0 && text[^1] != Barrier)
            Add(Barrier, sourceIndex, sourceIndex, false);
    }

    /// <summary>Whether the source span of projected <c>[start, end)</c> may be replaced (see the class summary).</summary>
    public bool IsFixable(string source, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!isText[k])
                return false;
            if (k + 1 == end)
                break;

            var gapStart = ends[k];
            var gapEnd = starts[k + 1];
            if (gapEnd < gapStart)
            {
                // Several characters decoded from one entity share its span.
                if (starts[k + 1] != starts[k] || ends[k + 1] != ends[k])
                    return false;
                continue;
            }

            for (var g = gapStart; g < gapEnd; g++)
            {
                if (g >= source.Length || !char.IsWhiteSpace(source[g]))
                    return false;
            }
        }

        return true;
    }

    private void Add(char c, int start, int end, bool textual)
    {
        built = null;
        text.Append(c);
        starts.Add(start);
        ends.Add(end);
        isText.Add(textual);
    }
}
