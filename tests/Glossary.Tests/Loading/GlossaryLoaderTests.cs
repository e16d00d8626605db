using Glossary.Model;

namespace Glossary.Tests.Loading;

/// <summary>One test per loader diagnostic: its id, its position, and that loading goes on to report the others.</summary>
public sealed class GlossaryLoaderTests
{
    private const string Path = "g.yaml";

    [Fact]
    public void LoadText_ValidEntry_ReadsEveryKey()
    {
        var result = GlossaryLoader.LoadText(
            """
            entries:
              - en: Lee Jae-myung
                ko: 이재명
                kind: person
                variants:
                  - Lee Jae-myong
                  - Lee Jae Myung
                allow: [Lee Jae-myung Cabinet]
                id: president-lee
                note: President since 2025.
                source: https://www.president.go.kr
            """, Path);

        Assert.Empty(result.Diagnostics);
        var entry = Assert.Single(result.Entries);
        Assert.Equal("president-lee", entry.Id);
        Assert.Equal("Lee Jae-myung", entry.En);
        Assert.Equal("이재명", entry.Native["ko"]);
        Assert.Equal(EntryKind.Person, entry.Kind);
        Assert.Equal(["Lee Jae-myong", "Lee Jae Myung"], entry.Variants);
        Assert.Equal(["Lee Jae-myung Cabinet"], entry.Allow);
        Assert.Equal("President since 2025.", entry.Note);
        Assert.Equal("https://www.president.go.kr", entry.Source);
        Assert.Equal((Path, 2, 5), (entry.Position!.Value.Path, entry.Position.Value.Line, entry.Position.Value.Column));
    }

    [Theory]
    [InlineData("Lee Jae-myung", "lee-jae-myung")]
    [InlineData("Xi'an", "xi-an")]
    [InlineData("Kyŏngju", "kyongju")]
    [InlineData("xie xie", "xie-xie")]
    [InlineData("T. V. Soong", "t-v-soong")]
    public void DefaultId_IsKebabCaseWithoutDiacritics(string en, string id) => Assert.Equal(id, GlossaryLoader.DefaultId(en));

    [Fact]
    public void LoadText_SyntaxError_GLS001WithPosition()
    {
        var d = Single("entries:\n  - en: [Lee\n    kind: person\n");
        Assert.Equal(GlossaryMessages.SyntaxId, d.Id);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(Path, d.Position.Path);
        Assert.True(d.Position.Line >= 2, d.ToString());
    }

    [Theory]
    [InlineData("- en: Seoul\n")]
    [InlineData("entries_list: []\n")]
    [InlineData("")]
    public void LoadText_RootNotAMappingWithEntries_GLS002(string yaml) =>
        Assert.Contains(GlossaryLoader.LoadText(yaml, Path).Diagnostics, d => d.Id is GlossaryMessages.RootShapeId);

    [Fact]
    public void LoadText_UnknownKey_GLS003AtTheKey()
    {
        var d = Single("entries:\n  - en: Seoul\n    variantz: [Soul]\n");
        Assert.Equal((GlossaryMessages.UnknownKeyId, 3, 5), (d.Id, d.Position.Line, d.Position.Column));
        Assert.StartsWith("unknown key 'variantz'", d.Message);
    }

    [Fact]
    public void LoadText_DuplicateKey_GLS004AtTheSecond()
    {
        var d = Single("entries:\n  - en: Seoul\n    en: Soul\n");
        Assert.Equal((GlossaryMessages.DuplicateKeyId, 3, 5), (d.Id, d.Position.Line, d.Position.Column));
        Assert.Equal(GlossaryMessages.Format(GlossaryMessages.DuplicateKey, "en", 2), d.Message);
    }

    [Theory]
    [InlineData("entries:\n  - en: [Seoul]\n", 2, 9)]
    [InlineData("entries:\n  - en: Seoul\n    variants: Soul\n", 3, 15)]
    [InlineData("entries:\n  - en: Seoul\n    variants:\n      - [Soul]\n", 4, 9)]
    [InlineData("entries: Seoul\n", 1, 10)]
    public void LoadText_WrongType_GLS005(string yaml, int line, int column)
    {
        var d = Single(yaml);
        Assert.Equal((GlossaryMessages.WrongTypeId, line, column), (d.Id, d.Position.Line, d.Position.Column));
    }

