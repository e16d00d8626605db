using Glossary.Variants;

namespace Glossary.Tests.Variants;

/// <summary>Generated spellings (issue #5): what is generated from the native script, and what the guards drop.</summary>
public sealed class VariantGeneratorTests
{
    private static GlossaryEntry Person(string en, string ko) => new() { Id = GlossaryId(en), En = en, Kind = EntryKind.Person, Native = new Dictionary<string, string> { ["ko"] = ko } };

    private static string GlossaryId(string en) => GlossaryLoader.DefaultId(en);

    // regression: issue #12 point 4: a guard verdict says keep, leave out silently (the entry's own spelling)
    // or drop with a reason; only a drop is reported.
    [Fact]
    public void Guards_Verdicts_KeepLeaveOutOrDropWithReason()
    {
        var lee = Person("Lee Jae-myung", "이재명") with { Allow = ["Lee Jae Myung"] };
        var other = new GlossaryEntry { Id = "other", En = "Other", Variants = ["Lee Jaemyung"] };
        GeneratedSpelling[] candidates = [new("Lee Jae Myung", "rr", "own allowed form"), new("Lee Jaemyung", "rr", "another entry's variant"), new("Yi Chae-myong", "mr-simple", "kept")];
        var result = VariantGuards.Apply([lee, other], [[.. candidates], []]);

        Assert.Equal(["Yi Chae-myong"], result[0].Generated.Select(g => g.Text));
        var dropped = Assert.Single(result[0].Dropped);
        Assert.Equal(("Lee Jaemyung", "it is the variant of entry 'other'"), (dropped.Text, dropped.DroppedBecause));
    }

    [Fact]
    public void GeneratedSpellings_InUseFirstThenDroppedWithReason()
    {
        var lee = Person("Lee Jae-myung", "이재명");
        var other = new GlossaryEntry { Id = "other", En = "Other", Variants = ["Lee Jaemyung"] };
        var spellings = new GlossaryBuilder().Add(lee).Add(other).Build().GeneratedSpellings(lee.Id);

        var firstDropped = spellings.ToList().FindIndex(g => g.DroppedBecause is not null);
        Assert.True(firstDropped > 0, "some spellings are in use and some dropped");
        Assert.All(spellings.Skip(firstDropped), g => Assert.NotNull(g.DroppedBecause));
        Assert.Contains(spellings, g => g.Text == "Lee Jaemyung" && g.DroppedBecause == "it is the variant of entry 'other'" && g.System.Length > 0);
        Assert.Contains(spellings, g => g.Text == "Yi Chae-myŏng" && g.DroppedBecause is null);
    }

    [Theory]
    [InlineData("Lee Jae-myung", "이재명", "Lee Jae Myung")]
    [InlineData("Lee Jae-myung", "이재명", "Lee Jaemyung")]
    [InlineData("Lee Jae-myung", "이재명", "Lee Jae-myong")]
    [InlineData("Lee Jae-myung", "이재명", "Yi Chae-myŏng")]
    [InlineData("Lee Jae-myung", "이재명", "Yi Chae-myong")]
    [InlineData("Lee Jae-myung", "이재명", "I Jaemyeong")]
    [InlineData("Lee Jae-myung", "이재명", "Jae-myung Lee")]
    [InlineData("Yoon Suk Yeol", "윤석열", "Yoon Suk-yeol")]
    [InlineData("Yoon Suk Yeol", "윤석열", "Yun Suk-yeol")]
    [InlineData("Yoon Suk Yeol", "윤석열", "Yoon Seok-yeol")]
    [InlineData("Kim Jong-un", "김정은", "Kim Jong Un")]
    [InlineData("Kim Jong-un", "김정은", "Kim Jongun")]
    [InlineData("Kim Jong-un", "김정은", "Kim Chong-un")]
    [InlineData("Kim Jong-un", "김정은", "Jong-un Kim")]
    public void Generate_KoreanName_FindsPressSpelling(string en, string ko, string spelling)
    {
        var glossary = new GlossaryBuilder().Add(Person(en, ko)).Build();
        var finding = Assert.Single(glossary.Check($"On Monday {spelling} said."));
        Assert.Equal(spelling, finding.Found);
        Assert.Equal(en, finding.Replacement);
    }

