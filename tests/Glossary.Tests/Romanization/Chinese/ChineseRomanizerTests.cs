using Glossary.Romanization.Core;

namespace Glossary.Tests.Romanization.Chinese;

/// <summary>
/// Rule tables for the Chinese romanizer, one row per case, named for what it shows. The sources of
/// the expected forms are those of the data files (GB/T 16159-2012, GB/T 28039-2011, and
/// shared/reference/chinese-romanization.md).
/// </summary>
public sealed class ChineseRomanizerTests
{
    private static readonly IRomanizer Romanizer = Romanizers.Chinese;

    public static TheoryData<string, string, string> Names => new()
    {
        // Surname, space, given name joined (GB/T 28039).
        { "two-syllable given name", "习近平", "Xí Jìnpíng" },
        { "one-syllable given name", "王毅", "Wáng Yì" },
        { "surname alone", "毛", "Máo" },
        // Surname readings that differ from the everyday reading.
        { "曾 Zēng", "曾庆红", "Zēng Qìnghóng" },
        { "解 Xiè", "解振华", "Xiè Zhènhuá" },
        { "单 Shàn", "单霁翔", "Shàn Jìxiáng" },
        { "仇 Qiú", "仇和", "Qiú Hé" },
        { "谌 Shèn", "谌贻琴", "Shèn Yíqín" },
        { "薄 Bó", "薄熙来", "Bó Xīlái" },
        { "朴 Piáo", "朴槿惠", "Piáo Jǐnhuì" },
        { "华 Huà", "华春莹", "Huà Chūnyíng" },
        { "翟 Zhái", "翟志刚", "Zhái Zhìgāng" },
        { "葛 Gě", "葛优", "Gě Yōu" },
        { "任 Rén", "任正非", "Rén Zhèngfēi" },
        { "查 Zhā", "查良镛", "Zhā Liángyōng" },
        { "区 Ōu", "区家麟", "Ōu Jiālín" },
        { "覃 Qín", "覃振", "Qín Zhèn" },
        { "缪 Miào", "缪昌武", "Miào Chāngwǔ" },
        { "盖 Gě", "盖叫天", "Gě Jiàotiān" },
        { "乐 Yuè as surname", "乐毅", "Yuè Yì" },
        { "罗 Luó (ICU: luō)", "罗翔", "Luó Xiáng" },
        { "卓 Zhuó (ICU: zhuō)", "卓琳", "Zhuó Lín" },
        // Compound surnames are one word.
        { "欧阳", "欧阳修", "Ōuyáng Xiū" },
        { "司马", "司马迁", "Sīmǎ Qiān" },
        { "诸葛", "诸葛亮", "Zhūgě Liàng" },
        { "上官", "上官婉儿", "Shàngguān Wǎn'ér" },
        { "尉迟", "尉迟恭", "Yùchí Gōng" },
        { "长孙", "长孙无忌", "Zhǎngsūn Wújì" },
        { "万俟", "万俟卨", "Mòqí Xiè" },
        { "澹台", "澹台灭明", "Tántái Mièmíng" },
        { "令狐", "令狐冲", "Línghú Chōng" },
        { "单于", "单于", "Chányú" },
        { "four-character Manchu clan name", "爱新觉罗溥仪", "Àixīnjuéluó Pǔyí" },
        { "interpunct: each part one word", "马克·吐温", "Mǎkè·Tǔwēn" },
        // Double surname (两个姓并列) with a hyphen.
        { "double surname", "张王淑芳", "Zhāng-Wáng Shūfāng" },
        // Given names keep the reading their bearer uses; no surname reading inside them.
        { "刘少奇 Shàoqí", "刘少奇", "Liú Shàoqí" },
        { "赵乐际 Lèjì", "赵乐际", "Zhào Lèjì" },
        { "李长春 Chángchūn", "李长春", "Lǐ Chángchūn" },
        { "张朝阳 Cháoyáng", "张朝阳", "Zhāng Cháoyáng" },
        { "贾平凹 Píngwā", "贾平凹", "Jiǎ Píngwā" },
        { "pen name 老舍", "老舍", "Lǎo Shě" },
        // Apostrophe before a, o, e inside a given name.
        { "apostrophe Min'er", "陈敏尔", "Chén Mǐn'ěr" },
        { "apostrophe Ping'an", "李平安", "Lǐ Píng'ān" },
        { "no apostrophe at the start", "周恩来", "Zhōu Ēnlái" },
        // 一 and 不 keep citation tones; no third-tone sandhi.
        { "一 citation tone", "薄一波", "Bó Yībō" },
        { "不 citation tone", "吕不韦", "Lǚ Bùwéi" },
        { "third tones unchanged", "李小蕾", "Lǐ Xiǎolěi" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Romanize_Name_Pinyin(string row, string name, string expected) =>
        Assert.True(expected == Romanizer.Romanize(name, RomanizationSystem.Pinyin, EntryKind.Person), $"{row}: {Romanizer.Romanize(name, RomanizationSystem.Pinyin, EntryKind.Person)}");

    public static TheoryData<string, string, string> Places => new()
    {
        { "apostrophe Xi'an", "西安", "Xī'ān" },
        { "apostrophe inside Tian'anmen", "天安门", "Tiān'ānmén" },
        { "apostrophe Yan'an", "延安", "Yán'ān" },
        { "apostrophe Harbin", "哈尔滨", "Hā'ěrbīn" },
        { "厦门 Xià", "厦门", "Xiàmén" },
        { "成都 dū", "成都", "Chéngdū" },
        { "长沙 Cháng", "长沙", "Chángshā" },
        { "长春", "长春", "Chángchūn" },
        { "长治", "长治", "Chángzhì" },
        { "重庆 Chóng", "重庆", "Chóngqìng" },
        { "六安 Lù", "六安", "Lù'ān" },
        { "六盘水 Liù", "六盘水", "Liùpánshuǐ" },
        { "蚌埠", "蚌埠", "Bèngbù" },
        { "丽水 Lí", "丽水", "Líshuǐ" },
        { "丽江 Lì", "丽江", "Lìjiāng" },
        { "台州 Tāi", "台州", "Tāizhōu" },
        { "乐清 Yuè", "乐清", "Yuèqīng" },
        { "乐亭 Lào", "乐亭", "Làotíng" },
        { "番禺 Pān", "番禺", "Pānyú" },
        { "亳州", "亳州", "Bózhōu" },
        { "东莞 guǎn", "东莞", "Dōngguǎn" },
        { "济南 Jǐ", "济南", "Jǐnán" },
        { "济宁 Jǐ", "济宁", "Jǐníng" },
        { "洪洞 tóng", "洪洞", "Hóngtóng" },
        { "黄陂 pí", "黄陂", "Huángpí" },
        { "枞阳 Zōng", "枞阳", "Zōngyáng" },
        { "铅山 Yán", "铅山", "Yánshān" },
        { "东阿 ē", "东阿", "Dōng'ē" },
        { "宿迁 Sù", "宿迁", "Sùqiān" },
        { "西藏 zàng", "西藏", "Xīzàng" },
        { "朝阳 Cháo", "朝阳", "Cháoyáng" },
        { "都江堰 Dū", "都江堰", "Dūjiāngyàn" },
        { "no neutral tone in a place", "葫芦岛", "Húlúdǎo" },
        { "curated word inside a derived one", "大城县", "Dàchéngxiàn" },
        { "长 cháng in place names", "长清", "Chángqīng" },
        { "长子 is the exception", "长子", "Zhǎngzǐ" },
        { "generic part apart", "北京市", "Běijīng Shì" },
        { "generic part after one syllable stays", "单县", "Shànxiàn" },
        { "Traditional 臺北", "臺北", "Táiběi" },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void Romanize_Place_Pinyin(string row, string place, string expected) =>
        Assert.True(expected == Romanizer.Romanize(place, RomanizationSystem.Pinyin, EntryKind.Place), $"{row}: {Romanizer.Romanize(place, RomanizationSystem.Pinyin, EntryKind.Place)}");

    [Theory]
    [InlineData("陕西", "Shaanxi")]
    [InlineData("山西", "Shanxi")]
    [InlineData("西安", "Xi'an")]
    public void Romanize_PlaceToneless_FixedExceptionAndApostrophe(string place, string expected) =>
        Assert.Equal(expected, Romanizer.Romanize(place, RomanizationSystem.PinyinToneless, EntryKind.Place));

    public static TheoryData<string, string, string> Words => new()
    {
        { "银行 háng", "银行", "yínháng" },
        { "音乐 yuè", "音乐", "yīnyuè" },
        { "睡觉 jiào", "睡觉", "shuìjiào" },
        { "首都 dū", "首都", "shǒudū" },
        { "人参 shēn", "人参", "rénshēn" },
        { "出差 chāi", "出差", "chūchāi" },
        { "着急 zháo", "着急", "zháojí" },
        { "了解 liǎo", "了解", "liǎojiě" },
        { "校长 zhǎng", "校长", "xiàozhǎng" },
        { "重要 zhòng", "重要", "zhòngyào" },
        { "认识 shí (ICU: shì), neutral", "认识", "rènshi" },
        { "neutral 谢谢", "谢谢", "xièxie" },
        { "neutral 朋友", "朋友", "péngyou" },
        { "neutral 先生", "先生", "xiānsheng" },
        { "neutral 喜欢", "喜欢", "xǐhuan" },
        { "neutral 觉得", "觉得", "juéde" },
        { "neutral 时候", "时候", "shíhou" },
        { "neutral 意思", "意思", "yìsi" },
        { "neutral 明白", "明白", "míngbai" },
        { "neutral 漂亮", "漂亮", "piàoliang" },
        { "neutral 客气", "客气", "kèqi" },
        { "neutral 衣服", "衣服", "yīfu" },
        { "neutral 事情", "事情", "shìqing" },
        { "neutral 休息", "休息", "xiūxi" },
        { "neutral 眼睛", "眼睛", "yǎnjing" },
        { "neutral 孩子", "孩子", "háizi" },
        { "neutral 我们", "我们", "wǒmen" },
        { "neutral 什么", "什么", "shénme" },
        { "neutral 麻烦", "麻烦", "máfan" },
        { "neutral 豆腐", "豆腐", "dòufu" },
        { "neutral 饺子", "饺子", "jiǎozi" },
        { "neutral 馒头", "馒头", "mántou" },
        { "neutral 点心", "点心", "diǎnxin" },
        { "neutral 功夫", "功夫", "gōngfu" },
        { "neutral 头发", "头发", "tóufa" },
        { "neutral 葡萄", "葡萄", "pútao" },
        { "neutral 聪明", "聪明", "cōngming" },
        { "neutral 暖和", "暖和", "nuǎnhuo" },
        { "neutral inside 差不多", "差不多", "chàbuduō" },
        { "neutral inside 对不起", "对不起", "duìbuqǐ" },
        { "一 citation tone", "一定", "yīdìng" },
        { "一 citation tone in a longer word", "一丝不苟", "yīsībùgǒu" },
        { "不 is a word of its own", "不对", "bù duì" },
        { "不 citation tone", "不是", "bù shì" },
        { "no third-tone sandhi", "很好", "hěn hǎo" },
        { "function words apart", "我爱你", "wǒ ài nǐ" },
        { "erhua r", "一点儿", "yīdiǎnr" },
        { "apostrophe in a word", "女儿", "nǚ'ér" },
        { "ü with tone", "绿色", "lǜsè" },
        { "tone mark on the second of iu", "牛", "niú" },
        { "tone mark on the second of ui", "贵", "guì" },
        { "Traditional 銀行", "銀行", "yínháng" },
        { "Simplified text keeps 著 (Hant-Hans maps it to 着)", "著名", "zhùmíng" },
        { "Simplified text keeps 乾 (Hant-Hans maps it to 干)", "乾坤", "qiánkūn" },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void Romanize_Word_Pinyin(string row, string word, string expected) =>
        Assert.True(expected == Romanizer.Romanize(word, RomanizationSystem.Pinyin, EntryKind.Term), $"{row}: {Romanizer.Romanize(word, RomanizationSystem.Pinyin, EntryKind.Term)}");

    public static TheoryData<string, string, EntryKind, RomanizationSystem, string> Systems => new()
    {
        { "tone numbers in a name", "习近平", EntryKind.Person, RomanizationSystem.PinyinToneNumbers, "Xi2 Jin4ping2" },
        { "tone numbers: neutral tone is 5", "谢谢", EntryKind.Term, RomanizationSystem.PinyinToneNumbers, "xie4xie5" },
        { "tone numbers: no apostrophe", "西安", EntryKind.Place, RomanizationSystem.PinyinToneNumbers, "Xi1an1" },
        { "toneless keeps ü", "吕布", EntryKind.Person, RomanizationSystem.PinyinToneless, "Lü Bu" },
        { "toneless name", "欧阳修", EntryKind.Person, RomanizationSystem.PinyinToneless, "Ouyang Xiu" },
        { "toneless apostrophe in given name", "陈敏尔", EntryKind.Person, RomanizationSystem.PinyinToneless, "Chen Min'er" },
        { "passes other text through", "Xi 习近平 said", EntryKind.Person, RomanizationSystem.PinyinToneless, "Xi Xi Jinping said" },
        { "keeps romanized words off touching letters", "A股", EntryKind.Term, RomanizationSystem.PinyinToneless, "A gu" },
        { "〇 is read", "〇", EntryKind.Term, RomanizationSystem.Pinyin, "líng" },
        { "punctuation passes through", "习近平，李强。", EntryKind.Person, RomanizationSystem.PinyinToneless, "Xi Jinping，Li Qiang。" },
    };

    [Theory]
    [MemberData(nameof(Systems))]
    public void Romanize_System(string row, string text, EntryKind kind, RomanizationSystem system, string expected) =>
        Assert.True(expected == Romanizer.Romanize(text, system, kind), $"{row}: {Romanizer.Romanize(text, system, kind)}");

    public static TheoryData<string, string, EntryKind, string, string> WadeGiles => new()
    {
        // Names: surname, space, given name hyphenated with the second syllable in lower case.
        { "Mao Tse-tung: ts, e", "毛泽东", EntryKind.Person, "Mao Tse-tung", "Mao Tse-tung" },
        { "aspirate p'", "邓小平", EntryKind.Person, "Teng Hsiao-p'ing", "Teng Hsiao-ping" },
        { "Chou En-lai", "周恩来", EntryKind.Person, "Chou En-lai", "Chou En-lai" },
        { "aspirate ch' from q", "刘少奇", EntryKind.Person, "Liu Shao-ch'i", "Liu Shao-chi" },
        { "aspirate ch' from ch", "陈云", EntryKind.Person, "Ch'en Yün", "Chen Yun" },
        { "aspirate t'", "谭嗣同", EntryKind.Person, "T'an Ssu-t'ung", "Tan Ssu-tung" },
        { "aspirate k'", "孔祥熙", EntryKind.Person, "K'ung Hsiang-hsi", "Kung Hsiang-hsi" },
        { "aspirate ts' from c", "蔡元培", EntryKind.Person, "Ts'ai Yüan-p'ei", "Tsai Yuan-pei" },
        { "compound surname hyphenated", "欧阳修", EntryKind.Person, "Ou-yang Hsiu", "Ou-yang Hsiu" },
        { "ssu in a compound surname", "司马迁", EntryKind.Person, "Ssu-ma Ch'ien", "Ssu-ma Chien" },
        { "ko from ge", "诸葛亮", EntryKind.Person, "Chu-ko Liang", "Chu-ko Liang" },
        { "ü after x", "鲁迅", EntryKind.Person, "Lu Hsün", "Lu Hsun" },
        { "lü", "吕布", EntryKind.Person, "Lü Pu", "Lu Pu" },
        { "-ih after sh, zh", "施志", EntryKind.Person, "Shih Chih", "Shih Chih" },
        { "jih from ri", "任日", EntryKind.Person, "Jen Jih", "Jen Jih" },
        { "double surname", "张王淑芳", EntryKind.Person, "Chang-Wang Shu-fang", "Chang-Wang Shu-fang" },
        // Words and syllables: special finals.
        { "tzu", "自", EntryKind.Term, "tzu", "tzu" },
        { "tz'u", "词", EntryKind.Term, "tz'u", "tzu" },
        { "ssu", "四", EntryKind.Term, "ssu", "ssu" },
        { "ch'ih", "吃", EntryKind.Term, "ch'ih", "chih" },
        { "-ieh", "谢", EntryKind.Term, "hsieh", "hsieh" },
        { "yeh", "也", EntryKind.Term, "yeh", "yeh" },
        { "-ien", "天", EntryKind.Term, "t'ien", "tien" },
        { "yen", "烟", EntryKind.Term, "yen", "yen" },
        { "-ung", "中", EntryKind.Term, "chung", "chung" },
        { "-iung", "熊", EntryKind.Term, "hsiung", "hsiung" },
        { "yung", "用", EntryKind.Term, "yung", "yung" },
        { "üeh", "学", EntryKind.Term, "hsüeh", "hsueh" },
        { "yüeh", "月", EntryKind.Term, "yüeh", "yueh" },
        { "lüeh", "略", EntryKind.Term, "lüeh", "lueh" },
        { "kuo keeps uo", "国", EntryKind.Term, "kuo", "kuo" },
        { "to from duo", "多", EntryKind.Term, "to", "to" },
        { "lo from luo", "罗", EntryKind.Term, "lo", "lo" },
        { "cho from zhuo", "桌", EntryKind.Term, "cho", "cho" },
        { "kuei", "贵", EntryKind.Term, "kuei", "kuei" },
        { "k'uei", "葵", EntryKind.Term, "k'uei", "kuei" },
        { "tui keeps ui", "对", EntryKind.Term, "tui", "tui" },
        { "erh", "二", EntryKind.Term, "erh", "erh" },
        { "i from yi", "一", EntryKind.Term, "i", "i" },
        { "yu from you", "有", EntryKind.Term, "yu", "yu" },
        { "yü from yu", "鱼", EntryKind.Term, "yü", "yu" },
        { "chü from ju", "局", EntryKind.Term, "chü", "chu" },
        { "ch'üan from quan", "全", EntryKind.Term, "ch'üan", "chuan" },
        { "ai stays ai (not pypinyin's ei)", "上海", EntryKind.Term, "shang-hai", "shang-hai" },
        { "word syllables hyphenated", "中国", EntryKind.Term, "chung-kuo", "chung-kuo" },
        // Places: strict form hyphenated, simplified form run together as the press prints it.
        { "place Kaohsiung", "高雄", EntryKind.Place, "Kao-hsiung", "Kaohsiung" },
        { "place T'ai-pei", "台北", EntryKind.Place, "T'ai-pei", "Taipei" },
        { "place Ch'ing-hai", "青海", EntryKind.Place, "Ch'ing-hai", "Chinghai" },
        { "place Hsi-an", "西安", EntryKind.Place, "Hsi-an", "Hsian" },
    };

    [Theory]
    [MemberData(nameof(WadeGiles))]
    public void Romanize_WadeGiles(string row, string text, EntryKind kind, string strict, string simple)
    {
        Assert.True(strict == Romanizer.Romanize(text, RomanizationSystem.WadeGiles, kind), $"{row}: {Romanizer.Romanize(text, RomanizationSystem.WadeGiles, kind)}");
        Assert.True(simple == Romanizer.Romanize(text, RomanizationSystem.WadeGilesSimplified, kind), $"{row}: {Romanizer.Romanize(text, RomanizationSystem.WadeGilesSimplified, kind)}");
    }

    [Theory]
    [InlineData("習近平", "习近平", EntryKind.Person)]
    [InlineData("長孫無忌", "长孙无忌", EntryKind.Person)]
    [InlineData("單霽翔", "单霁翔", EntryKind.Person)]
    [InlineData("曾慶紅", "曾庆红", EntryKind.Person)]
    [InlineData("歐陽修", "欧阳修", EntryKind.Person)]
    [InlineData("臺北", "台北", EntryKind.Place)]
    [InlineData("廈門", "厦门", EntryKind.Place)]
    [InlineData("長沙", "长沙", EntryKind.Place)]
    [InlineData("重慶", "重庆", EntryKind.Place)]
    [InlineData("陝西", "陕西", EntryKind.Place)]
    [InlineData("銀行", "银行", EntryKind.Term)]
    [InlineData("謝謝", "谢谢", EntryKind.Term)]
    [InlineData("音樂", "音乐", EntryKind.Term)]
    public void Romanize_TraditionalAndSimplified_Agree(string traditional, string simplified, EntryKind kind)
    {
        foreach (var system in Romanizer.Systems)
            Assert.Equal(Romanizer.Romanize(simplified, system, kind), Romanizer.Romanize(traditional, system, kind));
    }

    [Fact]
    public void Romanize_TraditionalOnlyCharacter_KeepsItsOwnReading() =>
        Assert.Equal("Qián Lóng", Romanizer.Romanize("乾隆", RomanizationSystem.Pinyin, EntryKind.Person));

    [Fact]
    public void Systems_AreThePinyinAndWadeGilesSystems_InListingOrder() =>
        Assert.Equal(
            [RomanizationSystem.Pinyin, RomanizationSystem.PinyinToneless, RomanizationSystem.PinyinToneNumbers, RomanizationSystem.WadeGiles, RomanizationSystem.WadeGilesSimplified],
            Romanizer.Systems);

    [Fact]
    public void Romanize_KoreanSystem_Throws() =>
        Assert.Throws<ArgumentException>(() => Romanizer.Romanize("习近平", RomanizationSystem.RevisedRomanization, EntryKind.Person));

    [Fact]
    public void Romanize_NoHan_PassesThrough() =>
        Assert.Equal("Beijing, 2024", Romanizer.Romanize("Beijing, 2024", RomanizationSystem.Pinyin, EntryKind.Place));

    [Fact]
    public void EnumerateSpellings_Name_MostUsualFirstWithoutDuplicates()
    {
        var spellings = Romanizer.EnumerateSpellings("习近平", EntryKind.Person);
        var texts = spellings.Select(s => s.Text).ToList();
        Assert.Equal(
            ["Xi Jinping", "Xí Jìnpíng", "Xi Jin-ping", "Xi Jin Ping", "Hsi Chin-ping", "Hsi Chin-p'ing", "Hsi Chinping", "Hsi Chin Ping", "Jinping Xi"],
            texts);
        Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(RomanizationSystem.WadeGiles, spellings.Single(s => s.Text == "Hsi Chin-p'ing").System);
        Assert.All(spellings, s => Assert.False(string.IsNullOrWhiteSpace(s.Convention)));
    }

    [Fact]
    public void EnumerateSpellings_NameWithU_HasPressAndPassportForms()
    {
        var texts = Romanizer.EnumerateSpellings("吕布", EntryKind.Person).Select(s => s.Text).ToList();
        Assert.Equal(["Lü Bu", "Lǚ Bù", "Lu Bu", "Lyu Bu", "Lu Pu", "Lü Pu", "Bu Lü"], texts);
    }

    [Fact]
    public void EnumerateSpellings_Place_HasApostropheAndWadeGilesForms()
    {
        var texts = Romanizer.EnumerateSpellings("西安", EntryKind.Place).Select(s => s.Text).ToList();
        Assert.Equal(["Xi'an", "Xī'ān", "Xian", "Hsian", "Hsi-an"], texts.Take(5));
    }

    [Fact]
    public void EnumerateSpellings_PlaceWithGeneric_HasSpecificPartAlone()
    {
        var texts = Romanizer.EnumerateSpellings("北京市", EntryKind.Place).Select(s => s.Text).ToList();
        Assert.Contains("Beijing Shi", texts);
        Assert.Contains("Beijing", texts);
    }

    [Fact]
    public void EnumerateSpellings_NoHan_IsEmpty() =>
        Assert.Empty(Romanizer.EnumerateSpellings("Beijing", EntryKind.Place));

    [Fact]
    public void EnumerateSpellings_Word_PinyinThenWadeGiles()
    {
        var spellings = Romanizer.EnumerateSpellings("功夫", EntryKind.Term);
        Assert.Equal(["gongfu", "gōngfu", "kung-fu"], spellings.Select(s => s.Text).Take(3));
        Assert.Equal([RomanizationSystem.PinyinToneless, RomanizationSystem.Pinyin, RomanizationSystem.WadeGilesSimplified], spellings.Select(s => s.System).Take(3));
    }

    [Fact]
    public void EnumerateSpellings_NameWithApostrophe_HasFormWithout()
    {
        var texts = Romanizer.EnumerateSpellings("陈敏尔", EntryKind.Person).Select(s => s.Text).ToList();
        Assert.Equal(["Chen Min'er", "Chén Mǐn'ěr", "Chen Miner", "Chen Min-er", "Chen Min Er"], texts.Take(5));
    }

    [Fact]
    public void Romanize_FromManyThreads_GivesTheSameResults()
    {
        string[] inputs = ["习近平", "欧阳修", "長孫無忌", "西安", "谢谢", "银行", "吕布"];
        var expected = inputs.Select(i => Romanizer.Romanize(i, RomanizationSystem.WadeGiles, EntryKind.Person)).ToArray();
        var results = new string[400];
        Parallel.For(0, results.Length, k => results[k] = Romanizer.Romanize(inputs[k % inputs.Length], RomanizationSystem.WadeGiles, EntryKind.Person));
        for (var k = 0; k < results.Length; k++)
            Assert.Equal(expected[k % inputs.Length], results[k]);
    }

    [Theory]
    [InlineData("朱德", "Chu Teh")]
    [InlineData("彭德怀", "Peng Teh-huai")]
    public void EnumerateSpellings_NameWithE_HasOlderPressEh(string name, string expected) =>
        Assert.Contains(expected, Romanizer.EnumerateSpellings(name, EntryKind.Person).Select(s => s.Text));
}
