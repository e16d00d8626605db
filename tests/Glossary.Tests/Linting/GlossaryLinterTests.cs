using Glossary.Model;

namespace Glossary.Tests.Linting;

/// <summary>What lint reports beyond the loader (issue #7), one test per diagnostic.</summary>
public sealed class GlossaryLinterTests
{
    private static IReadOnlyList<GlossaryDiagnostic> Lint(string yaml) => GlossaryLinter.Lint(GlossaryLoader.LoadText(yaml, "g.yaml"));

    [Fact]
    public void Lint_BundledGlossary_HasNoErrorsOrWarnings() =>
        Assert.Empty(GlossaryLinter.Lint(GlossaryLoader.LoadBundled()).Where(d => d.Severity != DiagnosticSeverity.Info && d.Id != GlossaryLinter.StaleNoteId).Select(d => d.ToString()));

    [Fact]
    public void Lint_VariantInsideAnotherPreferredForm_GLS201() =>
        Assert.Contains(Lint("entries:\n  - en: Lee Jae-myung\n    kind: person\n  - en: Jaemyung Park\n    kind: place\n    variants: [Jae-myung]\n"),
            d => d.Id == GlossaryMessages.VariantInsideOtherId);

    [Fact]
    public void Issue11_VariantInsideOthers_EachOtherOnceInLoadOrderAndOnlyAtWordBoundaries()
    {
        var diagnostics = Lint("entries:\n  - en: Jae Park\n    kind: place\n    variants: [Jae]\n  - en: Lee Jae Jae\n    kind: place\n  - en: Jaemin Kim\n    kind: place\n  - en: Kim-jae\n    kind: place\n");
        Assert.Equal(
            [
                GlossaryMessages.Format(GlossaryMessages.VariantInsideOther, "Jae", "Lee Jae Jae", "lee-jae-jae"),
                GlossaryMessages.Format(GlossaryMessages.VariantInsideOther, "Jae", "Kim-jae", "kim-jae"),
            ],
            diagnostics.Where(d => d.Id == GlossaryMessages.VariantInsideOtherId).Select(d => d.Message));
    }

