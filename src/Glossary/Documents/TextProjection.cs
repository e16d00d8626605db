using System.Text;

namespace Glossary.Documents;

/// <summary>
/// The checkable text of a document: the prose it shows, flattened into one string, with the source
/// offset of every character. A match maps back to the source span from its first to its last
/// character; it is fixable only when that span holds exactly the matched text (so not across
/// emphasis markers, entities or a blockquote's <c>&gt;</c>). Blocks, code and URLs are separated by
/// <see cref="Barrier"/>, which no spelling can match across.
/// </summary>
internal sealed class TextProjection
{
    /// <summary>A character that is no letter, no space and in no spelling: a wall between runs of prose.</summary>
    public const char Barrier = '\uFFFC';

    private readonly StringBuilder text = new();
    private readonly List<int> sourceIndex = [];

    public string Text => text.ToString();

    public int Length => text.Length;

    /// <summary>The source offset of projected character <paramref name="index"/>.</summary>
    public int SourceIndex(int index) => sourceIndex[index];

    /// <summary>Appends <paramref name="value"/>, which stands at <paramref name="sourceStart"/> in the source character for character.</summary>
    public void AppendExact(ReadOnlySpan<char> value, int sourceStart)
    {
        for (var i = 0; i < value.Length; i++)
            Add(value[i], sourceStart + i);
    }

    /// <summary>Appends characters that stand for a source span they do not equal (an entity, an escape).</summary>
    public void AppendMapped(ReadOnlySpan<char> value, int sourceIndex)
    {
        foreach (var c in value)
            Add(c, sourceIndex);
    }

    /// <summary>Appends a wall between runs of prose, unless there is one already.</summary>
    public void AppendBarrier(int sourceIndex)
    {
        if (text.Length > 0 && text[^1] != Barrier)
            Add(Barrier, sourceIndex);
    }

    /// <summary>Whether projected <c>[start, end)</c> stands in the source, unchanged and contiguous.</summary>
    public bool IsVerbatim(string source, int start, int end)
    {
        var origin = sourceIndex[start];
        for (var k = start; k < end; k++)
        {
            var s = origin + (k - start);
            if (sourceIndex[k] != s || s >= source.Length || source[s] != text[k])
                return false;
        }

        return true;
    }

    private void Add(char c, int source)
    {
        text.Append(c);
        sourceIndex.Add(source);
    }
}
