using System.Text;
using Glossary.Matching;
using Glossary.Romanization.Core;

namespace Glossary.Romanization.Korean;

/// <summary>
/// The plausible English spellings of a Korean name, place or word (<see cref="IRomanizer.EnumerateSpellings(string, RomanizationKind)"/>).
/// </summary>
/// <remarks>
/// Personal names: every customary surname spelling (surnames.tsv, in order of use) × every popular spelling of
/// each given-name syllable (given-syllables.tsv, or RR, simplified MR and respellings.tsv for other syllables,
/// at most <see cref="MaxSyllableSpellings"/> each) × four ways of joining the given name. Each spelling gets a
/// cost: the sum of the ranks of its parts, plus 1 for the joined style and 2 for the capital after a hyphen.
/// The list is: customary spellings of cost 0–1; then the systems (RR joined and hyphenated, MR as ALA-LC writes
/// it, simplified MR, the joined MR forms, and RR with the given name linked); then Western order for the
/// cost-0 spellings; then the other customary spellings by cost. It stops at <see cref="MaxSpellings"/>.
/// </remarks>
internal static class KoreanSpellings
{
    /// <summary>The longest list returned: enough for every common spelling, short enough to read.</summary>
    public const int MaxSpellings = 200;

    /// <summary>The most spellings used for one given-name syllable.</summary>
    public const int MaxSyllableSpellings = 5;

    /// <summary>The most surname × given-name combinations ranked before the list is cut.</summary>
    private const int MaxCombinations = 4096;

    private static readonly string[] StyleNames =
    [
        "given name hyphenated",
        "given name spaced, each syllable capitalized",
        "given name joined",
        "given name hyphenated, second syllable capitalized",
    ];

    private static readonly int[] StyleCost = [0, 0, 1, 2];

    private static readonly string[] CustomaryConventions = [.. StyleNames.Select(style => "customary spellings; " + style)];
    private const string OneSyllableConvention = "customary spellings; one-syllable given name";
    private static readonly string[] WesternConventions = [.. StyleNames.Select(style => "customary spellings; Western order (given name first), " + style)];

    /// <summary>
    /// The spellings of <paramref name="text"/>, most usual first. With <paramref name="maxCustomary"/>, a name's list
    /// stops once it holds that many customary spellings and every system's: what follows would be more customary
    /// spellings only, which a caller that keeps the first <paramref name="maxCustomary"/> of them never reads.
    /// </summary>
    public static IReadOnlyList<RomanizedSpelling> Enumerate(KoreanRomanizer romanizer, string text, RomanizationKind kind, int maxCustomary = int.MaxValue)
    {
        var list = new SpellingList();
        switch (kind)
        {
            case RomanizationKind.Name when romanizer.SplitName(text) is { } name:
                AddNames(list, romanizer, name, maxCustomary);
                break;
            case RomanizationKind.Place:
                AddPlaces(list, romanizer, text);
                break;
            default:
                foreach (var system in SystemsForProse)
                    list.Add(romanizer.Romanize(text, system, kind), system, SystemConvention(system));
                AddWordForms(list, romanizer, text);
                break;
        }

        return list.Items;
    }

    /// <summary>The most customary (syllable by syllable) spellings kept for a word or place, cheapest first.</summary>
    private const int MaxCustomaryWords = 12;

    /// <summary>
    /// Terms: McCune–Reischauer with only its apostrophes or only its breves (p'ansori, Sŏllal), the word split into
    /// parts written apart or hyphenated, each part romanized by itself (tteok-bokki, bibim bap, tae kwon do), and the
    /// customary syllable spellings that names use too (dukbokki, samgyupsal, Hanryu).
    /// </summary>
    private static void AddWordForms(SpellingList list, KoreanRomanizer romanizer, string text)
    {
        var mr = romanizer.Romanize(text, RomanizationSystem.McCuneReischauer, RomanizationKind.Word);
        list.Add(mr.Replace("'", string.Empty, StringComparison.Ordinal), RomanizationSystem.McCuneReischauer, "McCune–Reischauer without apostrophes");
        list.Add(KoreanRomanizer.Fold(mr.Replace('\'', '\u0001')).Replace('\u0001', '\''), RomanizationSystem.McCuneReischauerSimplified, "McCune–Reischauer without breves, apostrophes kept");
        var trimmed = text.Trim();
        if (trimmed.Length < 2 || !trimmed.All(Hangul.IsSyllable))
            return;
        foreach (var system in SystemsForProse)
            AddSegmentJoinings(list, romanizer, trimmed, system, RomanizationKind.Word, all: true);
        AddWordRespellings(list, romanizer, romanizer.Romanize(trimmed, RomanizationSystem.RevisedRomanization, RomanizationKind.Word));
    }

