namespace Glossary.Tests.Checking;

/// <summary>Issue #16 point 3: the house format for names the glossary does not know (off by default).</summary>
public sealed class Issue16HouseFormatTests
{
    private static readonly DocumentOptions Hyphenated = new() { KoreanGivenNames = "hyphenated", ChineseGivenNames = "joined" };

    private static IEnumerable<Finding> House(string text, DocumentOptions options) =>
        CompiledGlossary.Bundled.Check(text, options).Where(f => f.EntryId == "house-format");

    [Theory]
    [InlineData("hyphenated", "Choi Jae Young spoke.", "Choi Jae-young")]
    [InlineData("hyphenated", "Choi Jae-Young spoke.", "Choi Jae-young")]
    [InlineData("spaced", "Choi Jae-young spoke.", "Choi Jae Young")]
    [InlineData("joined", "Choi Jae-young spoke.", "Choi Jaeyoung")]
    public void Issue16_KoreanName_OutsideTheGlossary_IsASuggestionTowardTheHouseFormat(string format, string text, string replacement)
    {
        var finding = Assert.Single(House(text, new DocumentOptions { KoreanGivenNames = format }));
        Assert.Equal(replacement, finding.Replacement);
        Assert.Equal(DiagnosticSeverity.Suggestion, finding.Level);
        Assert.Equal(1, finding.Column);
    }

    [Fact]
    public void Issue16_ChinesePinyinName_Joined() =>
        Assert.Equal("Wang Xiaoming", Assert.Single(House("Wang Xiao Ming said so.", Hyphenated)).Replacement);

    [Theory]
    [InlineData("Choi Jae Young spoke.")]
    public void Issue16_HouseFormat_IsOffByDefault(string text) =>
        Assert.Empty(House(text, DocumentOptions.PlainText));

    [Theory]
    [InlineData("Yoon Suk Yeol spoke.")]        // an entry keeps its own form
    [InlineData("Choi Jae-young spoke.")]       // already the house format
    [InlineData("Tsai Ing-wen spoke.")]         // Wade–Giles: the bearer's own spelling
    [InlineData("Lee Kuan Yew spoke.")]
    [InlineData("Spike Lee and Peter Parker met on Park Avenue.")]
    [InlineData("Moon River played.")]
    public void Issue16_HouseFormat_LeavesEntriesAndNonNamesAlone(string text) =>
        Assert.Empty(House(text, Hyphenated));

    [Fact]
    public void Issue16_HouseFormat_PrecisionSuiteIsSilent()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "testdata", "precision", "sentences.tsv");
        var noisy = File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[2])
            .SelectMany(s => House(s, Hyphenated).Select(f => $"{s}: {f.Found} → {f.Replacement}")).ToList();
        Assert.True(noisy.Count == 0, string.Join('\n', noisy));
    }

    [Fact]
    public void Issue16_HouseFormat_UnknownValueIsAnError() =>
        Assert.Throws<ArgumentException>(() => CompiledGlossary.Bundled.Check("x", new DocumentOptions { KoreanGivenNames = "camel" }));

    [Fact]
    public void Issue16_Config_ReadsNamesAndRejectsUnknownValues()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        var path = Path.Combine(folder, ".glossary.yaml");
        File.WriteAllText(path, "names:\n  korean-given-names: hyphenated\n  chinese-given-names: joined\n");
        var (config, diagnostics) = ProjectConfig.Load(path, ["text"], ["warning"]);
        Assert.Empty(diagnostics);
        Assert.Equal("hyphenated", config!.KoreanGivenNames);
        Assert.Equal("joined", config.ChineseGivenNames);

        File.WriteAllText(path, "names:\n  korean-given-names: camel\n");
        var (bad, errors) = ProjectConfig.Load(path, ["text"], ["warning"]);
        Assert.Null(bad);
        var error = Assert.Single(errors);
        Assert.Equal(2, error.Position.Line);
        Assert.Contains("names.korean-given-names", error.Message, StringComparison.Ordinal);
    }
}
