using System.Collections.Frozen;

namespace Glossary.Romanization.Korean;

/// <summary>
/// The Korean language facts the engine reads: surnames, given-name syllable spellings, respelling rules,
/// the sound-change lexicon and place-name units. Loaded once from the embedded <c>Data/*.tsv</c> files
/// (each names its source in its header) on first use; immutable afterwards.
/// </summary>
internal sealed class KoreanData
{
    private static readonly Lazy<KoreanData> Shared = new(Load);

    /// <summary>The one loaded instance.</summary>
    public static KoreanData Instance => Shared.Value;

    private KoreanData()
    {
    }

    /// <summary>Surnames by Hangul, in the order of the file (most common first).</summary>
    public FrozenDictionary<string, Surname> Surnames { get; private set; } = FrozenDictionary<string, Surname>.Empty;

    /// <summary>Popular spellings of given-name syllables, most frequent first.</summary>
    public FrozenDictionary<char, string[]> GivenSyllables { get; private set; } = FrozenDictionary<char, string[]>.Empty;

    /// <summary>The syllables of <see cref="GivenSyllables"/> in the order of the file (read back by <see cref="SyllableReader"/>).</summary>
    public IReadOnlyList<char> GivenSyllableOrder { get; private set; } = [];

    /// <summary>Respelling rules for given-name syllables not in <see cref="GivenSyllables"/>, in order.</summary>
    public IReadOnlyList<Respelling> Respellings { get; private set; } = [];

    /// <summary>Respelling rules for whole words (terms), in order: where (initial, inside, final), from, to.</summary>
    public IReadOnlyList<(string Where, string From, string To)> WordRespellings { get; private set; } = [];

    /// <summary>The sound-change lexicon.</summary>
    public SoundLexicon Sounds { get; private set; } = null!;

    /// <summary>Place-name units and their exceptions.</summary>
    public PlaceUnits Places { get; private set; } = null!;

    /// <summary>A surname row: RR, MR (ALA-LC) and customary spellings, most frequent first.</summary>
    internal sealed record Surname(string Hangul, string Rr, string Mr, string[] Customary);

    /// <summary>One respelling rule: <paramref name="From"/> → <paramref name="To"/> where <paramref name="Where"/> says.</summary>
    internal sealed record Respelling(RespellingPlace Where, string From, string To);

    /// <summary>Which part of a syllable's RR spelling a respelling rule matches.</summary>
    internal enum RespellingPlace
    {
        /// <summary>The spelling starts with the pattern.</summary>
        Initial,

        /// <summary>The vowel is exactly the pattern.</summary>
        Vowel,

        /// <summary>The vowel is exactly the pattern and the syllable has no final.</summary>
        OpenVowel,

        /// <summary>The whole syllable is exactly the pattern.</summary>
        Syllable,
    }

    private static RespellingPlace ParseWhere(string where) => where switch
    {
        "initial" => RespellingPlace.Initial,
        "vowel" => RespellingPlace.Vowel,
        "open" => RespellingPlace.OpenVowel,
        "syllable" => RespellingPlace.Syllable,
        _ => throw new InvalidOperationException($"respellings.tsv: unknown place '{where}'."),
    };

    private static KoreanData Load()
    {
        var data = new KoreanData();

        var surnames = new Dictionary<string, Surname>();
        foreach (var row in ReadRows("surnames.tsv", 4))
            surnames.Add(row[0], new Surname(row[0], row[1], row[2], SplitList(row[3])));
        data.Surnames = surnames.ToFrozenDictionary();

        var given = new Dictionary<char, string[]>();
        foreach (var row in ReadRows("given-syllables.tsv", 2))
            given.Add(row[0][0], SplitList(row[1]));
        data.GivenSyllables = given.ToFrozenDictionary();
        data.GivenSyllableOrder = [.. given.Keys];

        data.Respellings = ReadRows("respellings.tsv", 3).Select(r => new Respelling(ParseWhere(r[0]), r[1], r[2])).ToArray();
        data.WordRespellings = ReadRows("word-respellings.tsv", 3).Select(r => r[0] is "initial" or "inside" or "final"
            ? (r[0], r[1], r[2])
            : throw new InvalidOperationException($"word-respellings.tsv: unknown place '{r[0]}'.")).ToArray();
        data.Sounds = new SoundLexicon(ReadRows("sound-lexicon.tsv", 2));
        data.Places = new PlaceUnits(ReadRows("places.tsv", 2));
        return data;
    }

    private static string[] SplitList(string text) =>
        text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The tab-separated rows of an embedded data file, without comments and blank lines.</summary>
    private static List<string[]> ReadRows(string file, int minColumns) => EmbeddedData.Rows("Glossary.Romanization.Korean.Data." + file, minColumns);
}

