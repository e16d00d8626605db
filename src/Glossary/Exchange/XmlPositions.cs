using System.Xml;
using System.Xml.Linq;
using Glossary.Model;

namespace Glossary.Exchange;

/// <summary>Positions of XML nodes, from the line and column that <see cref="IXmlLineInfo"/> reports.</summary>
internal static class XmlPositions
{
    /// <summary>Where <paramref name="node"/> starts; the start of the file when the reader kept no line info.</summary>
    public static SourcePosition Position(this LineIndex lines, string path, XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? lines.Position(path, info.LineNumber, info.LinePosition) : new SourcePosition(path, 1, 1, 0);
}
