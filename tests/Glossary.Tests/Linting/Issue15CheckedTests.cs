using Glossary.Model;
using Glossary.Tests.Cli;

namespace Glossary.Tests.Linting;

/// <summary>The <c>checked:</c> key and lint's stale-office warning (issue #15 point 1).</summary>
public sealed class Issue15CheckedTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    private static string Person(string note, string? checkedDay = null) =>
        $"entries:\n  - en: Kim Min-seok\n    ko: 김민석\n    kind: person\n    note: {note}\n" + (checkedDay is null ? string.Empty : $"    checked: {checkedDay}\n");

    private static IEnumerable<GlossaryDiagnostic> Stale(string yaml) =>
        GlossaryLinter.Lint(GlossaryLoader.LoadText(yaml, "g.yaml"), null, Today).Where(d => d.Id == GlossaryLinter.StaleNoteId);

    [Fact]
    public void Issue15_Checked_ParsedAsADate()
    {
        var loaded = GlossaryLoader.LoadText(Person("Prime Minister of South Korea since July 2025.", "2025-07-03"), "g.yaml");
        Assert.Empty(loaded.Diagnostics);
        Assert.Equal(new DateOnly(2025, 7, 3), Assert.Single(loaded.Entries).Checked);
    }

    [Theory]
    [InlineData("2025-7-3")]
    [InlineData("2025-02-30")]
    [InlineData("03.07.2025")]
    [InlineData("2025-07-03T10:00")]
    [InlineData("soon")]
    public void Issue15_Checked_NotADate_PositionedError(string text)
    {
        var loaded = GlossaryLoader.LoadText(Person("Prime Minister.", text), "g.yaml");
        var d = Assert.Single(loaded.Diagnostics);
        Assert.Equal((GlossaryMessages.InvalidValueId, DiagnosticSeverity.Error, 6, 14), (d.Id, d.Severity, d.Position.Line, d.Position.Column));
        Assert.Equal(GlossaryMessages.Format(GlossaryMessages.InvalidValue, "checked", "a date written YYYY-MM-DD", text), d.Message);
        Assert.Empty(loaded.Entries);
    }

    [Theory]
    [InlineData("Prime Minister of South Korea since July 2025.", null, "Minister")]
    [InlineData("Mayor of Seoul.", "2025-12-02", "Mayor")]
    [InlineData("Spokeswoman of the Chinese foreign ministry.", "2024-01-01", "Spokeswoman")]
    [InlineData("North Korean premier 2020–2024, then a party secretary.", null, "premier")]
    [InlineData("CEO of TSMC.", null, "CEO")]
    // regression: issue #15 (GLS208 read month spans as history): open spans still describe an office held now
    [InlineData("Party secretary of Jilin since November 2020.", "2024-06-01", "secretary")]
    [InlineData("Party secretary of Jilin 2022–present.", "2024-06-01", "secretary")]
    [InlineData("Party secretary of Jilin 2022–.", "2024-06-01", "secretary")]
    [InlineData("Party secretary of Jilin (November 2020 – ).", "2024-06-01", "secretary")]
    [InlineData("Party secretary of Jilin from 2021 to now.", "2024-06-01", "secretary")]
    [InlineData("Party secretary of Jilin, born in 1960 - a native of Hebei.", "2024-06-01", "secretary")]
    [InlineData("Party secretary of Jilin November 2020 – June 2024, then governor of Hebei.", "2024-06-01", "secretary")]
    [InlineData("Secretary of the Jilin committee from 21 March.", "2024-06-01", "Secretary")]
    [InlineData("Former justice minister, chief of the party's policy panel since the 2024 election.", "2024-06-01", "justice")]
    public void Issue15_OfficeNote_UncheckedOrOlderThanAYear_Warned(string note, string? checkedDay, string office)
    {
        var d = Assert.Single(Stale(Person(note, checkedDay)));
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains($"('{office}')", d.Message, StringComparison.Ordinal);
        Assert.Equal(2, d.Position.Line);
    }

    [Theory]
    [InlineData("Mayor of Seoul.", "2025-12-03")]
    [InlineData("Prime Minister of South Korea since July 2025.", "2026-11-30")]
    [InlineData("President of South Korea 1993–1998.", null)]
    [InlineData("Former justice minister; founder of a party.", null)]
    [InlineData("Longtime Samsung Group chairman; died in 2020.", null)]
    [InlineData("Film director (\"Parasite\").", null)]
    [InlineData("Defense minister of China March–October 2023; removed and expelled from the party in 2024.", null)]
    [InlineData("Novelist; Nobel Prize in Literature 2024.", null)]
    // regression: issue #15: closed spans written with months, abbreviations, spaced or other dashes, or "to"
    [InlineData("Party secretary of Jilin November 2020 – June 2024.", null)]
    [InlineData("Premier of North Korea (Jan 2019 – Aug 2024).", null)]
    [InlineData("Premier of North Korea (Jan. 2019 — Aug. 2024).", null)]
    [InlineData("Prime minister March 2013–May 2017.", null)]
    [InlineData("Prime minister 2013 ‒ 2017.", null)]
    [InlineData("Prime minister 2019–21.", null)]
    [InlineData("Prime minister from 2018 to 2022.", null)]
    [InlineData("Prime minister 2021 – 3 June 2025.", null)]
    [InlineData("Prime minister 2021 – June 3, 2025.", null)]
    [InlineData("Chinese minister of civil affairs 2022 – December 2023, succeeded by Lu Zhiyuan.", null)]
    [InlineData("Acting president March–October 2023.", null)]
    [InlineData("King of Joseon 1724−1776.", null)]
    [InlineData("The late chairman of Samsung.", null)]
    // regression: issue #15: "since" as a conjunction is no date ("since they would include …")
    [InlineData("Wife of former President Moon Jae-in. Spellings are not generated, since they would include Kim Jong-suk.", null)]
    [InlineData("Lawmaker who withdrew in July 2025 from her nomination as gender equality minister.", null)]
    public void Issue15_CheckedWithinAYearOrNotACurrentOffice_NotWarned(string note, string? checkedDay) =>
        Assert.Empty(Stale(Person(note, checkedDay)));

    [Fact]
    public void Issue15_OfficeWordInANoteOfAPlace_NotWarned() =>
        Assert.Empty(Stale("entries:\n  - en: Yongsan\n    ko: 용산\n    kind: place\n    note: Seat of the president's office 2022-2025 and since.\n"));

    [Fact]
    public void Issue15_Checked_KeptByAnOverride_AndReplacedWhenWritten()
    {
        var loaded = GlossaryLoader.LoadText(Person("Mayor of Seoul.", "2024-01-01") + "  - id: kim-min-seok\n    override: true\n    checked: 2026-06-01\n", "g.yaml");
        Assert.Equal(new DateOnly(2026, 6, 1), Assert.Single(loaded.Entries).Checked);
    }

    [Fact]
    public void Issue15_Checked_WrittenByYamlExport()
    {
        var loaded = GlossaryLoader.LoadText(Person("Mayor of Seoul.", "2025-06-17"), "g.yaml");
        var text = Glossary.Exchange.YamlExport.Write(loaded.Entries);
        Assert.Contains("    checked: 2025-06-17\n", text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 6, 17), Assert.Single(GlossaryLoader.LoadText(text, "h.yaml").Entries).Checked);
    }

    [Fact]
    public void Issue15_LintStale_ListsOnlyStaleNotes()
    {
        using var scratch = new TestFiles.Scratch();
        var yaml = Person("Mayor of Seoul.") + "  - en: Busan\n    ko: 서울\n    kind: place\n";
        var file = scratch.File("g.yaml", System.Text.Encoding.UTF8.GetBytes(yaml));
        var all = CliRunner.Args("lint", file);
        Assert.Contains("warning GLS204", all.Stdout, StringComparison.Ordinal);
        var stale = CliRunner.Args("lint", "--stale", file);
        Assert.Equal(0, stale.ExitCode);
        var line = Assert.Single(stale.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("warning GLS208", line, StringComparison.Ordinal);
    }
}
