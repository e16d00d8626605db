
namespace Glossary.Tests.Checking;

/// <summary>
/// The matching semantics of the foundation issue (#2), one named table per rule. Each row is
/// (name, text, expected findings rendered as <c>'found' → 'replacement'</c>; empty for none).
/// </summary>
public sealed class MatchingRulesTests
{
    public static TheoryData<string, string, string> WholeWords => new()
    {
        { "word alone", "Pusan is a port.", "'Pusan' → 'Busan'" },
        { "prefix of a longer word", "Pusanite traders", "" },
        { "suffix of a longer word", "ExPusan", "" },
        { "digit after is part of the word", "Pusan2", "" },
        { "hyphen after is a boundary", "Pusan-based firms", "'Pusan' → 'Busan'" },
        { "non-ASCII letter after is a letter", "Pusanŏ", "" },
        { "accented letter before is a letter", "éPusan", "" },
        { "punctuation around", "(Pusan).", "'Pusan' → 'Busan'" },
        { "at end of text", "to Pusan", "'Pusan' → 'Busan'" },
    };

    public static TheoryData<string, string, string> Case => new()
    {
        { "variant in other case is found", "PUSAN and pusan", "'PUSAN' → 'BUSAN'; 'pusan' → 'Busan'" },
        { "preferred proper noun exact", "Lee Jae-myung spoke.", "" },
        { "preferred proper noun wrong case", "Lee Jae-Myung spoke.", "'Lee Jae-Myung' → 'Lee Jae-myung'" },
        { "preferred proper noun all caps headline", "LEE JAE-MYUNG WINS", "" },
        { "preferred proper noun all lower", "a lee jae-myung fan", "" },
        { "term in other case is never flagged", "Xie Xie, XIE XIE and xie xie", "" },
        { "variant all caps gets caps replacement", "LEE JAE-MYONG WINS", "'LEE JAE-MYONG' → 'LEE JAE-MYUNG'" },
        { "term variant at sentence start keeps capital", "Xiexie, he said.", "'Xiexie' → 'Xie xie'" },
        { "term variant lower case", "he said xiexie", "'xiexie' → 'xie xie'" },
    };

    public static TheoryData<string, string, string> Separators => new()
    {
        { "space variant", "Lee Jae Myung", "'Lee Jae Myung' → 'Lee Jae-myung'" },
        { "several spaces", "Lee   Jae Myung", "'Lee   Jae Myung' → 'Lee Jae-myung'" },
        { "line break", "Lee\nJae-myong", "'Lee\nJae-myong' → 'Lee\nJae-myung'" },
        { "CRLF line break", "Lee\r\nJae-myong", "'Lee\r\nJae-myong' → 'Lee\r\nJae-myung'" },
        { "no-break space, kept by the fix", "Lee\u00A0Jae-myong", "'Lee\u00A0Jae-myong' → 'Lee\u00A0Jae-myung'" },
        { "hyphen U+2010", "Lee Jae\u2010myong", "'Lee Jae\u2010myong' → 'Lee Jae-myung'" },
        { "non-breaking hyphen U+2011", "Lee Jae\u2011myong", "'Lee Jae\u2011myong' → 'Lee Jae-myung'" },
        { "en dash", "Lee Jae\u2013myong", "'Lee Jae\u2013myong' → 'Lee Jae-myung'" },
        { "hyphen broken across lines", "Kim Jong-\nun said", "" },
        { "space is not a hyphen", "Kim Jong Un", "'Kim Jong Un' → 'Kim Jong-un'" },
        { "joined is not spaced", "Kim Jongun", "'Kim Jongun' → 'Kim Jong-un'" },
        { "preferred wrapped across lines", "Lee\nJae-myung met", "" },
        { "soft hyphen inside", "Pu\u00ADsan", "'Pu\u00ADsan' → 'Busan'" },
    };

    public static TheoryData<string, string, string> Apostrophes => new()
    {
        { "straight", "P'anmunjŏm", "'P'anmunjŏm' → 'Panmunjom'" },
        { "right single quote", "P’anmunjŏm", "'P’anmunjŏm' → 'Panmunjom'" },
        { "left single quote", "P‘anmunjŏm", "'P‘anmunjŏm' → 'Panmunjom'" },
        { "modifier apostrophe", "Pʼanmunjŏm", "'Pʼanmunjŏm' → 'Panmunjom'" },
        { "turned comma", "Pʻanmunjŏm", "'Pʻanmunjŏm' → 'Panmunjom'" },
        { "preferred with curly apostrophe", "Xi’an is old", "" },
    };

    public static TheoryData<string, string, string> Diacritics => new()
    {
        { "variant with breve matches itself", "Kyŏngju", "'Kyŏngju' → 'Gyeongju'" },
        { "variant with breve matches plain form", "Kyongju", "'Kyongju' → 'Gyeongju'" },
        { "decomposed breve", "Kyo\u0306ngju", "'Kyo\u0306ngju' → 'Gyeongju'" },
        { "MR variant without apostrophe and breve", "Panmunjom", "" },
        { "MR variant plain", "Panmunjeom", "'Panmunjeom' → 'Panmunjom'" },
        { "preferred form is never folded", "Zurich and Zürich", "'Zurich' → 'Zürich'" },
        { "name variant with breve, plain text", "Yi Chae-myong", "'Yi Chae-myong' → 'Lee Jae-myung'" },
    };