/// <summary>The word-level exceptions of standard pronunciation, indexed by the syllable pair at a boundary.</summary>
internal sealed class SoundLexicon
{
    private readonly FrozenDictionary<int, BoundaryEntry[]> byPair;
    private readonly FrozenSet<char> nnSuffixes;
    private readonly FrozenSet<char> verbH;
    private readonly FrozenSet<char> verbHStems;
    private readonly FrozenSet<char> verbEndings;
    private readonly FrozenSet<char> verbHFinal;
    private readonly FrozenSet<char> stemP;
    private readonly FrozenSet<char> nounLg;

    private sealed record BoundaryEntry(string Left, string Right, BoundaryKind Kind);

    public SoundLexicon(IEnumerable<string[]> rows)
    {
        var pairs = new Dictionary<int, List<BoundaryEntry>>();
        var nn = new HashSet<char>();
        var verbH = new HashSet<char>();
        var stems = new HashSet<char>();
        var endings = new HashSet<char>();
        var verbHFinal = new HashSet<char>();
        var stemP = new HashSet<char>();
        var nounLg = new HashSet<char>();
        foreach (var row in rows)
        {
            var (kind, entry) = (row[0], row[1]);
            switch (kind)
            {
                case "insert-n":
                case "nn":
                case "noun-h":
                case "link-neutral":
                case "tense":
                    var plus = entry.IndexOf('+');
                    if (plus < 0 || plus == entry.Length - 1)
                        throw new InvalidOperationException($"sound-lexicon.tsv: '{entry}' needs a '+' before its right part.");
                    var left = entry[..plus];
                    var right = entry[(plus + 1)..];
                    var boundaryKind = kind switch
                    {
                        "insert-n" => BoundaryKind.InsertN,
                        "nn" => BoundaryKind.NasalNn,
                        "link-neutral" => BoundaryKind.LinkNeutral,
                        "tense" => BoundaryKind.Tense,
                        _ => BoundaryKind.KeepH,
                    };
                    var key = Key(left.Length == 0 ? '\0' : left[^1], right[0]);
                    if (!pairs.TryGetValue(key, out var list))
                        pairs[key] = list = [];
                    list.Add(new BoundaryEntry(left, right, boundaryKind));
                    break;
                case "nn-suffix":
                    nn.Add(entry[0]);
                    break;
                case "verb-h":
                    verbH.Add(entry[0]);
                    break;
                case "verb-h-stem":
                    stems.Add(entry[0]);
                    break;
                case "verb-ending":
                    endings.Add(entry[0]);
                    break;
                case "verb-h-final":
                    verbHFinal.Add(entry[0]);
                    break;
                case "stem-p":
                    stemP.Add(entry[0]);
                    break;
                case "noun-lg":
                    nounLg.Add(entry[0]);
                    break;
                default:
                    throw new InvalidOperationException($"sound-lexicon.tsv: unknown kind '{kind}'.");
            }
        }

        byPair = pairs.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
        nnSuffixes = nn.ToFrozenSet();
        this.verbH = verbH.ToFrozenSet();
        verbHStems = stems.ToFrozenSet();
        verbEndings = endings.ToFrozenSet();
        this.verbHFinal = verbHFinal.ToFrozenSet();
        this.stemP = stemP.ToFrozenSet();
        this.nounLg = nounLg.ToFrozenSet();
    }

    private static int Key(char left, char right) => (left << 16) | right;

    /// <summary>The lexicon rows that apply at the boundary after syllable <paramref name="i"/> of <paramref name="run"/>.</summary>
    public BoundaryKind Lookup(ReadOnlySpan<char> run, int i)
    {
        var kinds = BoundaryKind.None;
        if (byPair.TryGetValue(Key(run[i], run[i + 1]), out var entries))
            kinds |= Match(entries, run, i);
        if (byPair.TryGetValue(Key('\0', run[i + 1]), out entries))
            kinds |= Match(entries, run, i);
        return kinds;
    }

    private static BoundaryKind Match(BoundaryEntry[] entries, ReadOnlySpan<char> run, int i)
    {
        var kinds = BoundaryKind.None;
        foreach (var e in entries)
        {
            if (run[..(i + 1)].EndsWith(e.Left, StringComparison.Ordinal) && run[(i + 1)..].StartsWith(e.Right, StringComparison.Ordinal))
                kinds |= e.Kind;
        }

        return kinds;
    }

    /// <summary>True when ㄴ+ㄹ before syllable <paramref name="i"/>+1 is [ㄴㄴ] by the suffix rule.</summary>
    public bool IsNnSuffix(ReadOnlySpan<char> run, int i) => i >= 1 && nnSuffixes.Contains(run[i + 1]);

    /// <summary>True when the ㅎ-syllable after <paramref name="i"/> belongs to a verb, so ㅎ aspirates the final before it.</summary>
    public bool IsVerbH(ReadOnlySpan<char> run, int i) =>
        verbH.Contains(run[i + 1])
        || (verbHStems.Contains(run[i + 1]) && i + 2 < run.Length && verbEndings.Contains(run[i + 2]))
        || (verbHFinal.Contains(run[i + 1]) && i + 2 == run.Length);

    /// <summary>True for a syllable whose ㄼ is [ㅂ] before a consonant (밟).</summary>
    public bool IsStemP(char syllable) => stemP.Contains(syllable);

