using System.Text;

namespace Glossary.Benchmarks;

/// <summary>
/// A reproducible synthetic glossary and prose for the matcher benchmarks: Korean and Chinese personal
/// names (Hangul and Hanzi built from common syllables, so generation does real work), and English prose
/// of 1 MB with a name spelled some way every ~40 words.
/// </summary>
public static class SyntheticGlossary
{
    private static readonly string[] KoreanSurnames = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "전", "홍", "유", "고", "문", "양", "손", "배", "백", "허", "남", "노"];
    private static readonly string KoreanGiven = "재명석열정은근혜인수영현준덕성승흥희건대중무우두기철훈국욱병헌여연경화규하균선혁설용주원순숙찬시진지보민서윤아호태동상광형태희옥미";
    private static readonly string ChineseSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static readonly string ChineseGiven = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽";

    private static readonly string[] Filler =
        ["the", "president", "said", "on", "monday", "that", "talks", "with", "leaders", "of", "both", "countries", "would", "continue",
         "in", "a", "statement", "released", "by", "ministry", "officials", "and", "analysts", "expect", "new", "sanctions", "after",
         "meeting", "at", "summit", "where", "delegation", "from", "capital", "discussed", "trade", "security", "cooperation", "economy"];

    /// <summary><paramref name="count"/> distinct entries: 60 % Korean and 40 % Chinese personal names, with native forms.</summary>
    public static List<GlossaryEntry> Entries(int count, int seed = 42)
    {
        var random = new Random(seed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<GlossaryEntry>(count);
        while (entries.Count < count)
        {
            var korean = random.Next(10) < 6;
            var native = korean
                ? KoreanSurnames[random.Next(KoreanSurnames.Length)] + KoreanGiven[random.Next(KoreanGiven.Length)] + KoreanGiven[random.Next(KoreanGiven.Length)]
                : ChineseSurnames[random.Next(ChineseSurnames.Length)].ToString() + ChineseGiven[random.Next(ChineseGiven.Length)] + ChineseGiven[random.Next(ChineseGiven.Length)];
            if (!seen.Add(native))
                continue;
            var id = $"e{entries.Count}";
            entries.Add(new GlossaryEntry
            {
                Id = id,
                // Two words, as a person's preferred form is: a one-word form is a one-name figure (issue #14) and
                // would be romanized as one name, not as surname and given name.
                En = $"Person {entries.Count}",
                Kind = EntryKind.Person,
                Native = new Dictionary<string, string> { [korean ? "ko" : "zh"] = native },
            });
        }

        return entries;
    }

    /// <summary>
    /// The 30,000 common English words the library keeps as a guard (SCOWL): four words in ten of the prose come
    /// from them, so that the text has a real vocabulary and not only the forty news words of <see cref="Filler"/>.
    /// </summary>
    private static readonly string[] Vocabulary = ReadVocabulary();

    private static string[] ReadVocabulary()
    {
        using var stream = typeof(CompiledGlossary).Assembly.GetManifestResourceStream("Glossary.Variants.Data.english-words.txt")
            ?? throw new InvalidOperationException("the English word list is not embedded in the library");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                words.Add(line);
        }

        return [.. words];
    }

    /// <summary>About <paramref name="bytes"/> of English prose (UTF-16 chars) with generated name spellings of the glossary in it.</summary>
    public static string Prose(CompiledGlossary glossary, int bytes, int seed = 7)
    {
        var random = new Random(seed);
        var names = glossary.Entries.Take(2000).SelectMany(e => glossary.SpellingsOf(e.Id).Generated.Take(3).Select(g => g.Text)).ToArray();
        var sb = new StringBuilder(bytes + 100);
        var words = 0;
        while (sb.Length < bytes)
        {
            if (names.Length > 0 && random.Next(40) == 0)
                sb.Append(names[random.Next(names.Length)]);
            else if (random.Next(10) < 6)
                sb.Append(Filler[random.Next(Filler.Length)]);
            else
                sb.Append(Vocabulary[random.Next(Vocabulary.Length)]);
            sb.Append(++words % 17 == 0 ? ".\n" : " ");
        }

        return sb.ToString();
    }
}
