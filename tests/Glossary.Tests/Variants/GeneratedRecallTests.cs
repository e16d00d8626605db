
namespace Glossary.Tests.Variants;

/// <summary>
/// Generation alone (the glossary lists only en, native form and kind) finds the spellings the press
/// uses, and flags nothing in sentences that use the preferred forms or unrelated words (issue #5).
/// </summary>
public sealed class GeneratedRecallTests
{
    private static readonly (string En, string Lang, string Native, EntryKind Kind)[] Names =
    [
        ("Lee Jae-myung", "ko", "이재명", EntryKind.Person),
        ("Yoon Suk Yeol", "ko", "윤석열", EntryKind.Person),
        ("Moon Jae-in", "ko", "문재인", EntryKind.Person),
        ("Park Geun-hye", "ko", "박근혜", EntryKind.Person),
        ("Kim Jong-un", "ko", "김정은", EntryKind.Person),
        ("Kim Dae-jung", "ko", "김대중", EntryKind.Person),
        ("Roh Moo-hyun", "ko", "노무현", EntryKind.Person),
        ("Ban Ki-moon", "ko", "반기문", EntryKind.Person),
        ("Kim Yo-jong", "ko", "김여정", EntryKind.Person),
        ("Busan", "ko", "부산", EntryKind.Place),
        ("Gyeongju", "ko", "경주", EntryKind.Place),
        ("Panmunjom", "ko", "판문점", EntryKind.Place),
        ("Pyongyang", "ko", "평양", EntryKind.Place),
        ("Daegu", "ko", "대구", EntryKind.Place),
        ("Jeju", "ko", "제주", EntryKind.Place),
        ("Gwangju", "ko", "광주", EntryKind.Place),
        ("Kaesong", "ko", "개성", EntryKind.Place),
        ("Xi Jinping", "zh", "习近平", EntryKind.Person),
        ("Deng Xiaoping", "zh", "邓小平", EntryKind.Person),
        ("Mao Zedong", "zh", "毛泽东", EntryKind.Person),
        ("Zhou Enlai", "zh", "周恩来", EntryKind.Person),
        ("Li Qiang", "zh", "李强", EntryKind.Person),
        ("Wang Yi", "zh", "王毅", EntryKind.Person),
        ("Qingdao", "zh", "青岛", EntryKind.Place),
        ("Chongqing", "zh", "重庆", EntryKind.Place),
        ("Xi'an", "zh", "西安", EntryKind.Place),
        ("Xiamen", "zh", "厦门", EntryKind.Place),
        ("Guangzhou", "zh", "广州", EntryKind.Place),
    ];

