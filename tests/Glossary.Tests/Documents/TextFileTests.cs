
namespace Glossary.Tests.Documents;

public sealed class TextFileTests
{
    // regression: issue #12 point 5: the decoder counted only LF as a line end, unlike the findings (LineIndex).
    [Theory]
    [InlineData("ab\rcd", 2, 3)]
    [InlineData("ab\r\ncd", 2, 3)]
    [InlineData("ab\ncd", 2, 3)]
    [InlineData("abcd", 1, 5)]
    public void Decode_InvalidUtf8_ReportsTheLineAsFindingsCountIt(string before, int line, int column)
    {
        byte[] bytes = [.. System.Text.Encoding.UTF8.GetBytes(before), 0xFF];
        Assert.False(TextFile.TryDecode(bytes, "in.txt", out _, out var error));
        Assert.Equal(("GLS011", "in.txt", line, column), (error.Id, error.Position.Path, error.Position.Line, error.Position.Column));
    }
}
