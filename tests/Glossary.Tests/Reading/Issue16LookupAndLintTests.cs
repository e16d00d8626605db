using Glossary.Model;
using Glossary.Tests.Cli;

namespace Glossary.Tests.Reading;

/// <summary>Issue #16 point 5: lookup by reading, and lint's GLS211 for two entries whose preferred forms read the same.</summary>
public sealed class Issue16LookupAndLintTests
{
    private static IEnumerable<GlossaryDiagnostic> SameReading(string yaml)
    {
        var loaded = GlossaryLoader.LoadText(yaml, "g.yaml");
        Assert.False(loaded.HasErrors, string.Join('\n', loaded.Diagnostics));
        return GlossaryLinter.Lint(loaded).Where(d => d.Id == GlossaryMessages.SameReadingId);
    }

    [Theory]
    [InlineData("Yi Jae-myeong", "lee-jae-myung")]
    [InlineData("Rhee Jaemyung", "lee-jae-myung")]
    [InlineData("Hsi Jin-ping", "xi-jinping")]
    public void Issue16_Lookup_FindsTheEntryThroughTheReader_WhenTheSpellingIsNeitherListedNorGenerated(string spelling, string id)
    {
        var glossary = CompiledGlossary.Bundled;
        var entry = glossary.Entries.Single(e => e.Id == id);

        // The spelling must be one no listed or generated form covers, or the test would pass without the reader.
        Assert.DoesNotContain(spelling, glossary.GeneratedSpellings(id).Select(g => g.Text).Concat(entry.Variants).Append(entry.En), StringComparer.OrdinalIgnoreCase);
        Assert.Equal([id], glossary.Lookup(spelling).Select(e => e.Id));
    }

    // regression: issue #15 (names as news writes them): a short form of a preferred form or variant finds the entry, and
    // so does a person's name with the surname written another way (Cho for Jo, before an own given-name spelling) or
    // written in Western order.
    [Theory]
    [InlineData("John Lee", "john-lee-ka-chiu")]
    [InlineData("matsu", "matsu-islands")]
    [InlineData("KCNA", "korean-central-news-agency")]
    [InlineData("Cho Hee-de", "jo-hee-de")]
    [InlineData("Bi-khim Hsiao", "hsiao-bi-khim")]
    [InlineData("Jae-myung Lee", "lee-jae-myung")]
    public void Issue15_Lookup_FindsAnEntryByTheFirstOrLastWordsOfItsName(string text, string id) =>
        Assert.Contains(id, CompiledGlossary.Bundled.Lookup(text).Select(e => e.Id));