    public static TheoryData<string, string, string> Possessives => new()
    {
        { "straight 's", "Pusan's port", "'Pusan' → 'Busan'" },
        { "curly ’s", "Yoon Suk-yeol’s presidency", "'Yoon Suk-yeol' → 'Yoon Suk Yeol'" },
        { "preferred with possessive", "Yoon Suk Yeol’s presidency", "" },
        { "bare apostrophe after s", "Kim Jong Un's and Yonhap News' reports", "'Kim Jong Un' → 'Kim Jong-un'; 'Yonhap News' → 'Yonhap'" },
    };

    public static TheoryData<string, string, string> LongestMatch => new()
    {
        { "variant inside the preferred form is not reported", "Lee Jae-myung", "" },
        { "variant alone is reported", "Jae-myung said", "'Jae-myung' → 'Lee Jae-myung'" },
        { "longest variant wins", "Lee Jae-myong", "'Lee Jae-myong' → 'Lee Jae-myung'" },
        { "allowed longer form protects a variant", "Peking University and Peking duck in Peking", "'Peking' → 'Beijing'" },
        { "allowed form in other case", "PEKING UNIVERSITY", "" },
        { "allowed translation is not flagged", "the Blue House said", "" },
        { "prefix-sharing entries", "Kim Jong Il and Kim Jong Un", "'Kim Jong Il' → 'Kim Jong-il'; 'Kim Jong Un' → 'Kim Jong-un'" },
        { "adjacent findings", "Pusan Pusan", "'Pusan' → 'Busan'; 'Pusan' → 'Busan'" },
        { "organization preferred inside variant", "Yonhap reported", "" },
        { "ordinary words do not fire", "the moon over the park; a blue house", "" },
    };

    [Theory]
    [MemberData(nameof(WholeWords))]
    public void Check_WholeWords(string name, string text, string expected) => AssertFindings(name, text, expected);

    [Theory]
    [MemberData(nameof(Case))]
    public void Check_Case(string name, string text, string expected) => AssertFindings(name, text, expected);

    [Theory]
    [MemberData(nameof(Separators))]
    public void Check_Separators(string name, string text, string expected) => AssertFindings(name, text, expected);

    [Theory]
    [MemberData(nameof(Apostrophes))]
    public void Check_Apostrophes(string name, string text, string expected) => AssertFindings(name, text, expected);

    [Theory]
    [MemberData(nameof(Diacritics))]
    public void Check_Diacritics(string name, string text, string expected) => AssertFindings(name, text, expected);

    [Theory]
    [MemberData(nameof(Possessives))]
    public void Check_Possessives(string name, string text, string expected) => AssertFindings(name, text, expected);

    [Theory]
    [MemberData(nameof(LongestMatch))]
    public void Check_LeftmostLongest(string name, string text, string expected) => AssertFindings(name, text, expected);

    [Fact]
    public void Check_Finding_CarriesPositionAndEntry()
    {
        var text = "Intro line.\nThen Yoon Suk-yeol’s term.";
        var finding = Assert.Single(TestGlossary.Compiled.Check(text));
        Assert.Equal("yoon-suk-yeol", finding.EntryId);
        Assert.Equal("Yoon Suk-yeol", finding.Found);
        Assert.Equal("Yoon Suk Yeol", finding.Replacement);
        Assert.Equal("Yoon Suk-yeol", finding.Spelling);
        Assert.Equal(EntryKind.Person, finding.Kind);
        Assert.Equal((2, 6, 2, 19), (finding.Line, finding.Column, finding.EndLine, finding.EndColumn));
        Assert.Equal((17, 13), (finding.Offset, finding.Length));
        Assert.Equal("Yoon Suk-yeol", text.Substring(finding.Offset, finding.Length));
    }

    [Fact]
    public void Check_MatchAcrossLines_EndsOnSecondLine()
    {
        var finding = Assert.Single(TestGlossary.Compiled.Check("x Lee\r\nJae-myong"));
        Assert.Equal((1, 3, 2, 10), (finding.Line, finding.Column, finding.EndLine, finding.EndColumn));
    }

    [Fact]
    public void Check_ColumnsCountUtf16Units()
    {
        // "𝐀" is two UTF-16 code units; editors and SARIF count it as two columns.
        var finding = Assert.Single(TestGlossary.Compiled.Check("𝐀 Pusan"));
        Assert.Equal(4, finding.Column);
    }

    private static void AssertFindings(string name, string text, string expected)
    {
        var actual = TestGlossary.Render(TestGlossary.Compiled.Check(text));
        Assert.True(expected == actual, $"{name}: expected [{expected}] but got [{actual}]");
    }
}
