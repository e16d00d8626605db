namespace Glossary.Tests.Checking;

/// <summary>
/// A document checked alone reads the names on the glossary's spans only when a name off them may join them (issue #16,
/// speed): its findings must be those of the same document checked as a project of one, which reads every name.
/// </summary>
public sealed class ConsistencyGlossarySpansTests
{
    /// <summary>
    /// Bundled people in preferred and variant spellings, unlisted names written two ways (some sharing a bundled
    /// person's surname), a spelling of a bundled person the glossary does not generate, and sentences without names.
    /// </summary>
    private static readonly string[] Sentences =
    [
        "President Lee Jae Myung spoke.", "Lee Jae-myong answered.", "Yoon Suk-yeol was arrested.", "Yoon Suk Yeol appealed.",
        "Xi Jinping met aides.", "Hsi Chin-p'ing was the older spelling.", "Kim Jong-un fired a missile.", "Kim Jong Un watched.",
        "Choi Jae-young spoke first.", "Choi Jae Young said more.", "Lee Min-ho waved.", "Lee Min Ho left.",
        "Kim Min-jae scored.", "Kim Minjae scored again.", "Wang Xiaoming replied.", "Wang Hsiao-ming was quoted.",
        "Yi Chae-myong was how an old map wrote it.", "Park Ji-sung retired.", "Pak Chi-song is one older spelling.", "Pak Jee-sung is another.",
        "Officials met in Seoul on Monday.", "The talks in Busan ended.", "Moon Jae-in wrote a book.", "Mun Chae-in was in it.",
    ];

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Analyze_AloneAndAsAProjectOfOne_SameFindings(int seed)
    {
        var random = new Random(seed);
        var text = string.Join(random.Next(2) == 0 ? " " : "\n", Enumerable.Range(0, random.Next(3, 45)).Select(_ => Sentences[random.Next(Sentences.Length)]));
        var options = DocumentOptions.PlainText with { KoreanGivenNames = random.Next(3) == 0 ? "hyphenated" : null };
        var glossary = CompiledGlossary.Bundled;

        var alone = glossary.Analyze(text, options).Findings.Select(Render).ToList();
        var together = glossary.AnalyzeTogether([("a.txt", text, options)])[0].Findings.Select(Render).ToList();

        Assert.Equal(together, alone);
    }

    [Fact]
    public void Check_UnlistedSpellingOfABundledPerson_JoinsTheGlossarysSpelling()
    {
        // "Pak Jee-sung" (a spelling the glossary does not generate) is off the glossary's spans; "Park Ji-sung" is on
        // them, its surname written another way, and must still be read to join it, also in a document long enough
        // for the names on the glossary's spans to be put off (more than 16 spans).
        var others = string.Concat(Enumerable.Repeat(" Xi Jinping met Kim Jong-un.", 12));
        var findings = CompiledGlossary.Bundled.Check("Park Ji-sung retired." + others + " Pak Jee-sung is one older spelling.");

        var finding = Assert.Single(findings, f => f.EntryId == CompiledGlossary.ConsistencyRule);
        Assert.Equal(("Pak Jee-sung", "Park Ji-sung", "also written 'Park Ji-sung' at 1:1"), (finding.Found, finding.Replacement, finding.Note));
    }

    private static string Render(Finding f) => $"{f.Offset}+{f.Length} {f.EntryId} '{f.Found}' → '{f.Replacement}' {f.Level} {f.Note}";
}