    // regression: issue #15 (names as news writes them): another name the referent goes by (aka:) finds the entry, from
    // the compiled bundle too, and a check leaves it as written.
    [Theory]
    [InlineData("William Lai", "lai-ching-te", "William Lai was inaugurated in May.")]
    [InlineData("macau", "macao", "Casinos in Macau reopened.")]
    [InlineData("Foxconn", "hon-hai-precision-industry", "Foxconn assembles iPhones.")]
    [InlineData("CCTV", "china-central-television", "CCTV aired the parade.")]
    [InlineData("Senkaku Islands", "diaoyu-islands", "Ships sailed near the Senkaku Islands.")]
    public void Issue15_Lookup_FindsAnEntryByAnotherNameItGoesBy_AndCheckLeavesIt(string name, string id, string sentence)
    {
        var glossary = CompiledGlossary.Bundled;
        var entry = glossary.Entries.Single(e => e.Id == id);
        Assert.Contains(entry.Aka, a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(name, entry.Variants.Append(entry.En), StringComparer.OrdinalIgnoreCase);

        Assert.Equal([id], glossary.Lookup(name).Select(e => e.Id));
        Assert.Empty(glossary.Check(sentence));
    }

    [Fact]
    public void Issue15_Lint_WarnsWhenAnAkaAlsoFindsAnotherEntry()
    {
        const string Yaml = """
            entries:
              - en: Hon Hai Precision Industry
                kind: organization
                aka:
                  - Foxconn
                  - Terry Gou
                  - Hon Hai
              - en: Terry Gou
                kind: person
              - en: Hon Hai Group
                kind: organization
                aka:
                  - Hon Hai
            """;
        var loaded = GlossaryLoader.LoadText(Yaml, "g.yaml");
        Assert.False(loaded.HasErrors, string.Join('\n', loaded.Diagnostics));

        var conflict = Assert.Single(GlossaryLinter.Lint(loaded), d => d.Id == GlossaryMessages.AkaConflictId);

        Assert.Contains("'Terry Gou' also finds 'Terry Gou' (terry-gou)", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(2, conflict.Position.Line);
    }

    [Fact]
    public void Issue15_Aka_IsLoadedAndKeptThroughTheCompiledFormat()
    {
        var loaded = GlossaryLoader.LoadText("entries:\n  - en: Hon Hai Precision Industry\n    kind: organization\n    aka:\n      - Foxconn\n", "g.yaml");
        Assert.False(loaded.HasErrors, string.Join('\n', loaded.Diagnostics));
        var built = new GlossaryBuilder().AddRange(loaded.Entries).Build();
        using var stream = new MemoryStream();
        built.Save(stream);
        stream.Position = 0;

        var reloaded = CompiledGlossary.Load(stream);

        Assert.Equal(["Foxconn"], reloaded.Entries.Single().Aka);
        Assert.Equal("hon-hai-precision-industry", Assert.Single(reloaded.Lookup("FOXCONN")).Id);
    }

    [Theory]
    [InlineData("Lee")]
    [InlineData("UN")]
    [InlineData("Islands")]
    [InlineData("Park Avenue")]
    [InlineData("Spike Lee")]
    [InlineData("Parker")]
    public void Issue16_Lookup_ThroughTheReader_FindsNothingForEnglish(string text) =>
        Assert.Empty(CompiledGlossary.Bundled.Lookup(text));

    [Fact]
    public void Issue16_LookupCli_FindsAnUnlistedSpelling()
    {
        var result = CliRunner.Args("lookup", "Yi Jae-myeong", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"id\": \"lee-jae-myung\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue16_Lint_TwoEntriesReadingTheSame_GLS211()
    {
        var found = Assert.Single(SameReading("entries:\n  - en: Lee Jae-myung\n    ko: 이재명\n    kind: person\n  - en: Yi Jae-myeong\n    kind: person\n"));
        Assert.Equal(DiagnosticSeverity.Warning, found.Severity);
        Assert.Contains("'Yi Jae-myeong' reads as 이재명, as 'Lee Jae-myung' (lee-jae-myung) does", found.Message, StringComparison.Ordinal);
        Assert.Equal(5, found.Position.Line);
    }

    [Theory]
    [InlineData("different kinds", "  - en: Han Kang\n    ko: 한강\n    kind: person\n  - en: Han Gang\n    ko: 한강\n    kind: place\n")]
    [InlineData("Hanzi differ", "  - en: Zhang Wei\n    zh: 张伟\n    kind: person\n  - en: Chang Wei\n    zh: 章伟\n    kind: person\n")]
    [InlineData("a note names the other", "  - en: Kim Min-jae\n    ko: 김민재\n    kind: person\n    note: The footballer.\n  - en: Kim Minjae\n    id: kim-min-jae-actor\n    ko: 김민재\n    kind: person\n    note: The actor; not the footballer kim-min-jae.\n")]
    [InlineData("different names", "  - en: Lee Jae-yong\n    ko: 이재용\n    kind: person\n  - en: Lee Jae-young\n    ko: 이재영\n    kind: person\n")]
    public void Issue16_Lint_Namesakes_AreSilent(string why, string entries) =>
        Assert.True(!SameReading("entries:\n" + entries).Any(), why);

    [Fact]
    public void Issue16_Lint_SameHangulWithoutNote_GLS211() =>
        Assert.Single(SameReading("entries:\n  - en: Kim Min-jae\n    ko: 김민재\n    kind: person\n  - en: Kim Minjae\n    id: kim-min-jae-actor\n    ko: 김민재\n    kind: person\n"));
}
