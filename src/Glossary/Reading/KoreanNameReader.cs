using System.Collections.Frozen;
using System.Text;
using Glossary.Romanization.Korean;

namespace Glossary.Reading;

/// <summary>
/// Reads a romanized Korean personal name ("Lee Jae-myung", "Yi Chae-myŏng", "Choi Jae Young", "Park Jimin") back to
/// Hangul candidates, ranked. The syllable index is the romanizer's tables read the other way: every syllable a given
/// name uses is written by the romanizer in RR, McCune–Reischauer (with and without marks, alone and voiced after a
/// vowel) and Yale, and by the customary spellings of given-syllables.tsv and respellings.tsv; each surname row of
/// surnames.tsv gives its RR, MR and customary spellings. No spelling is listed twice by hand.
/// </summary>
/// <remarks>
/// Cost of a syllable reading: a customary spelling costs ten per place in its syllable's list, RR or MR with its
/// marks nothing, MR without marks 5, MR voiced after a vowel 2 (as MR writes the second syllable: Tae-jung), Yale 15;
/// a syllable that given-syllables.tsv does not list costs 25 more (so "myong" reads 명, listed, before 묭, whose RR it is).
/// </remarks>
internal sealed class KoreanNameReader
{
    /// <summary>The finals given names use (none, ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ): the other 20 would only add rare readings.</summary>
    private static readonly int[] NameFinals = [0, 1, 4, 8, 16, 17, 21];

    private const int Unlisted = 25;

    /// <summary>First syllables that change how MR writes the second: a vowel (voicing), ㅇ and ㄱ (ㄹ → n, ㄴ added).</summary>
    private static readonly string[] SecondSyllableContexts = ["아", "앙", "악"];
    private const int MostPerSyllable = 6;

    private static readonly Lazy<KoreanNameReader> Shared = new(() => new KoreanNameReader());

    private readonly FrozenDictionary<string, Syllable[]>.AlternateLookup<ReadOnlySpan<char>> givenLookup;
    private readonly FrozenDictionary<string, Syllable[]>.AlternateLookup<ReadOnlySpan<char>> surnameLookup;
    private readonly SyllableTest isGivenSyllable;

    /// <summary>One reading of one written syllable: the Hangul, what it costs, the system that writes it so.</summary>
    internal readonly record struct Syllable(string Hangul, int Cost, string System)
    {
        /// <summary>Breaks ties of cost: the row of the table (surnames and listed syllables in order of use).</summary>
        public int Order { get; init; }

        /// <summary>
        /// The cost before it was made relative: how usual this spelling is for the syllable ("myung" 0 and "myong" 5
        /// for 명), which decides the main spelling of a name written two ways.
        /// </summary>
        public int Usual { get; init; }
    }