    [Theory]
    [InlineData("entries:\n  - kind: place\n")]
    [InlineData("entries:\n  - en:\n    kind: place\n")]
    [InlineData("entries:\n  - en: \"  \"\n")]
    public void LoadText_MissingOrEmptyEn_GLS006(string yaml) => Assert.Equal(GlossaryMessages.MissingEnId, Single(yaml).Id);

    [Fact]
    public void LoadText_DuplicateId_GLS007()
    {
        var d = Single("entries:\n  - en: Seoul\n  - en: Soul\n    id: seoul\n");
        Assert.Equal((GlossaryMessages.DuplicateIdId, 4, 9), (d.Id, d.Position.Line, d.Position.Column));
    }

    [Theory]
    [InlineData("entries:\n  - en: Busan\n    variants: [Pusan]\n  - en: Pusan\n", 4, 9)]
    [InlineData("entries:\n  - en: Busan\n    variants: [Pusan]\n  - en: Pusan City\n    variants: [PUSAN]\n", 5, 16)]
    [InlineData("entries:\n  - en: Busan\n  - en: Pusan\n    allow: [busan]\n", 4, 13)]
    [InlineData("entries:\n  - en: Gyeongju\n    variants: [Kyŏngju]\n  - en: Kyongju Hotel\n    variants: [Kyongju]\n", 5, 16)]
    public void LoadText_SpellingClaimedByTwoEntries_GLS008AtTheLaterOne(string yaml, int line, int column)
    {
        var d = Single(yaml);
        Assert.Equal((GlossaryMessages.SpellingClaimedId, line, column), (d.Id, d.Position.Line, d.Position.Column));
    }

    [Fact]
    public void LoadText_InvalidKind_GLS009() => Assert.Equal(GlossaryMessages.InvalidKindId, Single("entries:\n  - en: Seoul\n    kind: city\n").Id);

    [Fact]
    public void LoadText_InvalidId_GLS010() => Assert.Equal(GlossaryMessages.InvalidIdId, Single("entries:\n  - en: Seoul\n    id: Seoul City\n").Id);

    [Fact]
    public void Load_MissingFile_GLS011()
    {
        var d = Assert.Single(GlossaryLoader.Load(["no/such/glossary.yaml"]).Diagnostics);
        Assert.Equal((GlossaryMessages.UnreadableId, "no/such/glossary.yaml"), (d.Id, d.Position.Path));
    }

    [Fact]
    public void LoadText_EmptyVariant_GLS012() => Assert.Equal(GlossaryMessages.EmptySpellingId, Single("entries:\n  - en: Seoul\n    variants: ['']\n").Id);

    [Fact]
    public void LoadText_VariantIsPreferredForm_GLS013WarningAndDropped()
    {
        var result = GlossaryLoader.LoadText("entries:\n  - en: Kim Jong-un\n    variants: [kim jong-un, Kim Jong Un]\n", Path);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((GlossaryMessages.VariantIsPreferredId, DiagnosticSeverity.Warning), (d.Id, d.Severity));
        Assert.False(result.HasErrors);
        Assert.Equal(["Kim Jong Un"], Assert.Single(result.Entries).Variants);
    }

    [Fact]
    public void LoadText_NativeFormInWrongScript_GLS014Warning()
    {
        var d = Single("entries:\n  - en: Seoul\n    ko: Seoul\n");
        Assert.Equal((GlossaryMessages.NativeScriptId, DiagnosticSeverity.Warning, 3, 9), (d.Id, d.Severity, d.Position.Line, d.Position.Column));
    }

