namespace Glossary.Tests.Checking;

/// <summary>
/// Issue #14 point 4 and issue #15 (bundled data): the history of older English text (dynasties, emperors by reign or
/// temple name, Korean kings, festivals, events) in glossary/zh-history.yaml and ko-history.yaml. The pre-pinyin and
/// McCune–Reischauer spellings are found; one-syllable dynasty names, the people and places that share their syllables
/// and Taiwanese given names that look like a reign name in Wade–Giles are left alone.
/// </summary>
public sealed class Issue14HistoryDataTests
{
    // regression: issue #15 data: correct modern prose full of the syllables of the new entries gets no finding at all.
    [Theory]
    [InlineData("Song Joong-ki and Song Hye-kyo starred in the drama.")]
    [InlineData("Han Kang won the Nobel Prize; she lives near the Han River in Seoul.")]
    [InlineData("Tang Wei starred in Decision to Leave, and Ming-Na Wen voices Mulan.")]
    [InlineData("Jin of BTS finished his military service.")]
    [InlineData("Sui Wenjing and Han Cong won Olympic gold; Qin Gang was foreign minister.")]
    [InlineData("Ministries moved to Sejong City; take the subway to King Sejong Station.")]
    [InlineData("The statue of Sejong the Great stands in Gwanghwamun.")]
    [InlineData("A glass of Tang, a song by Ming, and the Ming Tombs near Beijing.")]
    [InlineData("The Boxer Rebellion began in 1899. Taiping Island lies in the Spratlys.")]
    [InlineData("The Sung Dynasty Village closed in 2006; the rock band Tang Dynasty played in Beijing.")]
    [InlineData("The I Ching is a classic.")]
    public void Issue15_TrapProse_HasNoFinding(string text) =>
        Assert.Empty(CompiledGlossary.Bundled.Check(text));

    // regression: issue #14 point 4: a reign name's Wade–Giles without apostrophes is also a Taiwanese given name. After
    // a surname it is one (the whole-name rule: a one-word hyphenated spelling after a name syllable is a given name, for
    // every kind, not only places), so the entries need no needs-evidence list; alone it is the emperor (below).
    [Theory]
    [InlineData("Chen Ching-ming, Li Hung-wu and Wang Chien-lung met the premier.")]
    [InlineData("Kuo Kuang-hsu, Huang Yung-lo and Wu Wan-li spoke, and Tsai Cheng-hua too.")]
    [InlineData("Hsu Chung-yang and Ho Yuan-hsiao attended with Liu Tai-tsung.")]
    [InlineData("Kim Yong-cho and Lee Tae-cho work at the ministry; Yong Cho is a professor.")]
    [InlineData("Yuan Xiao and Qi Xi are athletes. Kaya Scodelario starred. Kabo Air flies to Abuja.")]
    public void Issue14_GivenNamesThatLookLikeReignNames_AreNoWarning(string text) =>
        Assert.DoesNotContain(CompiledGlossary.Bundled.Check(text), f => f.Level == DiagnosticSeverity.Warning);

    // regression: issue #14 point 4 and #15: the old spellings of history are found and fixed.
    [Theory]
    [InlineData("Under the Ch'ing dynasty the arts flourished.", "Ch'ing dynasty", "qing-dynasty")]
    [InlineData("The K'ang-hsi emperor received the Jesuits.", "K'ang-hsi", "kangxi")]
    [InlineData("Kang Hsi porcelain from the reign of the emperor.", "Kang Hsi", "kangxi")]
    [InlineData("His grandson Ch'ien-lung reigned sixty years.", "Ch'ien-lung", "qianlong")]
    [InlineData("Poetry of the Sung dynasty.", "Sung dynasty", "song-dynasty")]
    [InlineData("Poetry of the T'ang dynasty.", "T'ang dynasty", "tang-dynasty")]
    [InlineData("The Ch'in Dynasty unified China.", "Ch'in Dynasty", "qin-dynasty")]
    [InlineData("The Hung-wu emperor founded the dynasty.", "Hung-wu", "hongwu")]
    [InlineData("Porcelain of the Chia-ching reign and the Kang-hsi emperor.", "Kang-hsi", "kangxi")]
    [InlineData("The Wan-li emperor did not hold court.", "Wan-li", "wanli")]
    [InlineData("The T'ai-p'ing Rebellion began in 1850.", "T'ai-p'ing Rebellion", "taiping-rebellion")]
    [InlineData("Families sweep tombs at Ch'ing-ming.", "Ch'ing-ming", "qingming")]
    [InlineData("Li Po and Du Fu wrote under the Tang.", "Li Po", "li-bai")]
    [InlineData("King Yŏngjo executed his son.", "Yŏngjo", "yeongjo")]
    [InlineData("King Yongjo executed his son.", "Yongjo", "yeongjo")]
    [InlineData("King Kojong fled to the Russian legation.", "Kojong", "gojong")]
    [InlineData("The Taewŏn'gun closed the country.", "Taewŏn'gun", "daewongun")]
    [InlineData("The Tonghak rebellion of 1894.", "Tonghak", "donghak")]
    [InlineData("The Kabo reforms of Joseon Korea.", "Kabo", "gabo")]
    [InlineData("Tan'gun founded Kojosŏn.", "Tan'gun", "dangun")]
    public void Issue14_OldSpellingOfHistory_IsAWarning(string text, string found, string entryId)
    {
        var finding = Assert.Single(CompiledGlossary.Bundled.Check(text), f => f.Found == found);
        Assert.Equal(entryId, finding.EntryId);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Level);
    }

    // regression: issue #14 point 4: a one-word person (reign or temple name) is romanized as one name, and the
    // generated spellings carry the Wade–Giles and McCune–Reischauer forms, so the entries list none of them.
    [Theory]
    [InlineData("kangxi", "K'ang-hsi", "Kang Hsi")]
    [InlineData("qianlong", "Ch'ien-lung", "Chien Lung")]
    [InlineData("yongle", "Yung-lo", "Yung Lo")]
    [InlineData("guangxu", "Kuang-hsü", "Kuang Hsu")]
    public void Issue14_OneWordPerson_GeneratesTheOldSystems(string entryId, string first, string second)
    {
        var generated = CompiledGlossary.Bundled.SpellingsOf(entryId).Generated.Select(g => g.Text).ToList();
        Assert.Contains(first, generated);
        Assert.Contains(second, generated);
        Assert.Empty(CompiledGlossary.Bundled.Entries.Single(e => e.Id == entryId).Variants);
    }

    // Review mend (issue #14 point 4): a Korean king is one word in every system; the syllables written apart (Yong Cho,
    // Ko-Chong) have the shape of someone else's personal name, so the generator writes none (the entries listed them
    // as needing evidence one by one before). A title after a hyphen stays (Kwanghae-gun: the recall suite's one-name rule).
    [Theory]
    [InlineData("yeongjo", "Yŏngjo")]
    [InlineData("gojong", "Kojong")]
    [InlineData("taejo", "T'aejo")]
    [InlineData("gwanggaeto", "Kwanggaet'o")]
    public void Issue14_KoreanOneWordPerson_GeneratesOneWordSpellingsOnly(string entryId, string mr)
    {
        var generated = CompiledGlossary.Bundled.SpellingsOf(entryId).Generated.Select(g => g.Text).ToList();
        Assert.Contains(mr, generated);
        Assert.DoesNotContain(generated, g => g.Contains(' ', StringComparison.Ordinal) || g.Contains('-', StringComparison.Ordinal));
        Assert.Empty(CompiledGlossary.Bundled.Entries.Single(e => e.Id == entryId).NeedsEvidence);
    }
}