    private KoreanNameReader()
    {
        var romanizer = Romanizers.KoreanNames;
        var data = romanizer.Data;
        var index = new Dictionary<string, Dictionary<string, Syllable>>(StringComparer.Ordinal);
        var order = 0;
        void Add(Dictionary<string, Dictionary<string, Syllable>> into, string spelling, string hangul, int cost, string system)
        {
            if (spelling.Length == 0)
                return;
            var key = spelling.ToLowerInvariant();
            if (!into.TryGetValue(key, out var readings))
                into[key] = readings = new Dictionary<string, Syllable>(StringComparer.Ordinal);
            if (!readings.TryGetValue(hangul, out var known) || cost < known.Cost)
                readings[hangul] = new Syllable(hangul, cost, system) { Order = order };
        }

        var sb = new StringBuilder();
        for (var initial = 0; initial < 19; initial++)
        {
            for (var vowel = 0; vowel < 21; vowel++)
            {
                foreach (var final in NameFinals)
                {
                    // A closed syllable on ㅒ ㅔ ㅖ ㅙ ㅞ (젱, 쳉, 멘) is no name syllable: it would read Chinese "cheng" as Korean.
                    if (final != 0 && vowel is 3 or 5 or 7 or 10 or 15)
                        continue;
                    var c = Hangul.Compose(initial, vowel, final);
                    var s = c.ToString();
                    var listed = data.GivenSyllables.TryGetValue(c, out var customary);
                    order = listed ? IndexOf(data.GivenSyllableOrder, c) : data.GivenSyllableOrder.Count + c;
                    var extra = listed ? 0 : Unlisted;
                    Add(index, romanizer.Romanize(s, RomanizationSystem.RevisedRomanization, RomanizationKind.Word), s, extra, "rr");
                    var mr = romanizer.Romanize(s, RomanizationSystem.McCuneReischauer, RomanizationKind.Word);
                    Add(index, mr, s, extra, "mr");
                    Add(index, Fold(mr), s, extra + 5, "mr");

                    // The second syllable of an MR given name as MR writes it after the first: voiced after a vowel
                    // (김대중 Kim Tae-jung), ㄹ as n after ㅇ or ㄱ (위성락 Wi Sŏng-nak, 윤창열 Yun Ch'ang-nyŏl).
                    foreach (var before in SecondSyllableContexts)
                    {
                        var second = SecondSyllable(romanizer, sb, before + s, RomanizationSystem.McCuneReischauer);
                        Add(index, second, s, extra + 2, "mr");
                        Add(index, Fold(second), s, extra + 7, "mr");
                        Add(index, SecondSyllable(romanizer, sb, before + s, RomanizationSystem.RevisedRomanization), s, extra + 4, "rr");
                    }
                    Add(index, romanizer.Romanize(s, RomanizationSystem.Yale, RomanizationKind.Word), s, extra + 15, "yale");
                    var spellings = listed ? customary! : KoreanSpellings.SyllableSpellings(romanizer, c);
                    for (var rank = 0; rank < spellings.Length; rank++)
                        Add(index, spellings[rank], s, extra + (10 * rank), "customary");

                    // A final ㄱ, ㄹ or ㅂ linked to a vowel or ㅎ after it is written as it sounds, as RR and MR write
                    // 석열 Seogyeol, Sŏg-yŏl, 낙연 Nag-yŏn, 철우 Ch'ŏru, 철호 Ch'ŏr-ho: the syllable ends in g, r or b.
                    if (final is 1 or 8 or 17)
                    {
                        var voicedFinal = final switch { 1 => "g", 8 => "r", _ => "b" };
                        foreach (var (written, system) in new[] { (romanizer.Romanize(s, RomanizationSystem.RevisedRomanization, RomanizationKind.Word), "rr"), (mr, "mr") })
                            Add(index, written[..^1] + voicedFinal, s, extra + 3, system);
                        Add(index, Fold(mr)[..^1] + voicedFinal, s, extra + 5, "mr");
                    }
                }
            }
        }

        var surnameIndex = new Dictionary<string, Dictionary<string, Syllable>>(StringComparer.Ordinal);
        var rows = EmbeddedData.Rows("Glossary.Romanization.Korean.Data.surnames.tsv", 4);
        for (var row = 0; row < rows.Count; row++)
        {
            var hangul = rows[row][0];
            var surname = data.Surnames[hangul];

            // Rows are in order of use: of equal costs, an earlier row's (Lee for 이) ranks before a later row's (Lee for 리).
            order = row;
            for (var rank = 0; rank < surname.Customary.Length; rank++)
                Add(surnameIndex, surname.Customary[rank], hangul, 10 * rank, "customary");
            Add(surnameIndex, surname.Mr, hangul, 0, "mr");
            Add(surnameIndex, Fold(surname.Mr), hangul, 5, "mr");
            Add(surnameIndex, surname.Rr, hangul, 0, "rr");

            // A surname's spellings spell its syllable in a given name too (Hwang Kyo-ahn, Oh Se-hoon's Oh).
            if (hangul.Length == 1)
            {
                var extra = data.GivenSyllables.ContainsKey(hangul[0]) ? 0 : Unlisted;
                foreach (var spelling in surname.Customary)
                    Add(index, spelling, hangul, extra + 10, "customary");
            }
        }

        givenLookup = Freeze(index).GetAlternateLookup<ReadOnlySpan<char>>();
        surnameLookup = Freeze(surnameIndex).GetAlternateLookup<ReadOnlySpan<char>>();
        isGivenSyllable = IsGivenSyllable;
    }

    /// <summary>The one reader over the bundled tables (built on first use, about 3,000 syllables × 6 writings).</summary>
    public static KoreanNameReader Instance => Shared.Value;

    /// <summary>The readings of a surname spelling (one word), cheapest first; empty when no surname is written so.</summary>
    public IReadOnlyList<Syllable> Surname(string word) => Lookup(surnameLookup, word);

    /// <summary>Whether some surname is written so (allocates nothing: the consistency rule asks it of every capitalized word).</summary>
    public bool IsSurname(ReadOnlySpan<char> word) => Lookup(surnameLookup, word).Length > 0;

    /// <summary>The readings of one written given-name syllable, cheapest first; empty when none.</summary>
    public IReadOnlyList<Syllable> GivenSyllable(string part) => Lookup(givenLookup, part);

    private bool IsGivenSyllable(ReadOnlySpan<char> part) => Lookup(givenLookup, part).Length > 0;

    private static Syllable[] Lookup(FrozenDictionary<string, Syllable[]>.AlternateLookup<ReadOnlySpan<char>> index, ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 32 ? stackalloc char[32] : new char[word.Length];
        var lower = buffer[..word.ToLowerInvariant(buffer)];
        if (index.TryGetValue(lower, out var found))
            return found;
        return NameText.HasMarks(word) && index.TryGetValue(Fold(lower.ToString()), out found) ? found : [];
    }