    // regression: issue #12 point 5: the loader had its own script table, without Hangul Jamo Extended-A/B and 〇,
    // and it took any supplementary character (an emoji) for Han.
    [Theory]
    [InlineData("ko", "\uA960\u1161", true)] // Jamo Extended-A initial + vowel
    [InlineData("ko", "\u1100\uD7B0", true)] // initial + Jamo Extended-B vowel
    [InlineData("zh", "二〇二四", true)]
    [InlineData("zh", "〇", true)]
    [InlineData("zh", "\U00020BB7", true)] // 𠮷, CJK Extension B
    [InlineData("ja", "〇", true)]
    [InlineData("zh", "\U0001F600", false)] // an emoji
    [InlineData("ko", "Seoul", false)]
    public void LoadText_NativeScript_AgreesWithLanguageDetection(string key, string native, bool inScript)
    {
        var result = GlossaryLoader.LoadText($"entries:\n  - en: Somewhere\n    {key}: \"{native}\"\n", Path);
        Assert.Equal(!inScript, result.Diagnostics.Any(d => d.Id == GlossaryMessages.NativeScriptId));
    }

    [Fact]
    public void LoadText_Alias_GLS015() => Assert.Contains(
        GlossaryLoader.LoadText("entries:\n  - en: &a Seoul\n  - en: *a\n", Path).Diagnostics, d => d.Id == GlossaryMessages.UnsupportedYamlId);

    [Fact]
    public void LoadText_SpellingStartingWithPunctuation_GLS017() =>
        Assert.Equal(GlossaryMessages.BadSpellingStartId, Single("entries:\n  - en: Seoul\n    variants: [\"'Soul\"]\n").Id);

    [Fact]
    public void LoadText_SeveralProblems_AllReportedInOneLoad()
    {
        var result = GlossaryLoader.LoadText(
            """
            entries:
              - en: Seoul
                colour: blue
              - kind: place
              - en: Busan
                kind: town
              - en: Pusan
              - en: Busan City
                variants: [Pusan]
            """, Path);
        Assert.Equal(
            [GlossaryMessages.UnknownKeyId, GlossaryMessages.MissingEnId, GlossaryMessages.InvalidKindId, GlossaryMessages.SpellingClaimedId],
            result.Diagnostics.Select(d => d.Id));
        Assert.True(result.HasErrors);
        Assert.Throws<GlossaryLoadException>(() => result.EntriesOrThrow());
    }

    [Fact]
    public void Diagnostic_ToString_IsPathLineColSeverityIdMessage()
    {
        var d = Single("entries:\n  - en: Seoul\n    en: Soul\n");
        Assert.Equal("g.yaml:3:5: error GLS004: duplicate key 'en' (first at line 2)", d.ToString());
    }

