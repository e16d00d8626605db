using System.Xml;
using System.Xml.Linq;
using Glossary.Model;

namespace Glossary.Exchange;

/// <summary>Turns 1-based line and column (as <see cref="IXmlLineInfo"/> reports them) into a <see cref="SourcePosition"/> with its offset.</summary>
internal sealed class LineStarts
{
    private readonly List<int> starts = [0];
    private readonly int length;

    public LineStarts(string text)
    {
        this.length = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
                starts.Add(i + 1);
        }
    }

    public SourcePosition Position(string path, int line, int column)
    {
        var start = line - 1 < starts.Count ? starts[line - 1] : length;
        return new SourcePosition(path, line, column, Math.Min(length, start + column - 1));
    }

    public SourcePosition Position(string path, int offset)
    {
        var line = starts.BinarySearch(offset);
        line = line >= 0 ? line : ~line - 1;
        return new SourcePosition(path, line + 1, offset - starts[line] + 1, offset);
    }

    public SourcePosition Position(string path, XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? Position(path, info.LineNumber, info.LinePosition) : new SourcePosition(path, 1, 1, 0);
}
