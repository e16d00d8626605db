namespace Glossary.Tests;

public sealed class EmbeddedDataTests
{
    [Fact]
    public void Rows_SkipCommentsAndBlankLines()
    {
        var rows = EmbeddedData.Rows("Glossary.Variants.Data.generic-terms.txt", minColumns: 1);
        Assert.DoesNotContain(rows, row => row[0].StartsWith('#') || row[0].Length == 0);
        var island = Assert.Single(rows, row => row[0] == "Island");
        Assert.Equal(["Island", "도,섬", "岛,島"], island);
    }

    [Fact]
    public void Rows_ShortRowOrMissingResource_NamesTheProblem()
    {
        var shortRow = Assert.Throws<InvalidOperationException>(() => EmbeddedData.Rows("Glossary.Variants.Data.generic-terms.txt", minColumns: 4));
        Assert.Matches(@"generic-terms\.txt:\d+: expected 4 tab-separated columns", shortRow.Message);
        var missing = Assert.Throws<InvalidOperationException>(() => EmbeddedData.Rows("Glossary.Nothing.txt"));
        Assert.Contains("Glossary.Nothing.txt is missing", missing.Message, StringComparison.Ordinal);
    }
}