    [Fact]
    public void LoadBundled_HasNoDiagnostics()
    {
        var result = GlossaryLoader.LoadBundled();
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Entries.Count >= 60, $"{result.Entries.Count} entries");
    }

    public static TheoryData<string, int, int, string> Invisible => new()
    {
        // YAML (double-quoted, so the escape is the character), line, column, expected message
        { "entries:\n  - en: \"Lee Jae\\u200B-myung\"\n", 2, 9, GlossaryMessages.Format(GlossaryMessages.InvisibleCharacter, "en", "Lee Jae<U+200B>-myung", "U+200B, a format character", 8) },
        { "entries:\n  - en: Busan\n    variants: [\"Pu\\u202Esan\"]\n", 3, 16, GlossaryMessages.Format(GlossaryMessages.InvisibleCharacter, "variants", "Pu<U+202E>san", "U+202E, a format character", 3) },
        { "entries:\n  - en: Busan\n    variants: [Pusan]\n    allow: [\"Pu\\u00ADsan University\"]\n", 4, 13, GlossaryMessages.Format(GlossaryMessages.InvisibleCharacter, "allow", "Pu<U+00AD>san University", "U+00AD, a format character", 3) },
        { "entries:\n  - en: Kim Jong-un\n    styles:\n      ap: \"Kim Jong\\LUn\"\n", 4, 11, GlossaryMessages.Format(GlossaryMessages.InvisibleCharacter, "styles.ap", "Kim Jong<U+2028>Un", "U+2028, a line separator", 9) },
        { "entries:\n  - en: \"Seoul\\x07\"\n", 2, 9, GlossaryMessages.Format(GlossaryMessages.InvisibleCharacter, "en", "Seoul<U+0007>", "U+0007, a control character", 6) },
        { "entries:\n  - en: \"Se\\U000E0041oul\"\n", 2, 9, GlossaryMessages.Format(GlossaryMessages.InvisibleCharacter, "en", "Se<U+E0041>oul", "U+E0041, a format character", 3) },
        { "entries:\n  - en: \"Seoul\\uFE0F\"\n", 2, 9, GlossaryMessages.Format(GlossaryMessages.InvisibleCharacter, "en", "Seoul<U+FE0F>", "U+FE0F, a variation selector", 6) },
    };

    [Theory]
    [MemberData(nameof(Invisible))]
    public void Issue11_InvisibleCharacterInASpelling_GLS024AtTheValue(string yaml, int line, int column, string message)
    {
        var result = GlossaryLoader.LoadText(yaml, Path);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((GlossaryMessages.InvisibleCharacterId, DiagnosticSeverity.Error, line, column, message), (d.Id, d.Severity, d.Position.Line, d.Position.Column, d.Message));
        Assert.True(result.HasErrors);
        Assert.Empty(result.Entries);
    }

    [Fact]
    public void Issue11_InvisibleCharacterInAnOverride_GLS024AtTheOverride()
    {
        var result = GlossaryLoader.LoadText("entries:\n  - en: Busan\n  - id: busan\n    override: true\n    styles: { ap: \"Bu\\u200Dsan\" }\n", Path);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((GlossaryMessages.InvisibleCharacterId, 5, 19), (d.Id, d.Position.Line, d.Position.Column));
    }

    [Fact]
    public void Issue11_InvisibleCharacterThroughTheBuilder_Refused()
    {
        var entry = new GlossaryEntry { Id = "busan", En = "Bu\u200Bsan" };
        var e = Assert.Throws<GlossaryLoadException>(() => new GlossaryBuilder().Add(entry).Build());
        Assert.Contains(e.Diagnostics, d => d.Id == GlossaryMessages.InvisibleCharacterId);
    }

    [Fact]
    public void Issue13_ContextAndNeedsEvidence_AreRead()
    {
        var result = GlossaryLoader.LoadText("entries:\n  - en: Kim Yo-jong\n    ko: 김여정\n    kind: person\n    context: [North Korea, Pyongyang]\n    needs-evidence: [Kim Yeo-jeong]\n    variants: [Kim Yeo-jeong]\n", Path);
        var entry = Assert.Single(result.EntriesOrThrow());
        Assert.Equal(["North Korea", "Pyongyang"], entry.Context);
        Assert.Equal(["Kim Yeo-jeong"], entry.NeedsEvidence);
    }

    [Theory]
    [InlineData("entries:\n  - en: Seoul\n    context: Korea\n", GlossaryMessages.WrongTypeId, 3, 14)]
    [InlineData("entries:\n  - en: Seoul\n    context:\n      - [Korea]\n", GlossaryMessages.WrongTypeId, 4, 9)]
    [InlineData("entries:\n  - en: Seoul\n    needs-evidence:\n      - Soul\n      - Soul\n", GlossaryMessages.DuplicateKeyId, 5, 9)]
    [InlineData("entries:\n  - en: Seoul\n    context: [a]\n    context: [b]\n", GlossaryMessages.DuplicateKeyId, 4, 5)]
    [InlineData("entries:\n  - en: Seoul\n    needs-evidense: [Soul]\n", GlossaryMessages.UnknownKeyId, 3, 5)]
    public void Issue13_ContextAndNeedsEvidence_AreStrict(string yaml, string id, int line, int column)
    {
        var d = Single(yaml);
        Assert.Equal((id, line, column), (d.Id, d.Position.Line, d.Position.Column));
    }

    private static GlossaryDiagnostic Single(string yaml) => Assert.Single(GlossaryLoader.LoadText(yaml, Path).Diagnostics);
}