    /// <summary>
    /// Reads surname + given-name parts (each part one written syllable; a joined given name is cut here) into
    /// candidates, cheapest first.
    /// </summary>
    public void Read(string surnameWord, IReadOnlyList<string> givenWords, List<NameCandidate> into)
    {
        var surnameReadings = Lookup(surnameLookup, surnameWord);
        if (surnameReadings.Length == 0)
            return;
        foreach (var parts in NameText.GivenParts(givenWords, maxSyllables: 2, isGivenSyllable))
        {
            // A one-letter surname (RR I, O, U) is a name only before a two-syllable given name: "I Jae-myeong", not "I Am".
            if (surnameWord.Length < 2 && parts.Length < 2)
                continue;
            var syllables = parts.Select(p => GivenSyllable(p).Take(MostPerSyllable).ToArray()).ToArray();
            var chosen = new Syllable[syllables.Length];
            var cut = CutCost(parts, givenWords);
            foreach (var s in surnameReadings.Take(MostPerSyllable))
            {
                var combination = new int[syllables.Length];
                while (true)
                {
                    for (var i = 0; i < syllables.Length; i++)
                        chosen[i] = syllables[i][combination[i]];
                    into.Add(Candidate(s, chosen, cut));
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
    /// The candidate <see cref="Read"/> would rank first of its own, or <paramref name="best"/> when that one costs less
    /// (an earlier reader's, which wins ties): without making the others. Every syllable's readings are cheapest first and
    /// a candidate costs their sum, so a cut's cheapest candidate is its first: first surname, first reading of each part.
    /// </summary>
    public NameCandidate? Best(string surnameWord, IReadOnlyList<string> givenWords, NameCandidate? best)
    {
        var surnameReadings = Lookup(surnameLookup, surnameWord);
        if (surnameReadings.Length == 0)
            return best;
        Span<Syllable> chosen = new Syllable[2];
        foreach (var parts in NameText.GivenParts(givenWords, maxSyllables: 2, isGivenSyllable))
        {
            if (surnameWord.Length < 2 && parts.Length < 2)
                continue;
            var cut = CutCost(parts, givenWords);
            var cost = surnameReadings[0].Cost + cut;
            for (var i = 0; i < parts.Length; i++)
            {
                chosen[i] = Lookup(givenLookup, parts[i])[0];
                cost += chosen[i].Cost;
            }

            if (best is null || cost < best.Cost)
                best = Candidate(surnameReadings[0], chosen[..parts.Length], cut);
        }

        return best;
    }

    /// <summary>A joined given name cut in two is a little less sure than one written apart.</summary>
    private static int CutCost(string[] parts, IReadOnlyList<string> givenWords) =>
        parts.Length > givenWords.Count && givenWords.Count == 1 && !givenWords[0].Contains('-', StringComparison.Ordinal) ? 1 : 0;

    private static NameCandidate Candidate(Syllable surname, ReadOnlySpan<Syllable> given, int extra)
    {
        var cost = surname.Cost + extra;
        var usual = surname.Usual;
        var hangul = new StringBuilder();
        var systems = new List<string>(given.Length);
        foreach (var reading in given)
        {
            cost += reading.Cost;
            usual += reading.Usual;
            hangul.Append(reading.Hangul);
            systems.Add(reading.System);
        }

        return new NameCandidate(NameLanguage.Korean, surname.Hangul, hangul.ToString(), cost, NameText.SystemOf(surname.System, systems)) { Usual = usual };
    }

    /// <summary>
    /// Each spelling's readings, cheapest first, costs relative to the cheapest: the penalty of an unlisted syllable
    /// ranks readings of one spelling, it does not make "min" (민, unlisted) a worse Korean name than a Chinese one.
    /// </summary>
    private static FrozenDictionary<string, Syllable[]> Freeze(Dictionary<string, Dictionary<string, Syllable>> index) =>
        index.ToFrozenDictionary(
            p => p.Key,
            p =>
            {
                var best = p.Value.Values.Min(s => s.Cost);
                return p.Value.Values.OrderBy(s => s.Cost).ThenBy(s => s.Order).Select(s => s with { Cost = s.Cost - best, Usual = s.Cost }).ToArray();
            },
            StringComparer.Ordinal);

    /// <summary>How <paramref name="system"/> writes the second syllable of a two-syllable given name, sound changes kept.</summary>
    private static string SecondSyllable(KoreanRomanizer romanizer, StringBuilder sb, string pair, RomanizationSystem system)
    {
        sb.Clear();
        romanizer.WriteRun(sb, pair, system, PronunciationMode.Noun, 1UL << 1);
        var written = sb.ToString();
        return written[(written.IndexOf('-', StringComparison.Ordinal) + 1)..];
    }

    private static int IndexOf(IReadOnlyList<char> list, char c)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == c)
                return i;
        }

        return -1;
    }

    /// <summary>MR without its marks: breves dropped, apostrophes removed (Ch'ŏng → chong).</summary>
    internal static string Fold(string text) => KoreanRomanizer.Fold(text);
}
