using System.Collections.Frozen;
using System.Text;
using Glossary.Romanization.Chinese;

namespace Glossary.Reading;

/// <summary>
/// Reads a romanized Chinese personal name ("Xi Jinping", "Hsi Chin-p'ing", "Chiang Ching-kuo", "Lau Tak-wah" as far as
/// a system reads it) back to toneless pinyin syllables, ranked. The syllable index is the romanizer's tables read the
/// other way: every pinyin syllable of wade-giles.txt, its Wade–Giles form with apostrophes and ü, and the form the
/// romanizer writes without them; the surnames of surnames.txt as the romanizer writes them, and the customary
/// spellings of customary-surnames.txt (Wong, Chow, Lau), whose pinyin the romanizer gives.
/// </summary>
/// <remarks>
/// Costs: pinyin and Wade–Giles as written nothing; Wade–Giles without apostrophes or ü 3 (the aspiration is lost:
/// "chin" is jin before qin); ü written u 4; a customary surname 3 plus 2 per place in its list; a name mixing pinyin and
/// Wade–Giles syllables 3.
/// </remarks>
internal sealed class ChineseNameReader
{
    private const int MostPerSyllable = 4;

    private static readonly Lazy<ChineseNameReader> Shared = new(() => new ChineseNameReader());

    private readonly FrozenDictionary<string, Syllable[]>.AlternateLookup<ReadOnlySpan<char>> givenLookup;
    private readonly FrozenDictionary<string, Syllable[]>.AlternateLookup<ReadOnlySpan<char>> surnameLookup;
    private readonly SyllableTest isGivenSyllable;

    /// <summary>One reading of a written syllable (or surname): toneless pinyin syllables apart, cost, system.</summary>
    internal readonly record struct Syllable(string Pinyin, int Cost, string System)
    {
        /// <summary>The systems that write the spelling so, in the order added (a spelling may be pinyin and Wade–Giles alike: "mao").</summary>
        public string[] Systems { get; } = System.Split('+');

        /// <summary>Whether <paramref name="system"/> writes the spelling so.</summary>
        public bool Writes(string system) => Array.IndexOf(Systems, system) >= 0;
    }