    // Sentences in the styles of wire copy, older books and North Korean media; each non-preferred spelling once.
    private static readonly (string Sentence, string Spelling, string Id)[] Flagged =
    [
        ("President Lee Jae Myung met reporters.", "Lee Jae Myung", "lee-jae-myung"),
        ("Opposition leader Lee Jae-Myung said so.", "Lee Jae-Myung", "lee-jae-myung"),
        ("Lee Jaemyung arrived in Tokyo.", "Lee Jaemyung", "lee-jae-myung"),
        ("Yoon Suk-yeol declared martial law.", "Yoon Suk-yeol", "yoon-suk-yeol"),
        ("Yun Suk-yeol was impeached.", "Yun Suk-yeol", "yoon-suk-yeol"),
        ("Yoon Seok-yeol spoke first.", "Yoon Seok-yeol", "yoon-suk-yeol"),
        ("Moon Jae In visited Pyongyang.", "Moon Jae In", "moon-jae-in"),
        ("Mun Jae-in met Kim.", "Mun Jae-in", "moon-jae-in"),
        ("Park Geun Hye was removed.", "Park Geun Hye", "park-geun-hye"),
        ("Pak Kun-hye's father ruled for 18 years.", "Pak Kun-hye", "park-geun-hye"),
        ("Kim Jong Un fired a missile.", "Kim Jong Un", "kim-jong-un"),
        ("KIM JONG UN INSPECTS FACTORY", "KIM JONG UN", "kim-jong-un"),
        ("Kim Jongun smiled.", "Kim Jongun", "kim-jong-un"),
        ("Kim Dae Jung won the Nobel prize.", "Kim Dae Jung", "kim-dae-jung"),
        ("Kim Tae-jung was kidnapped in 1973.", "Kim Tae-jung", "kim-dae-jung"),
        ("Roh Moo Hyun took office in 2003.", "Roh Moo Hyun", "roh-moo-hyun"),
        ("No Mu-hyon's papers were published.", "No Mu-hyon", "roh-moo-hyun"),
        ("Ban Ki Moon led the UN.", "Ban Ki Moon", "ban-ki-moon"),
        ("Kim Yo Jong issued a statement.", "Kim Yo Jong", "kim-yo-jong"),
        ("Kim Yŏ-jŏng's statement was harsh.", "Kim Yŏ-jŏng", "kim-yo-jong"),
        ("The port of Pusan was busy.", "Pusan", "busan"),
        ("Kyongju was the capital of Silla.", "Kyongju", "gyeongju"),
        ("Talks at Panmunjeom resumed.", "Panmunjeom", "panmunjom"),
        ("Talks at P'anmunjŏm resumed.", "P'anmunjŏm", "panmunjom"),
        ("Flights to P'yŏngyang were cancelled.", "P'yŏngyang", "pyongyang"),
        ("Protests in Taegu grew.", "Taegu", "daegu"),
        ("Cheju island is popular.", "Cheju", "jeju"),
        ("The Kwangju uprising began in May 1980.", "Kwangju", "gwangju"),
        ("The Gaeseong complex closed.", "Gaeseong", "kaesong"),
        ("Xi Jin-ping spoke in Beijing.", "Xi Jin-ping", "xi-jinping"),
        ("Xí Jìnpíng met delegates.", "Xí Jìnpíng", "xi-jinping"),
        ("Hsi Chin-p'ing was then a provincial official.", "Hsi Chin-p'ing", "xi-jinping"),
        ("Teng Hsiao-ping launched reforms.", "Teng Hsiao-ping", "deng-xiaoping"),
        ("Teng Hsiao-p'ing visited Texas.", "Teng Hsiao-p'ing", "deng-xiaoping"),
        ("Mao Tse-tung wrote poems.", "Mao Tse-tung", "mao-zedong"),
        ("Chou En-lai negotiated.", "Chou En-lai", "zhou-enlai"),
        ("Li Ch'iang chaired the meeting.", "Li Ch'iang", "li-qiang"),
        ("Wang I met his counterpart.", "Wang I", "wang-yi"),
        ("Ch'ing-tao beer is famous.", "Ch'ing-tao", "qingdao"),
        ("Ch'ung-ch'ing was the wartime capital.", "Ch'ung-ch'ing", "chongqing"),
        ("The terracotta army of Xian draws tourists.", "Xian", "xi-an"),
        ("Hsia-men faces Kinmen.", "Hsia-men", "xiamen"),
        ("Kuang-chou trade fair opened.", "Kuang-chou", "guangzhou"),
    ];

    private static readonly string[] Clean =
    [
        "President Lee Jae-myung met Xi Jinping in Gyeongju on Saturday.",
        "Former president Yoon Suk Yeol and Moon Jae-in attended; Park Geun-hye did not.",
        "Kim Jong-un and his sister Kim Yo-jong watched the launch near Pyongyang.",
        "Flights from Busan, Daegu, Gwangju and Jeju resumed after the storm.",
        "Deng Xiaoping and Zhou Enlai met Mao Zedong; Li Qiang and Wang Yi spoke later.",
        "Ships left Qingdao, Xiamen and Guangzhou for Chongqing and Xi'an.",
        "The moon rose over the park as the band played a song about a lee shore.",
        "The Kaesong complex and the truce village of Panmunjom were closed.",
        "Lee said the talks would continue; Kim agreed, and Park and Moon were not there.",
        "Korean won and Chinese yuan fell; the Han river flooded; a man named Jin Li sang.",
    ];

    [Fact]
    public void Generated_FindsPressSpellingsWithoutFalseAlarms()
    {
        var glossary = new GlossaryBuilder().AddRange(Names.Select(g => new GlossaryEntry
        {
            Id = Glossary_Id(g.En),
            En = g.En,
            Kind = g.Kind,
            Native = new Dictionary<string, string> { [g.Lang] = g.Native },
        })).Build();

        var missed = Flagged.Where(f => !glossary.Check(f.Sentence).Any(x => x.Found == f.Spelling && x.EntryId == f.Id)).Select(f => f.Spelling).ToList();

        var falseAlarms = Clean.SelectMany(c => glossary.Check(c).Select(x => $"{x.Found} → {x.Replacement}")).ToList();
        var wrongEntry = Flagged.SelectMany(f => glossary.Check(f.Sentence).Where(x => x.Found != f.Spelling).Select(x => $"{x.Found} → {x.Replacement}")).ToList();

        // The bar is 85 % on held-out prose; on these rows every spelling is found, and stays found.
        Assert.Empty(missed);
        Assert.Empty(falseAlarms);
        Assert.Empty(wrongEntry);
    }

    private static string Glossary_Id(string en) => global::Glossary.GlossaryLoader.DefaultId(en);
}
