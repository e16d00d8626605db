using CsCheck;
using Glossary.Model;

namespace Glossary.Tests.Model;

public sealed class LineIndexTests
{
    [Theory]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\r\ncd", 3, 1, 4)] // the \n of a CRLF belongs to the first line
    [InlineData("ab\rcd", 3, 2, 1)]
    [InlineData("\n\n\nx", 3, 4, 1)]
    [InlineData("abc", 2, 1, 3)]
    public void Locate_GivesLineAndColumn(string text, int offset, int line, int column) =>
        Assert.Equal((line, column), new LineIndex(text).Locate(offset));

    [Fact]
    public void Locate_AgreesWithCountingInAnyOrder()
    {
        var text = Gen.OneOf(Gen.Const("a"), Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("\r"), Gen.Const("bc")).Array[1, 200].Select(string.Concat);
        Gen.Select(text, Gen.Int[0, 1000].Array[1, 50], Gen.Bool).Sample((t, raw, sorted) =>
        {
            var offsets = raw.Select(o => o % t.Length).ToArray();
            if (sorted)
                Array.Sort(offsets);
            var index = new LineIndex(t);
            return offsets.All(o => index.Locate(o) == Count(t, o));
        }, iter: 2000);
    }

    [Theory]
    [InlineData("ab\ncd", 2, 1, 3)]
    [InlineData("ab\r\ncd", 2, 2, 5)]
    [InlineData("ab\rcd", 2, 1, 3)]
    [InlineData("ab", 1, 9, 2)] // a parser may point past the end: the offset stays in the text
    [InlineData("ab", 5, 1, 2)]
    public void Position_FromLineAndColumn_GivesTheOffset(string text, int line, int column, int offset) =>
        Assert.Equal(new SourcePosition("f", line, column, offset), new LineIndex(text).Position("f", line, column));

    [Fact]
    public void Position_FromLineAndColumn_IsTheInverseOfLocate()
    {
        var text = Gen.OneOf(Gen.Const("a"), Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("\r"), Gen.Const("bc")).Array[1, 200].Select(string.Concat);
        Gen.Select(text, Gen.Int[0, 1000]).Sample((t, raw) =>
        {
            var index = new LineIndex(t);
            var offset = raw % t.Length;
            var (line, column) = index.Locate(offset);
            return index.Position("f", line, column).Offset == offset && index.Position("f", offset) == new SourcePosition("f", line, column, offset);
        }, iter: 2000);
    }

    // regression: issue #12 point 5: the decoder's error position counted only LF, so a CR-only file said line 1.
    [Theory]
    [InlineData("ab\rcd", 2, 3)]
    [InlineData("ab\r\ncd", 2, 3)]
    [InlineData("ab\ncd", 2, 3)]
    [InlineData("", 1, 1)]
    [InlineData("ab\r", 2, 1)]
    public void End_GivesThePositionAfterTheText(string before, int line, int column) =>
        Assert.Equal((line, column), LineIndex.End(before));

    private static (int Line, int Column) Count(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            var ends = text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'));
            if (ends)
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
