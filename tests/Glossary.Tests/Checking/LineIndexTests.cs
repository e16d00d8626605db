using CsCheck;
using Glossary.Checking;

namespace Glossary.Tests.Checking;

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