    /// <summary>
    /// The word's RR spelling rewritten by one or two rules of <c>word-respellings.tsv</c>, keeping its sound changes:
    /// tteokbokki → ddeokbokki, dukbokki; gimbap → kimbap, kimbab; Silla → Shilla.
    /// </summary>
    private static void AddWordRespellings(SpellingList list, KoreanRomanizer romanizer, string rr)
    {
        static string? Apply((string Where, string From, string To) rule, string text) => rule.Where switch
        {
            // A rule for a plain letter never takes half of a tense one (j → ch on jjimjilbang is no chjimjilbang).
            "initial" when text.StartsWith(rule.From, StringComparison.Ordinal)
                && !(text.Length > rule.From.Length && text[rule.From.Length] == rule.From[^1]) => rule.To + text[rule.From.Length..],
            "final" when text.EndsWith(rule.From, StringComparison.Ordinal) => text[..^rule.From.Length] + rule.To,
            "inside" when text.Contains(rule.From, StringComparison.Ordinal) => text.Replace(rule.From, rule.To, StringComparison.Ordinal),
            _ => null,
        };

        var rules = romanizer.Data.WordRespellings;
        var added = 0;
        for (var i = 0; i < rules.Count && added < MaxCustomaryWords; i++)
        {
            if (Apply(rules[i], rr) is not { } once)
                continue;
            list.Add(once, RomanizationSystem.RevisedRomanization, "customary respelling of the word", SpellingOrigin.Customary);
            added++;
            for (var j = i + 1; j < rules.Count && added < MaxCustomaryWords; j++)
            {
                // Two rules on the same letters (tt → dd, then tt → d) are one rule, not a pair.
                if (rules[j].Where == rules[i].Where && rules[j].Where == "initial")
                    continue;
                if (Apply(rules[j], once) is { } twice)
                {
                    list.Add(twice, RomanizationSystem.RevisedRomanization, "customary respelling of the word", SpellingOrigin.Customary);
                    added++;
                }
            }
        }
    }

    /// <summary>
    /// The syllables of <paramref name="run"/> parted by nothing, hyphens or spaces, each part romanized by itself
    /// (sound changes inside a part only); with <paramref name="all"/> false only the uniform partings.
    /// </summary>
    private static void AddSegmentJoinings(SpellingList list, KoreanRomanizer romanizer, string run, RomanizationSystem system, RomanizationKind kind, bool all)
    {
        foreach (var choice in SyllableJoinings.Choices(run.Length))
        {
            if (!all && choice.Distinct().Count() > 1)
                continue;
            if (choice.All(c => c == 0))
                continue;
            var parts = new List<string>();
            var start = 0;
            for (var i = 0; i <= choice.Length; i++)
            {
                if (i < choice.Length && choice[i] == 0)
                    continue;
                parts.Add(romanizer.Romanize(run[start..(i + 1)], system, kind == RomanizationKind.Word ? RomanizationKind.Word : RomanizationKind.Name));
                start = i + 1;
            }

            // A lone vowel apart (tteokbok i) is no spelling anyone writes: the syllable was linked to the one before.
            if (parts.Any(p => p.Count(char.IsLetter) < 2))
                continue;
            var partChoice = choice.Where(c => c != 0).ToArray();
            list.Add(SyllableJoinings.Join(parts, partChoice, capitalizeEach: kind != RomanizationKind.Word), system, SystemConvention(system) + "; parts written apart or hyphenated");
        }
    }

