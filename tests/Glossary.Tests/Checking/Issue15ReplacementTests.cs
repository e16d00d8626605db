using Glossary.Fixing;

namespace Glossary.Tests.Checking;

/// <summary>
/// Regression: issue #15 point 2; with "Lee Jae Myung" preferred, a match broken over two lines
/// ("Lee\r\nJae-myong") lost its line break, because the replacement has one word more than the match.
/// </summary>
public sealed class Issue15ReplacementTests
{
    [Theory]
    [InlineData("Lee\r\nJae-myong", "Lee Jae Myung", "Lee\r\nJae Myung")]
    [InlineData("Lee Jae-\nmyong", "Lee Jae Myung", "Lee Jae\nMyung")]
    [InlineData("Lee\nJae Myong", "Lee Jae-myung", "Lee\nJae-myung")]
    [InlineData("Lee\nJae-myong", "Lee Jae-myung", "Lee\nJae-myung")]
    [InlineData("Kim\u00A0Jong-un", "Kim Jong Un", "Kim\u00A0Jong Un")]
    [InlineData("Pyeong\nchang", "Pyeongchang", "Pyeongchang")]
    public void Issue15_Replacement_KeepsLineBreaksWhereTheWordCountsDiffer(string found, string preferred, string expected) =>
        Assert.Equal(expected, TextEdits.Replacement(found, preferred, properNoun: true));
}