    private ChineseNameReader()
    {
        var index = new Dictionary<string, Dictionary<string, Syllable>>(StringComparer.Ordinal);
        foreach (var (pinyin, wg) in ChineseData.WadeGiles.Map)
        {
            Add(index, pinyin, pinyin, 0, "pinyin");
            Add(index, pinyin.Replace('ü', 'u'), pinyin, 4, "pinyin");
            Add(index, pinyin.Replace("üe", "ue", StringComparison.Ordinal).Replace("ü", "yu", StringComparison.Ordinal), pinyin, 4, "pinyin"); // passports: Lyu
            Add(index, wg, pinyin, 0, "wade-giles");
            var tone = pinyin + "1";
            Add(index, ChineseRomanizer.ToWadeGiles(tone, simple: true, ehForE: false), pinyin, 3, "wade-giles");
            Add(index, ChineseRomanizer.ToWadeGiles(tone, simple: true, ehForE: true), pinyin, 4, "wade-giles");
        }

        givenLookup = Freeze(index).GetAlternateLookup<ReadOnlySpan<char>>();

        var surnameIndex = new Dictionary<string, Dictionary<string, Syllable>>(StringComparer.Ordinal);
        var romanizer = Romanizers.Chinese;
        foreach (var (hanzi, _) in ChineseData.Surnames.Entries())
        {
            var pinyin = PinyinOf(hanzi);
            if (pinyin is null)
                continue;
            var joined = pinyin.Replace(" ", string.Empty, StringComparison.Ordinal);
            Add(surnameIndex, joined, pinyin, 0, "pinyin");
            Add(surnameIndex, joined.Replace('ü', 'u'), pinyin, 4, "pinyin");
            Add(surnameIndex, joined.Replace("ü", "yu", StringComparison.Ordinal), pinyin, 4, "pinyin");
            Add(surnameIndex, romanizer.Romanize(hanzi, RomanizationSystem.WadeGiles, RomanizationKind.Name), pinyin, 0, "wade-giles");
            Add(surnameIndex, romanizer.Romanize(hanzi, RomanizationSystem.WadeGilesSimplified, RomanizationKind.Name), pinyin, 3, "wade-giles");
        }

        foreach (var row in EmbeddedData.Rows("Glossary.Romanization.Chinese.Data." + CustomaryFile, 2))
        {
            var pinyin = PinyinOf(row[0]) ?? throw new InvalidOperationException($"{CustomaryFile}: no reading for {row[0]}.");
            var spellings = row[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            for (var rank = 0; rank < spellings.Length; rank++)
                Add(surnameIndex, spellings[rank], pinyin, 3 + (2 * rank), "customary");
        }

        surnameLookup = Freeze(surnameIndex).GetAlternateLookup<ReadOnlySpan<char>>();
        isGivenSyllable = IsGivenSyllable;
    }

    /// <summary>The customary surname spellings (Cantonese, Hokkien, older forms).</summary>
    internal const string CustomaryFile = "customary-surnames.txt";

    /// <summary>The one reader over the bundled tables.</summary>
    public static ChineseNameReader Instance => Shared.Value;

    /// <summary>The readings of a surname spelling, cheapest first.</summary>
    public IReadOnlyList<Syllable> Surname(string word) => Lookup(surnameLookup, word);

    /// <summary>Whether some surname is written so (allocates nothing: the consistency rule asks it of every capitalized word).</summary>
    public bool IsSurname(ReadOnlySpan<char> word) => Lookup(surnameLookup, word).Length > 0;

    /// <summary>The readings of one written syllable, cheapest first.</summary>
    public IReadOnlyList<Syllable> GivenSyllable(string part) => Lookup(givenLookup, part);

    private bool IsGivenSyllable(ReadOnlySpan<char> part) => Lookup(givenLookup, part).Length > 0;

    /// <summary>Reads surname + given-name words into candidates (given name one or two syllables).</summary>
    public void Read(string surnameWord, IReadOnlyList<string> givenWords, List<NameCandidate> into)
    {
        var surnameReadings = Lookup(surnameLookup, surnameWord);
        if (surnameReadings.Length == 0)
            return;
        foreach (var parts in NameText.GivenParts(givenWords, maxSyllables: 2, isGivenSyllable))
        {
            var syllables = parts.Select(p => GivenSyllable(p).Take(MostPerSyllable).ToArray()).ToArray();
            var chosen = new Syllable[syllables.Length];
            foreach (var s in surnameReadings.Take(MostPerSyllable))
            {
                var combination = new int[syllables.Length];
                while (true)
                {
                    for (var i = 0; i < syllables.Length; i++)
                        chosen[i] = syllables[i][combination[i]];
                    into.Add(Candidate(s, chosen));
                    if (!Next(combination, syllables))
                        break;
                }
            }
        }
    }

    /// <summary>
    /// The candidate <see cref="Read"/> would rank first of its own, or <paramref name="best"/> when that one costs as
    /// little or less (an earlier reader's, which wins ties): the combinations are costed in <see cref="Read"/>'s order
    /// and only the cheapest is made (a name written in two systems costs more, so the first is not always cheapest).
    /// </summary>
    public NameCandidate? Best(string surnameWord, IReadOnlyList<string> givenWords, NameCandidate? best)
    {
        var surnameReadings = Lookup(surnameLookup, surnameWord);
        if (surnameReadings.Length == 0)
            return best;
        Span<Syllable> chosen = new Syllable[2];
        Span<int> combination = stackalloc int[2];
        Span<int> counts = stackalloc int[2];
        foreach (var parts in NameText.GivenParts(givenWords, maxSyllables: 2, isGivenSyllable))
        {
            var syllables = new Syllable[parts.Length][];
            for (var i = 0; i < parts.Length; i++)
                syllables[i] = Lookup(givenLookup, parts[i]);
            for (var i = 0; i < parts.Length; i++)
                counts[i] = Math.Min(syllables[i].Length, MostPerSyllable);
            var given = chosen[..parts.Length];
            for (var si = 0; si < Math.Min(surnameReadings.Length, MostPerSyllable); si++)
            {
                var s = surnameReadings[si];
                combination.Clear();
                while (true)
                {
                    var cost = s.Cost;
                    for (var i = 0; i < parts.Length; i++)
                    {
                        given[i] = syllables[i][combination[i]];
                        cost += given[i].Cost;
                    }

                    cost += Mixed(s, given, out _);
                    if (best is null || cost < best.Cost)
                        best = Candidate(s, given);
                    var k = parts.Length - 1;
                    while (k >= 0 && ++combination[k] == counts[k])
                        combination[k--] = 0;
                    if (k < 0)
                        break;
                }
            }
        }

        return best;
    }

    private static bool Next(int[] combination, Syllable[][] syllables)
    {
        var k = combination.Length - 1;
        while (k >= 0 && ++combination[k] == syllables[k].Length)
            combination[k--] = 0;
        return k >= 0;
    }

    private static NameCandidate Candidate(Syllable surname, ReadOnlySpan<Syllable> given)
    {
        var cost = surname.Cost;
        var pinyin = new StringBuilder();
        for (var i = 0; i < given.Length; i++)
        {
            cost += given[i].Cost;
            if (i > 0)
                pinyin.Append(' ');
            pinyin.Append(given[i].Pinyin);
        }

        // A name is written in one system: mixing pinyin and Wade–Giles syllables is less likely.
        cost += Mixed(surname, given, out var common);
        var givenSystem = common ?? FirstSystems(given);
        var surnameSystem = common is not null && surname.Writes(common) ? common : surname.Writes("customary") ? "customary" : surname.Systems[0];
        return new NameCandidate(NameLanguage.Chinese, surname.Pinyin, pinyin.ToString(), cost, NameText.SystemOf(surnameSystem, [givenSystem])) { Usual = cost };
    }

    /// <summary>
    /// What writing a name in more than one system costs: 3 when no system writes every given syllable ("mao" and
    /// "ming" are pinyin and Wade–Giles alike), 3 when the surname is neither customary nor written in
    /// <paramref name="common"/>, the first system of the first syllable that writes them all (null when none does).
    /// </summary>
    private static int Mixed(Syllable surname, ReadOnlySpan<Syllable> given, out string? common)
    {
        common = null;
        foreach (var system in given[0].Systems)
        {
            var all = true;
            for (var i = 1; i < given.Length && all; i++)
                all = given[i].Writes(system);
            if (all)
            {
                common = system;
                break;
            }
        }

        var cost = common is null ? 3 : 0;
        return surname.Writes("customary") || (common is not null && surname.Writes(common)) ? cost : cost + 3;
    }

    /// <summary>The first system of each given syllable, once each: "pinyin+wade-giles" for a name that mixes them.</summary>
    private static string FirstSystems(ReadOnlySpan<Syllable> given)
    {
        var firsts = new List<string>(given.Length);
        foreach (var syllable in given)
        {
            if (!firsts.Contains(syllable.Systems[0]))
                firsts.Add(syllable.Systems[0]);
        }

        return string.Join("+", firsts);
    }

    /// <summary>Toneless pinyin syllables apart, as the romanizer reads the Hanzi as a surname: 欧阳 → "ou yang".</summary>
    private static string? PinyinOf(string hanzi)
    {
        var syllables = ChineseReader.Read(hanzi, RomanizationKind.Name)
            .SelectMany(p => p.Parts).SelectMany(p => p.Syllables).Select(Syllables.Letters).ToArray();
        return syllables.Length == 0 ? null : string.Join(' ', syllables);
    }

    private static Syllable[] Lookup(FrozenDictionary<string, Syllable[]>.AlternateLookup<ReadOnlySpan<char>> index, ReadOnlySpan<char> word)
    {
        if (NameText.HasMarks(word))
            return index.TryGetValue(StripTones(word.ToString()).ToLowerInvariant(), out var marked) ? marked : [];
        Span<char> buffer = word.Length <= 32 ? stackalloc char[32] : new char[word.Length];
        return index.TryGetValue(buffer[..word.ToLowerInvariant(buffer)], out var found) ? found : [];
    }

    /// <summary>Pinyin tone marks dropped, ü kept: Xí → xi, Lǚ → lü.</summary>
    private static string StripTones(string word)
    {
        if (!NameText.HasMarks(word))
            return word;
        var sb = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (c is not ('\u0304' or '\u0301' or '\u030C' or '\u0300'))
                sb.Append(c);
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static void Add(Dictionary<string, Dictionary<string, Syllable>> into, string spelling, string pinyin, int cost, string system)
    {
        var key = spelling.ToLowerInvariant();
        if (key.Length == 0)
            return;
        if (!into.TryGetValue(key, out var readings))
            into[key] = readings = new Dictionary<string, Syllable>(StringComparer.Ordinal);
        if (!readings.TryGetValue(pinyin, out var known) || cost < known.Cost)
            readings[pinyin] = new Syllable(pinyin, cost, system);
        else if (cost == known.Cost && !known.Writes(system))
            readings[pinyin] = new Syllable(pinyin, cost, known.System + "+" + system); // Mao: pinyin and Wade–Giles alike
    }

    /// <summary>Each spelling's readings, cheapest first (ties in table order: 张 before 常 for "Chang").</summary>
    private static FrozenDictionary<string, Syllable[]> Freeze(Dictionary<string, Dictionary<string, Syllable>> index) =>
        index.ToFrozenDictionary(p => p.Key, p => p.Value.Values.OrderBy(s => s.Cost).ToArray(), StringComparer.Ordinal);
}