    /// <summary>
    /// Customary spellings syllable by syllable, as for given names (성수 → Sungsoo, 떡볶이 → ddeokbokki), cheapest
    /// first, with <paramref name="tail"/> (a unit, already romanized with its separator) after them.
    /// </summary>
    private static void AddCustomary(SpellingList list, KoreanRomanizer romanizer, string run, string tail, bool capitalize)
    {
        var syllables = run.Select(c => SyllableSpellings(romanizer, c)).ToArray();
        if (syllables.Length > SyllableJoinings.MaxSyllables + 1)
            return;
        var combos = new List<(int Cost, int[] Ranks)>();
        var ranks = new int[syllables.Length];
        while (true)
        {
            combos.Add((ranks.Sum(), (int[])ranks.Clone()));
            var k = ranks.Length - 1;
            while (k >= 0 && ++ranks[k] == syllables[k].Length)
                ranks[k--] = 0;
            if (k < 0)
                break;
        }

        foreach (var (_, r) in combos.OrderBy(c => c.Cost).Take(MaxCustomaryWords))
        {
            var text = string.Concat(r.Select((rank, i) => syllables[i][rank])) + tail;
            list.Add(capitalize ? LetterCase.Capitalize(text) : text, RomanizationSystem.RevisedRomanization, "customary syllable spellings, as in names", SpellingOrigin.Customary);
        }
    }

    private static readonly RomanizationSystem[] SystemsForProse =
    [
        RomanizationSystem.RevisedRomanization,
        RomanizationSystem.McCuneReischauer,
        RomanizationSystem.McCuneReischauerSimplified,
    ];

    private static string SystemConvention(RomanizationSystem system) => system switch
    {
        RomanizationSystem.RevisedRomanization => "Revised Romanization",
        RomanizationSystem.McCuneReischauer => "McCune–Reischauer (ALA-LC)",
        _ => "McCune–Reischauer without breves and apostrophes",
    };

    private static void AddPlaces(SpellingList list, KoreanRomanizer romanizer, string text)
    {
        var trimmed = text.Trim();
        var syllables = trimmed.All(Hangul.IsSyllable);
        var unit = syllables ? romanizer.Data.Places.UnitStart(trimmed) : -1;
        foreach (var system in SystemsForProse)
        {
            var full = romanizer.Romanize(text, system, RomanizationKind.Place);
            list.Add(full, system, SystemConvention(system) + (unit > 0 ? "; administrative unit hyphenated" : string.Empty));
            if (unit > 0)
            {
                var stem = trimmed[..unit];
                list.Add(romanizer.Romanize(stem, system, RomanizationKind.Place), system, SystemConvention(system) + "; administrative unit left out");
            }
        }

        if (!syllables || trimmed.Length < 2)
            return;

        // The unit or the generic word of a site (산 mountain, 사 temple, 궁 palace, 문 gate …) joined, hyphenated
        // or apart: Paju-si, Paju si, Pajusi; Halla-san, Halla san; Kyŏngbok-kung.
        var generic = unit > 0 ? unit : romanizer.Data.Places.GenericStart(trimmed);
        if (generic > 0)
        {
            foreach (var system in SystemsForProse)
            {
                var mr = system != RomanizationSystem.RevisedRomanization;
                var sb = new StringBuilder();
                if (mr)
                    romanizer.WriteRun(sb, trimmed, system, PronunciationMode.Noun, 1UL << generic);
                else
                    sb.Append(romanizer.Romanize(trimmed[..generic], system, RomanizationKind.Place)).Append('-').Append(romanizer.Romanize(trimmed[generic..], system, RomanizationKind.Word));
                LetterCase.Capitalize(sb, 0);
                var hyphenated = sb.ToString();
                var convention = SystemConvention(system) + (unit > 0 ? "; administrative unit" : "; generic word of a site");
                list.Add(hyphenated, system, convention + " hyphenated");
                list.Add(hyphenated.Replace('-', ' '), system, convention + " written apart");
                list.Add(hyphenated.Replace("-", string.Empty, StringComparison.Ordinal), system, convention + " joined");
            }
        }

        // Every syllable apart, as older maps and wire copy wrote some names (Pyong Yang), in MR only: in RR and the
        // customary spellings two syllables apart read as a given name (Kim Kyung Ju), not as the place.
        if (unit < 0 && trimmed.Length <= SyllableJoinings.MaxSyllables)
            AddSegmentJoinings(list, romanizer, trimmed, RomanizationSystem.McCuneReischauerSimplified, RomanizationKind.Place, all: false);

        // Customary syllable spellings of the name, its unit or generic word as RR writes it: Sungsoo-dong, Kyungbokgung.
        if (unit > 0)
        {
            AddCustomary(list, romanizer, trimmed[..unit], "-" + romanizer.Romanize(trimmed[unit..], RomanizationSystem.RevisedRomanization, RomanizationKind.Word), capitalize: true);
        }
        else
        {
            // Two syllables too (Kyungju, Myungdong): such a spelling is as often a given name (Lee Kyungju) as the
            // place, so the namesake rule makes it a suggestion unless the document is about Korea.
            AddCustomary(list, romanizer, trimmed, string.Empty, capitalize: true);
            if (generic > 0)
                AddCustomary(list, romanizer, trimmed[..generic], "-" + romanizer.Romanize(trimmed[generic..], RomanizationSystem.RevisedRomanization, RomanizationKind.Word), capitalize: true);
        }
    }