    /// <summary>True for a noun syllable whose ㄺ stays [ㄱ] before ㄱ (닭고기 dakgogi); in verb stems it is [ㄹ] (읽고 ilgo).</summary>
    public bool IsNounLg(char syllable) => nounLg.Contains(syllable);
}

/// <summary>What the lexicon says about one syllable boundary.</summary>
[Flags]
internal enum BoundaryKind
{
    None = 0,
    InsertN = 1,
    NasalNn = 2,
    KeepH = 4,
    LinkNeutral = 8,
    Tense = 16,
}

/// <summary>Administrative and road units of place names, with the exceptions that look like units.</summary>
internal sealed class PlaceUnits
{
    private readonly FrozenSet<char> units;
    private readonly string[] suffixes;
    private readonly FrozenSet<string> provinces;
    private readonly FrozenSet<string> split;
    private readonly FrozenSet<string> joined;
    private readonly string[] joinedSuffixes;
    private readonly FrozenSet<char> generics;

    public PlaceUnits(IEnumerable<string[]> rows)
    {
        var units = new HashSet<char>();
        var suffixes = new List<string>();
        var provinces = new HashSet<string>();
        var split = new HashSet<string>();
        var joined = new HashSet<string>();
        var joinedSuffixes = new List<string>();
        var generics = new HashSet<char>();
        foreach (var row in rows)
        {
            switch (row[0])
            {
                case "unit": units.Add(row[1][0]); break;
                case "road":
                case "long-unit":
                    suffixes.Add(row[1]);
                    break;
                case "province": provinces.Add(row[1]); break;
                case "split": split.Add(row[1]); break;
                case "joined": joined.Add(row[1]); break;
                case "joined-suffix": joinedSuffixes.Add(row[1]); break;
                case "generic": generics.Add(row[1][0]); break;
                default: throw new InvalidOperationException($"places.tsv: unknown kind '{row[0]}'.");
            }
        }

        this.units = units.ToFrozenSet();
        this.suffixes = [.. suffixes.OrderByDescending(r => r.Length)];
        this.provinces = provinces.ToFrozenSet();
        this.split = split.ToFrozenSet();
        this.joined = joined.ToFrozenSet();
        this.joinedSuffixes = [.. joinedSuffixes];
        this.generics = generics.ToFrozenSet();
    }

    /// <summary>
    /// Where the generic word of a site starts (한라산 → 2: 산; 경복궁 → 2: 궁), or -1: the last syllable is a listed
    /// generic and at least two syllables stand before it, so that cities such as 부산 and 울산 stay whole.
    /// </summary>
    public int GenericStart(ReadOnlySpan<char> run) => run.Length >= 3 && generics.Contains(run[^1]) ? run.Length - 1 : -1;

    /// <summary>True for a single syllable that is an administrative unit (used after a number: 2가 → 2-ga).</summary>
    public bool IsUnit(char syllable) => units.Contains(syllable);

    /// <summary>
    /// The name without the unit it ends in (any kind listed: 도 시 군 …, 특별시 …, 대로 길), or null when it ends in
    /// none or nothing would be left. Unlike <see cref="UnitStart"/> it does not ask whether RR splits the unit off:
    /// 연평도 (an island, written Yeonpyeongdo) → 연평, for the English "Yeonpyeong Island".
    /// </summary>
    public string? WithoutUnit(string name)
    {
        foreach (var suffix in suffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
                return name[..^suffix.Length];
        }

        return name.Length > 1 && units.Contains(name[^1]) ? name[..^1] : null;
    }

    /// <summary>
    /// Where the unit of a place name starts, or -1 when the name has none. Rules, in order: listed names
    /// and endings (joined, joined-suffix, split, province) win; a road unit (대로, 길) or a long unit (특별시, 광역시 …) after a stem of two or more syllables splits; a name
    /// ending in 도 splits only when it is a province (listed, or ending 북도/남도), so islands such as 독도 stay
    /// joined; any other unit splits when the stem has two or more syllables (대구 Daegu, 영동 Yeongdong stay joined).
    /// </summary>
    public int UnitStart(ReadOnlySpan<char> run)
    {
        if (run.Length < 2)
            return -1;
        var key = run.ToString();
        if (joined.Contains(key))
            return -1;
        foreach (var suffix in joinedSuffixes)
        {
            if (run.EndsWith(suffix, StringComparison.Ordinal))
                return -1;
        }

        if (split.Contains(key) || provinces.Contains(key))
            return run.Length - 1;
        foreach (var suffix in suffixes)
        {
            if (run.Length >= suffix.Length + 2 && run.EndsWith(suffix, StringComparison.Ordinal))
                return run.Length - suffix.Length;
        }

        var last = run[^1];
        if (last == '도')
            return run.Length >= 4 && run[^2] is '북' or '남' ? run.Length - 1 : -1;
        if (last == '가')
            return -1;
        return units.Contains(last) && run.Length >= 3 ? run.Length - 1 : -1;
    }
}
