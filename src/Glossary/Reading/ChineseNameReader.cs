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

    private readonly FrozenDictionary<string, Syllable[]> given;
    private readonly FrozenDictionary<string, Syllable[]> surnames;

    /// <summary>One reading of a written syllable (or surname): toneless pinyin syllables apart, cost, system.</summary>
    internal readonly record struct Syllable(string Pinyin, int Cost, string System)
    {
        /// <summary>Whether <paramref name="system"/> writes the spelling so (a spelling may be pinyin and Wade–Giles alike: "mao").</summary>
        public bool Writes(string system) => System == system || System.Split('+').Contains(system);
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

        given = Freeze(index);

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

        surnames = Freeze(surnameIndex);
    }

    /// <summary>The customary surname spellings (Cantonese, Hokkien, older forms).</summary>
    internal const string CustomaryFile = "customary-surnames.txt";

    /// <summary>The one reader over the bundled tables.</summary>
    public static ChineseNameReader Instance => Shared.Value;

    /// <summary>The readings of a surname spelling, cheapest first.</summary>
    public IReadOnlyList<Syllable> Surname(string word) => Lookup(surnames, word);

    /// <summary>The readings of one written syllable, cheapest first.</summary>
    public IReadOnlyList<Syllable> GivenSyllable(string part) => Lookup(given, part);

    /// <summary>Reads surname + given-name words into candidates (given name one or two syllables).</summary>
    public void Read(string surnameWord, IReadOnlyList<string> givenWords, List<NameCandidate> into)
    {
        var surnameReadings = Surname(surnameWord);
        if (surnameReadings.Count == 0)
            return;
        foreach (var parts in NameText.GivenParts(givenWords, maxSyllables: 2, p => GivenSyllable(p).Count > 0))
        {
            var syllables = parts.Select(p => GivenSyllable(p).Take(MostPerSyllable).ToArray()).ToArray();
            foreach (var s in surnameReadings.Take(MostPerSyllable))
            {
                var combination = new int[syllables.Length];
                while (true)
                {
                    var cost = s.Cost;
                    var pinyin = new StringBuilder();
                    var systems = new List<string>(syllables.Length);
                    for (var i = 0; i < syllables.Length; i++)
                    {
                        var reading = syllables[i][combination[i]];
                        cost += reading.Cost;
                        if (i > 0)
                            pinyin.Append(' ');
                        pinyin.Append(reading.Pinyin);
                        systems.Add(reading.System);
                    }

                    // A name is written in one system: mixing pinyin and Wade–Giles syllables is less likely.
                    var (surnameSystem, givenSystem, mixed) = OneSystem(s.System, systems);
                    cost += mixed;
                    into.Add(new NameCandidate(NameLanguage.Chinese, s.Pinyin, pinyin.ToString(), cost, NameText.SystemOf(surnameSystem, [givenSystem])) { Usual = cost });
                    var k = combination.Length - 1;
                    while (k >= 0 && ++combination[k] == syllables[k].Length)
                        combination[k--] = 0;
                    if (k < 0)
                        break;
                }
            }
        }
    }

    /// <summary>
    /// The system the whole name is written in, where one writes every syllable so ("mao" and "ming" are pinyin and
    /// Wade–Giles alike); otherwise the first system of each part, at a cost of 3 for each part that differs.
    /// </summary>
    private static (string Surname, string Given, int Cost) OneSystem(string surname, List<string> given)
    {
        var common = given[0].Split('+').AsEnumerable();
        foreach (var g in given.Skip(1))
            common = common.Intersect(g.Split('+'));
        var givenSystem = common.FirstOrDefault();
        var cost = 0;
        if (givenSystem is null)
        {
            givenSystem = string.Join("+", given.Select(g => g.Split('+')[0]).Distinct());
            cost += 3;
        }

        var surnames = surname.Split('+');
        if (surnames.Contains("customary") || surnames.Contains(givenSystem))
            return (surnames.Contains(givenSystem) ? givenSystem : "customary", givenSystem, cost);
        return (surnames[0], givenSystem, cost + 3);
    }

    /// <summary>Toneless pinyin syllables apart, as the romanizer reads the Hanzi as a surname: 欧阳 → "ou yang".</summary>
    private static string? PinyinOf(string hanzi)
    {
        var syllables = ChineseReader.Read(hanzi, RomanizationKind.Name)
            .SelectMany(p => p.Parts).SelectMany(p => p.Syllables).Select(Syllables.Letters).ToArray();
        return syllables.Length == 0 ? null : string.Join(' ', syllables);
    }

    private static Syllable[] Lookup(FrozenDictionary<string, Syllable[]> index, string word)
    {
        var key = StripTones(word).ToLowerInvariant();
        return index.TryGetValue(key, out var found) ? found : [];
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
            readings[pinyin] = known with { System = known.System + "+" + system }; // Mao: pinyin and Wade–Giles alike
    }

    /// <summary>Each spelling's readings, cheapest first (ties in table order: 张 before 常 for "Chang").</summary>
    private static FrozenDictionary<string, Syllable[]> Freeze(Dictionary<string, Dictionary<string, Syllable>> index) =>
        index.ToFrozenDictionary(p => p.Key, p => p.Value.Values.OrderBy(s => s.Cost).ToArray(), StringComparer.Ordinal);
}