    private static void AddNames(SpellingList list, KoreanRomanizer romanizer, KoreanRomanizer.NameParts name, int maxCustomary)
    {
        var data = romanizer.Data;
        var surnames = data.Surnames.TryGetValue(name.Surname, out var row)
            ? row.Customary
            : Distinct(
                romanizer.RomanizeName(new(name.Surname, string.Empty), RomanizationSystem.RevisedRomanization, KoreanRomanizer.NameStyle.Default),
                romanizer.RomanizeName(new(name.Surname, string.Empty), RomanizationSystem.McCuneReischauerSimplified, KoreanRomanizer.NameStyle.Default));
        if (name.Given.Length == 0)
        {
            foreach (var surname in surnames)
                list.Add(surname, RomanizationSystem.RevisedRomanization, "customary surname spelling", SpellingOrigin.Customary);
            AddSystemNames(list, romanizer, name);
            return;
        }

        var syllables = name.Given.Select(c => SyllableSpellings(romanizer, c)).ToArray();

        // Long inputs would multiply out: drop the rarest spellings of the widest syllables until it stays small.
        while (syllables.Aggregate((long)surnames.Length, (product, list) => product * list.Length) > MaxCombinations)
        {
            var widest = Array.FindLastIndex(syllables, l => l.Length == syllables.Max(x => x.Length));
            if (syllables[widest].Length == 1)
            {
                surnames = surnames[..1];
                break;
            }

            syllables[widest] = syllables[widest][..^1];
        }

        // Every combination, with its cost; the order is cost, then the combination, then the style.
        var combos = new List<(int Cost, int Surname, int[] Given)>((int)syllables.Aggregate((long)surnames.Length, (product, list) => product * list.Length));
        var given = new int[syllables.Length];
        for (var s = 0; s < surnames.Length; s++)
        {
            Array.Clear(given);
            while (true)
            {
                var cost = s;
                foreach (var rank in given)
                    cost += rank;
                combos.Add((cost, s, (int[])given.Clone()));
                var k = given.Length - 1;
                while (k >= 0 && ++given[k] == syllables[k].Length)
                    given[k--] = 0;
                if (k < 0)
                    break;
            }
        }

        // Ranked first, spelled out after: only the spellings that make the list are written.
        var styles = syllables.Length > 1 ? 4 : 1;
        var candidates = new List<(int Cost, int Order)>(combos.Count * styles);
        for (var c = 0; c < combos.Count; c++)
        {
            for (var style = 0; style < styles; style++)
                candidates.Add((combos[c].Cost + StyleCost[style], (c * 4) + style));
        }

        candidates.Sort();
        var capitals = syllables.Select(spellings => spellings.Select(LetterCase.Capitalize).ToArray()).ToArray();
        var parts = new string[syllables.Length];
        var partCapitals = new string[syllables.Length];
        string[] Parts(int[] ranks, string[] into, string[][] from)
        {
            for (var k = 0; k < ranks.Length; k++)
                into[k] = from[k][ranks[k]];
            return into;
        }

        // Customary spellings are RR-based in South Korean usage (the interface's own example tags them so).
        void AddCustomary((int Cost, int Order) candidate)
        {
            var (_, s, g) = combos[candidate.Order / 4];
            var style = candidate.Order % 4;
            var text = surnames[s] + " " + JoinGiven(Parts(g, parts, syllables), Parts(g, partCapitals, capitals), style);
            list.Add(text, RomanizationSystem.RevisedRomanization, syllables.Length > 1 ? CustomaryConventions[style] : OneSyllableConvention, SpellingOrigin.Customary);
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Cost > 1 || list.Full)
                break;
            AddCustomary(candidate);
        }

        AddSystemNames(list, romanizer, name);