    // The index that replaced the pairwise check (issue #11 point 6) against the pairwise check itself, on random glossaries.
    [Fact]
    public void Issue11_VariantInsideOthers_SameAsEveryVariantAgainstEveryPreferredForm()
    {
        string[] words = ["kim", "lee", "jae", "min", "soo", "park", "an", "o"];
        var random = new Random(11);
        var compared = 0;
        for (var round = 0; round < 40; round++)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            var yaml = new System.Text.StringBuilder("entries:\n");
            var entries = new List<(string En, string[] Variants)>();
            string Phrase(int most) => string.Join(random.Next(3) == 0 ? "-" : " ", Enumerable.Range(0, 1 + random.Next(most)).Select(_ => words[random.Next(words.Length)]));
            for (var i = 0; i < 12; i++)
            {
                var en = "Q" + Phrase(4);
                var variants = Enumerable.Range(0, random.Next(3)).Select(_ => Phrase(2)).Where(v => !used.Contains(Glossary.Matching.TextFolding.FoldKey(v))).Distinct().ToArray();
                if (!used.Add(Glossary.Matching.TextFolding.FoldKey(en)) || variants.Any(v => !used.Add(Glossary.Matching.TextFolding.FoldKey(v))))
                    continue;
                entries.Add((en, variants));
                yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - en: {en}\n    id: e{i}\n    irregular: true\n    variants: [{string.Join(", ", variants)}]\n");
            }

            var loaded = GlossaryLoader.LoadText(yaml.ToString(), "g.yaml");
            Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
            var expected = loaded.Entries.SelectMany(e => e.Variants.SelectMany(v => loaded.Entries
                    .Where(o => o.Id != e.Id && Glossary.Variants.VariantGuards.ContainsWords(Glossary.Matching.TextFolding.FoldKey(o.En), Glossary.Matching.TextFolding.FoldKey(v)))
                    .Select(o => GlossaryMessages.Format(GlossaryMessages.VariantInsideOther, v, o.En, o.Id))))
                .Order(StringComparer.Ordinal).ToList();
            var actual = GlossaryLinter.Lint(loaded).Where(d => d.Id == GlossaryMessages.VariantInsideOtherId).Select(d => d.Message).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, actual);
            compared += expected.Count;
        }

        Assert.True(compared > 20, $"only {compared} reports compared");
    }

    [Theory]
    [InlineData("Soul")]
    [InlineData("Rhee")]
    public void Lint_SingleWordVariantIsWordOrSurname_GLS202(string variant) =>
        Assert.Contains(Lint($"entries:\n  - en: Seoul\n    kind: place\n    variants: [{variant}]\n"), d => d.Id == GlossaryMessages.VariantIsWordId && (d.Position.Line, d.Position.Column) == (4, 16));

    [Fact]
    public void Lint_AllowThatNeverMatters_GLS203()
    {
        var diagnostics = Lint("entries:\n  - en: Beijing\n    kind: place\n    variants: [Peking]\n    allow: [Peking University, Tsinghua University]\n");
        var unused = Assert.Single(diagnostics, d => d.Id == GlossaryMessages.AllowUnusedId);
        Assert.Contains("'Tsinghua University'", unused.Message, StringComparison.Ordinal);
    }

    // regression: issue #13/#14 point 1c: GLS206 listed every namesake-prone spelling on its own line (4,295 lines on the
    // bundle); it now says once per entry what the maintainer can act on: suggestion-only spellings and no context term.
    [Fact]
    public void Issue13_SuggestionOnly_GLS206_OneLinePerEntryWithoutContext()
    {
        var plain = Assert.Single(Lint("entries:\n  - en: Kim Yo-jong\n    ko: 김여정\n    kind: person\n"), d => d.Id == GlossaryMessages.SuggestionOnlyId);
        Assert.Equal(DiagnosticSeverity.Info, plain.Severity);
        Assert.Matches(@"^\d+ generated spelling\(s\) are suggestions .* no 'context:' term to give it: '[^']+' \(.+\), '[^']+', '[^']+' and \d+ more; 'glossary variants kim-yo-jong' says why for each$", plain.Message);
        Assert.DoesNotContain(Lint("entries:\n  - en: Kim Yo-jong\n    ko: 김여정\n    kind: person\n    context: [Pyongyang]\n"), d => d.Id == GlossaryMessages.SuggestionOnlyId);

        // A spelling that a document about China settles (Canton) asks nothing of the entry.
        Assert.DoesNotContain(Lint("entries:\n  - en: Guangzhou\n    zh: 广州\n    kind: place\n"), d => d.Id == GlossaryMessages.SuggestionOnlyId && d.Message.Contains("Canton", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_WrongHangul_GLS204CrossCheck()
    {
        // 이재원 is Lee Jae-won; the entry's Hangul does not fit "Lee Jae-myung".
        var d = Assert.Single(Lint("entries:\n  - en: Lee Jae-myung\n    ko: 이재원\n    kind: person\n"), d => d.Id == GlossaryMessages.CrossCheckId);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.DoesNotContain(Lint("entries:\n  - en: Lee Jae-myung\n    ko: 이재명\n    kind: person\n"), d => d.Id == GlossaryMessages.CrossCheckId);
    }

    // regression: issue #12 point 5: the cross-check stripped a hard-coded list of romanized units (do, to, si, gun,
    // gu, san) instead of the units of places.tsv, so 읍, 면, 리, 동, 가 and the road and long units did not count.
    [Theory]
    [InlineData("Yeonpyeong Island", "연평도", true)]
    [InlineData("Yeonpyeong", "연평도", true)]
    [InlineData("Jeongseon", "정선읍", true)]
    [InlineData("Sejong Street", "세종대로", true)]
    [InlineData("Seoul", "서울특별시", true)]
    [InlineData("Hahoe", "하회리", true)]
    [InlineData("Busan", "연평도", false)]
    public void Lint_PlaceWithoutItsUnit_PassesCrossCheck(string en, string ko, bool passes) =>
        Assert.Equal(!passes, Lint($"entries:\n  - en: {en}\n    ko: {ko}\n    kind: place\n").Any(d => d.Id == GlossaryMessages.CrossCheckId));

    [Theory]
    [InlineData("Lee Nak-yon", "이낙연")]
    [InlineData("Hwang Kyo-ahn", "황교안")]
    [InlineData("Syngman Rhee", "이승만")]
    [InlineData("Kim Dae-jung", "김대중")]
    public void Lint_CustomaryKoreanNames_PassCrossCheck(string en, string ko) =>
        Assert.DoesNotContain(Lint($"entries:\n  - en: {en}\n    ko: {ko}\n    kind: person\n"), d => d.Id == GlossaryMessages.CrossCheckId);

    [Fact]
    public void Lint_IrregularSilencesCrossCheck() =>
        Assert.DoesNotContain(Lint("entries:\n  - en: taekwondo\n    ko: 태권도\n    kind: term\n    irregular: true\n    note: established English spelling\n"), d => d.Id == GlossaryMessages.CrossCheckId);

    [Fact]
    public void Lint_FailingEntryTests_GLS210Errors()
    {
        var diagnostics = Lint(
            """
            entries:
              - en: Busan
                kind: place
                variants: [Pusan]
                tests:
                  - flag: Pusan's port
                    fix: Busan's port
                  - flag: Busan is fine
                  - pass: Pusan again
                  - flag: Pusan
                    fix: Pusan City
            """);
        var failures = diagnostics.Where(d => d.Id == GlossaryMessages.TestFailedId).ToList();
        Assert.Equal([8, 9, 10], failures.Select(f => f.Position.Line));
        Assert.All(failures, f => Assert.Equal(DiagnosticSeverity.Error, f.Severity));
    }

    [Fact]
    public void Lint_Override_ReportedAsInfo()
    {
        var loaded = GlossaryLoader.LoadText("entries:\n  - en: Kim Jong-un\n    kind: person\n  - id: kim-jong-un\n    override: true\n    en: Kim Jong Un\n", "g.yaml");
        var info = Assert.Single(GlossaryLinter.Lint(loaded), d => d.Id == GlossaryMessages.OverridesId);
        Assert.Equal((DiagnosticSeverity.Info, 4), (info.Severity, info.Position.Line));
    }
}
