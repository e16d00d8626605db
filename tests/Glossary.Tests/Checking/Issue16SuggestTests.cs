namespace Glossary.Tests.Checking;

/// <summary>The engine of <c>glossary suggest</c> (issue #16 point 4) through <see cref="Romanizer.SuggestEntries"/>.</summary>
public sealed class Issue16SuggestTests
{
    private static string Suggest(string text, int minCount = 1, DocumentOptions? options = null) =>
        Romanizer.SuggestEntries([("doc.txt", text)], CompiledGlossary.Bundled, minCount, json: false, options);

    [Fact]
    public void Issue16_Suggest_SkipsNamesTheGlossaryKnows_ByListedSpellingAndByReading()
    {
        // "Yi Chae-myong" is listed nowhere, but it reads as 이재명, the native form of a bundled entry.
        var yaml = Suggest("Lee Jae-myung spoke. Yi Chae-myong spoke again. Xi Jinping and Hsi Chin-ping listened.\n");
        Assert.DoesNotContain("- en:", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue16_Suggest_KindOnlyBesideATitleOrSpeech()
    {
        var bare = Suggest("Choi Jae-young arrived in the morning.\nChoi Jae-young left at noon.\n");
        Assert.Contains("  - en: Choi Jae-young\n", bare, StringComparison.Ordinal);
        Assert.DoesNotContain("kind:", bare, StringComparison.Ordinal);

        var cued = Suggest("Choi Jae-young arrived in the morning.\nThe visit went well, Choi Jae-young said.\n");
        Assert.Contains("    kind: person\n", cued, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue16_Suggest_CountsAndExampleLine()
    {
        var yaml = Suggest("Intro.\nKim Min-jun met Kim Min Jun.\n", minCount: 2);
        Assert.Contains("# seen 2 times (Kim Min Jun 1, Kim Min-jun 1); e.g. doc.txt:2\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("- en:", Suggest("Kim Min-jun arrived.\n", minCount: 2), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue16_Suggest_EnglishPairsAreNotNames()
    {
        Assert.DoesNotContain("- en:", Suggest("Peter Parker met Spike Lee and Han Solo in New York.\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue16_Suggest_HouseFormatWins()
    {
        var yaml = Suggest("Choi Jae Young spoke.\nChoi Jae Young left.\n", options: new DocumentOptions { KoreanGivenNames = "hyphenated" });
        Assert.Contains("  - en: Choi Jae-young\n    ko: 최재영\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      - Choi Jae Young\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue16_Suggest_HtmlAndMarkdown_ReadByTheirProse()
    {
        // Markup splits the name and code holds another: the prose has one person, and the line is the source's.
        const string Html = "<html>\n<body>\n<p><b>Choi</b> Jae-young said.</p>\n<p>Choi Jae-young <i>left</i>.</p>\n<code>Kim Min-jun Kim Min-jun</code>\n</body>\n</html>\n";
        var html = Romanizer.SuggestEntries([("page.html", Html)], CompiledGlossary.Bundled, minCount: 2);
        Assert.Contains("# seen 2 times (Choi Jae-young 2); e.g. page.html:3\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kim", html, StringComparison.Ordinal);

        var markdown = Romanizer.SuggestEntries([("notes.md", "# Notes\n\n```\nKim Min-jun Kim Min-jun\n```\n\n**Choi** Jae-young said.\n")], CompiledGlossary.Bundled, minCount: 1);
        Assert.Contains("e.g. notes.md:7\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Kim", markdown, StringComparison.Ordinal);
    }
}