    [Fact]
    public void Generate_EveryGeneratedSpelling_MapsBackToItsEntry()
    {
        var glossary = CompiledGlossary.Bundled;
        foreach (var entry in glossary.Entries)
        {
            foreach (var generated in glossary.SpellingsOf(entry.Id).Generated)
            {
                var findings = glossary.Check(generated.Text);
                Assert.True(findings.Count == 1 && findings[0].EntryId == entry.Id && findings[0].Length == generated.Text.Length,
                    $"'{generated.Text}' ({generated.System}) of {entry.Id}: [{string.Join(", ", findings.Select(f => f.EntryId + ":" + f.Found))}]");
            }
        }
    }

    [Fact]
    public void Generate_PreferredFormIsNeverAVariant()
    {
        var glossary = CompiledGlossary.Bundled;
        foreach (var entry in glossary.Entries)
            Assert.Empty(glossary.Check(entry.En));
    }

    [Fact]
    public void Guards_SpellingOfAnotherEntry_Dropped()
    {
        // 김정은 generates "Kim Jung-eun"; when another entry owns it, it is dropped, with the reason.
        var actress = new GlossaryEntry { Id = "kim-jung-eun", En = "Kim Jung-eun", Kind = EntryKind.Person };
        var glossary = new GlossaryBuilder().Add(Person("Kim Jong-un", "김정은")).Add(actress).Build();
        var dropped = glossary.SpellingsOf("kim-jong-un").Dropped.Single(d => d.Text == "Kim Jung-eun");
        Assert.Equal("it is the preferred form of entry 'kim-jung-eun'", dropped.DroppedBecause);
        Assert.Empty(glossary.Check("Kim Jung-eun"));
    }

    [Fact]
    public void Guards_GeneratedForTwoEntries_DroppedFromBoth()
    {
        var glossary = new GlossaryBuilder()
            .Add(Person("Kim Jong-un", "김정은"))
            .Add(new GlossaryEntry { Id = "kim-jeong-eun", En = "Kim Jeong-eun", Kind = EntryKind.Person, Native = new Dictionary<string, string> { ["ko"] = "김정은" } })
            .Build();
        Assert.Contains(glossary.SpellingsOf("kim-jong-un").Dropped, d => Glossary.Matching.TextFolding.FoldKey(d.Text) == "kim chong-un" && d.DroppedBecause!.StartsWith("it is generated for entry 'kim-jeong-eun' too", StringComparison.Ordinal));
    }

    [Fact]
    public void Guards_EnglishWordAndSurname_Dropped()
    {
        // 서울 in MR without breves is "Soul", an English word.
        var seoul = new GlossaryEntry { Id = "seoul", En = "Seoul", Kind = EntryKind.Place, Native = new Dictionary<string, string> { ["ko"] = "서울" } };
        var glossary = new GlossaryBuilder().Add(seoul).Build();
        Assert.Contains(glossary.SpellingsOf("seoul").Dropped, d => d.Text is "Soul" or "Sŏul" && d.DroppedBecause == "it is a common English word");
        Assert.Empty(glossary.Check("Body and soul."));
        Assert.True(VariantGuards.IsSurname("Rhee"));
    }

    [Fact]
    public void Generate_PlaceWithGenericSuffix_KeepsTheSuffix()
    {
        var province = new GlossaryEntry { Id = "gyeonggi-province", En = "Gyeonggi Province", Kind = EntryKind.Place, Native = new Dictionary<string, string> { ["ko"] = "경기도" } };
        var glossary = new GlossaryBuilder().Add(province).Build();
        var generated = glossary.SpellingsOf(province.Id).Generated.Select(g => g.Text).ToList();
        Assert.Contains("Kyŏnggi Province", generated);
        Assert.Contains("Gyeonggi-do", generated);
        Assert.DoesNotContain("Gyeonggi", generated);
        Assert.Equal("Gyeonggi Province governor", glossary.Fix("Kyonggi Province governor").Text);
    }

