using Glossary.Matching;

namespace Glossary.Tests.Matching;

/// <summary>
/// The reader's diacritics (issue #14 point 6): text written with another mark than the spelling's breve or tone
/// mark folds to the same key, so the spelling is found; the preferred form is still compared unfolded (see
/// <c>CompiledGlossary.Judge</c>).
/// </summary>
public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Kyŏngju", "Kyǒngju")]
    [InlineData("Kyŏngju", "Kyôngju")]
    [InlineData("Kyŏngju", "Kyöngju")]
    [InlineData("Kyŏngju", "Kyõngju")]
    [InlineData("Kyŏngju", "Kyo\u0306ngju")]
    [InlineData("Hamhŭng", "Hamhǔng")]
    [InlineData("Hamhŭng", "Hamhûng")]
    [InlineData("Hamhŭng", "Hamhüng")]
    [InlineData("Lǚ Xùn", "Lü Xun")]
    [InlineData("Xī'ān", "Xĭ’ān")]
    [InlineData("Chén Mǐn'ěr", "Chen Min'ër")]
    [InlineData("Chén Mǐn'ěr", "Chen Min'ér")]
    public void FoldKey_ReaderMarks_FoldAsTheSpelling(string spelling, string text) =>
        Assert.Equal(TextFolding.FoldKey(spelling), TextFolding.FoldKey(text));

    [Theory]
    [InlineData("Kyŏngju", "Kyǒngju")]
    [InlineData("Hamhŭng", "Hamhüng")]
    public void StrictKey_ReaderMarks_StayApart(string spelling, string text) =>
        Assert.NotEqual(TextFolding.StrictKey(spelling), TextFolding.StrictKey(text));
}