        // A customary surname with the given name in McCune–Reischauer, as North Korean names reach the press
        // (Choi Ryong-hae, Ri Sol-chu).
        foreach (var surname in surnames.Take(3))
        {
            foreach (var system in (ReadOnlySpan<RomanizationSystem>)[RomanizationSystem.McCuneReischauerSimplified, RomanizationSystem.McCuneReischauer])
            {
                var written = romanizer.RomanizeName(new(name.Surname, name.Given), system, KoreanRomanizer.NameStyle.Hyphenated);
                var at = written.IndexOf(' ', StringComparison.Ordinal);
                if (at < 0)
                    continue;
                var hyphenated = written[(at + 1)..];
                list.Add($"{surname} {hyphenated}", system, "customary surname, given name in McCune–Reischauer", SpellingOrigin.Customary);
                list.Add($"{surname} {string.Join(' ', hyphenated.Split('-').Select(LetterCase.Capitalize))}", system, "customary surname, given name in McCune–Reischauer, syllables apart", SpellingOrigin.Customary);
            }
        }

        foreach (var (cost, s, g) in combos)
        {
            if (cost != 0)
                continue;
            for (var style = 0; style < Math.Min(styles, 2); style++)
                list.Add(JoinGiven(Parts(g, parts, syllables), Parts(g, partCapitals, capitals), style) + " " + surnames[s], RomanizationSystem.RevisedRomanization, WesternConventions[style], SpellingOrigin.Customary);
        }