    [Theory]
    [InlineData("Yalu River", "ko", "압록강", "Amnok River")]
    [InlineData("Tumen River", "ko", "두만강", "Tuman River")]
    [InlineData("Yeonpyeong Island", "ko", "연평도", "Yŏnp'yŏng Island")]
    [InlineData("Jeju Island", "ko", "제주도", "Cheju Island")]
    [InlineData("Hainan Island", "zh", "海南岛", "Hai-nan Island")]
    [InlineData("Taiwan Strait", "zh", "台灣海峽", "T'ai-wan Strait")]
    public void Generate_PlaceWithGenericSuffix_NativeGenericLeftOut(string en, string language, string native, string spelling)
    {
        var place = new GlossaryEntry { Id = "place", En = en, Kind = EntryKind.Place, Native = new Dictionary<string, string> { [language] = native } };
        var glossary = new GlossaryBuilder().Add(place).Build();
        var generated = Assert.Single(glossary.SpellingsOf(place.Id).Generated, g => g.Text == spelling);
        Assert.Contains("left out", generated.Rule, StringComparison.Ordinal);
        Assert.Equal($"near the {en}.", glossary.Fix($"near the {spelling}.").Text);
    }

    [Theory]
    [InlineData("Yangtze River", "长江")] // names by translation: a one-character stem is not romanized alone
    [InlineData("Yellow River", "黄河")]
    public void Generate_ChineseOneCharacterStem_NotSeparated(string en, string zh)
    {
        var place = new GlossaryEntry { Id = "river", En = en, Kind = EntryKind.Place, Native = new Dictionary<string, string> { ["zh"] = zh } };
        var glossary = new GlossaryBuilder().Add(place).Build();
        Assert.DoesNotContain(glossary.SpellingsOf(place.Id).Generated, g => g.Rule.Contains("left out", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Troops left Shenchen on Monday.", 1)]
    [InlineData("TROOPS LEFT SHENCHEN.", 1)]
    [InlineData("test-dgram-connect (shenchen) #27466", 0)] // a user name, not the city
    [InlineData("see /home/shenchen/src", 0)]
    public void GeneratedNameSpelling_InLowerCase_IsNotTheName(string text, int findings)
    {
        var city = new GlossaryEntry { Id = "shenzhen", En = "Shenzhen", Kind = EntryKind.Place, Native = new Dictionary<string, string> { ["zh"] = "深圳" } };
        var glossary = new GlossaryBuilder().Add(city).Build();
        Assert.Contains(glossary.SpellingsOf("shenzhen").Generated, g => g.Text == "Shenchen");
        Assert.Equal(findings, glossary.Check(text).Count);
    }

    [Fact]
    public void ListedNameSpelling_InLowerCase_IsStillFlagged()
    {
        var city = new GlossaryEntry { Id = "beijing", En = "Beijing", Kind = EntryKind.Place, Variants = ["Peking"] };
        var glossary = new GlossaryBuilder().Add(city).Build();
        Assert.Equal("peking", Assert.Single(glossary.Check("flights to peking")).Found);
    }

    [Fact]
    public void Generate_Off_ByKeyOrBuilder()
    {
        var entry = Person("Lee Jae-myung", "이재명") with { Generate = false };
        Assert.DoesNotContain(new GlossaryBuilder().Add(entry).Build().SpellingsOf(entry.Id).Generated, g => g.System != "separators");
        Assert.Empty(new GlossaryBuilder().Add(Person("Lee Jae-myung", "이재명")).GenerateVariants(false).Build().Check("Yi Chae-myong"));
    }

    [Fact]
    public void ListedVariantsWinOverGenerated()
    {
        var entry = Person("Lee Jae-myung", "이재명") with { Variants = ["Lee Jae Myung"] };
        var glossary = new GlossaryBuilder().Add(entry).Build();
        Assert.DoesNotContain(glossary.SpellingsOf(entry.Id).Generated, g => g.Text == "Lee Jae Myung");
        Assert.Equal("Lee Jae Myung", Assert.Single(glossary.Check("Lee Jae Myung")).Spelling);
    }

    [Fact]
    public void SeparatorVariants_OfPreferredForm_WithoutNativeForm()
    {
        var sun = new GlossaryEntry { Id = "sun-yat-sen", En = "Sun Yat-sen", Kind = EntryKind.Person };
        var glossary = new GlossaryBuilder().Add(sun).Build();
        Assert.Equal("Sun Yat-sen", Assert.Single(glossary.Check("Sun Yat Sen")).Replacement);
        Assert.Equal("Hong Kong", Assert.Single(new GlossaryBuilder().Add(new GlossaryEntry { Id = "hk", En = "Hong Kong", Kind = EntryKind.Place }).Build().Check("Hongkong")).Replacement);
    }
}
