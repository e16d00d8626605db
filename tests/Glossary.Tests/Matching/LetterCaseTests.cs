using System.Text;
using Glossary.Matching;

namespace Glossary.Tests.Matching;

public sealed class LetterCaseTests
{
    // regression: issue #12 point 5: three capitalizers disagreed: the romanizers' StringBuilder one and the fixer
    // upper-cased the first letter, the variant generator's the first character ("'an" stayed "'an").
    [Theory]
    [InlineData("myung", "Myung")]
    [InlineData("Myung", "Myung")]
    [InlineData("'an", "'An")]
    [InlineData("(ri)", "(Ri)")]
    [InlineData("ŏn", "Ŏn")]
    [InlineData("2-ga", "2-Ga")]
    [InlineData("", "")]
    [InlineData("--", "--")]
    [InlineData("서울", "서울")]
    public void Capitalize_UpperCasesTheFirstLetter(string text, string expected)
    {
        Assert.Equal(expected, LetterCase.Capitalize(text));
        var sb = new StringBuilder("x ").Append(text);
        LetterCase.Capitalize(sb, 2);
        Assert.Equal("x " + expected, sb.ToString());
    }

    [Fact]
    public void Capitalize_NothingToChange_ReturnsTheSameString()
    {
        var text = "Busan";
        Assert.Same(text, LetterCase.Capitalize(text));
    }
}