        foreach (var candidate in candidates)
        {
            if (list.Full || list.Customary >= maxCustomary)
                break;
            if (candidate.Cost > 1)
                AddCustomary(candidate);
        }
    }

    private static void AddSystemNames(SpellingList list, KoreanRomanizer romanizer, KoreanRomanizer.NameParts name)
    {
        const RomanizationSystem Rr = RomanizationSystem.RevisedRomanization;
        const RomanizationSystem Mr = RomanizationSystem.McCuneReischauer;
        const RomanizationSystem MrSimple = RomanizationSystem.McCuneReischauerSimplified;
        list.Add(romanizer.RomanizeName(name, Rr, KoreanRomanizer.NameStyle.Joined), Rr, "Revised Romanization (§3.4): mechanical surname, given name joined, no sound change inside it");
        list.Add(romanizer.RomanizeName(name, Rr, KoreanRomanizer.NameStyle.Hyphenated), Rr, "Revised Romanization (§3.4): mechanical surname, given name hyphenated");
        list.Add(romanizer.RomanizeName(name, Mr, KoreanRomanizer.NameStyle.Hyphenated), Mr, "McCune–Reischauer (ALA-LC): given name hyphenated, sound changes kept across the hyphen");
        list.Add(romanizer.RomanizeName(name, MrSimple, KoreanRomanizer.NameStyle.Hyphenated), MrSimple, "McCune–Reischauer without breves and apostrophes, given name hyphenated");
        list.Add(romanizer.RomanizeName(name, Mr, KoreanRomanizer.NameStyle.Joined), Mr, "McCune–Reischauer: given name joined");
        list.Add(romanizer.RomanizeName(name, MrSimple, KoreanRomanizer.NameStyle.Joined), MrSimple, "McCune–Reischauer without breves and apostrophes, given name joined");

        if (name.Given.Length == 0)
            return;

        // §1.8 of the research notes: the joined RR form with linking inside the given name (Seogyeol) is a variant.
        var sb = new StringBuilder();
        romanizer.WriteName(sb, new(name.Surname, string.Empty), Rr, KoreanRomanizer.NameStyle.Joined);
        sb.Append(' ');
        var start = sb.Length;
        romanizer.WriteRun(sb, name.Given, Rr, PronunciationMode.Noun, 0);
        LetterCase.Capitalize(sb, start);
        list.Add(sb.ToString(), Rr, "Revised Romanization with sound changes inside the given name (linked form)");
    }

    private static string JoinGiven(string[] parts, string[] capitals, int style)
    {
        var sb = new StringBuilder();
        for (var k = 0; k < parts.Length; k++)
        {
            if (k > 0)
            {
                if (style == 0 || style == 3)
                    sb.Append('-');
                else if (style == 1)
                    sb.Append(' ');
            }

            var capital = k == 0 || style == 1 || style == 3;
            sb.Append(capital ? capitals[k] : parts[k]);
        }

        return sb.ToString();
    }

    /// <summary>
    /// <see cref="SyllableSpellings"/> of the syllables the table does not list, per romanizer: derived with the
    /// romanizer and the respelling rules, the same for every name that has the syllable (compiling 10,000 names asks
    /// for the same few hundred syllables tens of thousands of times).
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KoreanRomanizer, System.Collections.Concurrent.ConcurrentDictionary<char, string[]>> DerivedSyllables = [];

    /// <summary>The spellings of one given-name syllable, most usual first, lower case (a shared array: never change it).</summary>
    internal static string[] SyllableSpellings(KoreanRomanizer romanizer, char syllable)
    {
        if (romanizer.Data.GivenSyllables.TryGetValue(syllable, out var listed))
            return listed;
        return DerivedSyllables.GetValue(romanizer, _ => new()).GetOrAdd(syllable, c => DeriveSyllableSpellings(romanizer, c));
    }

    private static string[] DeriveSyllableSpellings(KoreanRomanizer romanizer, char syllable)
    {
        var rr = romanizer.Romanize(syllable.ToString(), RomanizationSystem.RevisedRomanization, RomanizationKind.Word);
        var mr = romanizer.Romanize(syllable.ToString(), RomanizationSystem.McCuneReischauerSimplified, RomanizationKind.Word);
        var spellings = new List<string> { rr, mr };
        var vowel = VowelSpelling(romanizer, syllable);
        var vowelAt = rr.IndexOf(vowel, StringComparison.Ordinal);
        foreach (var rule in romanizer.Data.Respellings)
        {
            if (Respell(rule, rr) is { } respelled)
                spellings.Add(respelled);
        }

        // The vowel respellings on the devoiced initial of McCune–Reischauer too, last: 구 Koo (Kim Koo), 국 Kook, 부 Poo.
        if (mr.Length == rr.Length && mr[0] != rr[0] && mr.AsSpan(1).SequenceEqual(rr.AsSpan(1)))
        {
            foreach (var rule in romanizer.Data.Respellings)
            {
                if (rule.Where is KoreanData.RespellingPlace.Vowel or KoreanData.RespellingPlace.OpenVowel && Respell(rule, mr) is { } respelled)
                    spellings.Add(respelled);
            }
        }

        string? Respell(KoreanData.Respelling rule, string spelling) => rule.Where switch
        {
            KoreanData.RespellingPlace.Initial when spelling.StartsWith(rule.From, StringComparison.Ordinal) => rule.To + spelling[rule.From.Length..],
            KoreanData.RespellingPlace.Vowel when vowel == rule.From && vowelAt >= 0 => spelling[..vowelAt] + rule.To + spelling[(vowelAt + vowel.Length)..],
            KoreanData.RespellingPlace.OpenVowel when vowel == rule.From && vowelAt >= 0 && Hangul.Final(syllable) == 0 => spelling[..vowelAt] + rule.To,
            KoreanData.RespellingPlace.Syllable when spelling == rule.From => rule.To,
            _ => null,
        };

        return [.. spellings.Distinct().Take(MaxSyllableSpellings)];
    }

    private static string VowelSpelling(KoreanRomanizer romanizer, char syllable)
    {
        var vowelOnly = Hangul.Compose(Ini.Silent, Hangul.Vowel(syllable), 0);
        return romanizer.Romanize(vowelOnly.ToString(), RomanizationSystem.RevisedRomanization, RomanizationKind.Word);
    }

    private static string[] Distinct(params string[] values) => [.. values.Distinct()];

    /// <summary>Keeps the first of equal spellings and stops at <see cref="MaxSpellings"/>.</summary>
    private sealed class SpellingList
    {
        // Sized for a name's usual few dozen spellings: growing from empty was a measurable part of compiling.
        private readonly HashSet<string> seen = new(64, StringComparer.Ordinal);

        public List<RomanizedSpelling> Items { get; } = new(64);

        public bool Full => Items.Count >= MaxSpellings;

        /// <summary>How many of <see cref="Items"/> are customary spellings.</summary>
        public int Customary { get; private set; }

        public void Add(string text, RomanizationSystem system, string convention, SpellingOrigin origin = SpellingOrigin.System) =>
            Add(new RomanizedSpelling(text, system, convention) { Origin = origin });

        public void Add(RomanizedSpelling spelling)
        {
            if (Items.Count < MaxSpellings && seen.Add(spelling.Text))
            {
                Items.Add(spelling);
                if (spelling.Origin == SpellingOrigin.Customary)
                    Customary++;
            }
        }
    }
}
