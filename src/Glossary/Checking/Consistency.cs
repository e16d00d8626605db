using System.Collections.Concurrent;
using System.Collections.Frozen;
using Glossary.Reading;
using Glossary.Variants;

namespace Glossary.Checking;

/// <summary>
/// The <c>consistency</c> rule (issue #16 point 2): spellings in one document that read as the same name are one
/// person, so every spelling but the document's main one is a warning toward it.
/// </summary>
/// <remarks>
/// A candidate is two or three capitalized words, surname first, that the name reader reads as a whole name. Its key
/// is its best reading (language and native form): ambiguous spellings join only when their best readings agree, and
/// near names (Kim Jong-il, Kim Jong-un) never join. The main spelling of a group with two or more spellings is the
/// glossary's preferred form when an entry reads so; else the most frequent; on a tie the one written in the house
/// format (<see cref="DocumentOptions.KoreanGivenNames"/>, <see cref="DocumentOptions.ChineseGivenNames"/>), then the one
/// the reading tables rank most usual (the cheapest reading: "myung" before "myong"), then the first.
/// At the start of a sentence, a surname that is also a common English word (Park, Moon, Song, In) needs a hyphenated
/// given name or a given name in two words, so that "In Seoul, …" is never a name.
/// </remarks>
internal static class Consistency
{
    /// <summary>The rule id, as findings carry it in place of an entry id.</summary>
    public const string RuleId = "consistency";

    /// <summary>A candidate name in the prose: its span and its spelling (text and readings, best first).</summary>
    /// <remarks>A value: a document of many names is one array of them, not an object each.</remarks>
    internal readonly record struct Occurrence(int Start, int End, Spelling Name)
    {
        /// <summary>The name as written.</summary>
        public string Text => Name.Text;

        /// <summary>The best reading.</summary>
        public NameCandidate Reading => Name.Best!;

        /// <summary>Every reading, best first (read on first use).</summary>
        public IReadOnlyList<NameCandidate> Readings => Name.Readings;

        /// <summary>Which document of a set checked together (0 for one document).</summary>
        public int Document { get; init; }

        public (NameLanguage, string) Key => (Reading.Language, Reading.Native);
    }

    /// <summary>
    /// One spelling, read once in the process however often it is written (<see cref="Known"/>): its best reading at once,
    /// the others when asked for (only <c>glossary suggest</c> and the house format read them). Immutable but for that.
    /// </summary>
    internal sealed class Spelling
    {
        private readonly string[] words;
        private IReadOnlyList<NameCandidate>? readings;

        public Spelling(string text, string[] words)
        {
            Text = text;
            this.words = words;
            Best = NameReadings.Best(words);
            EnglishShape = IsEnglishShape(words);
            KeyHash = Best is null ? 0 : HashCode.Combine(Best.Language, Best.Native);
        }

        public string Text { get; }

        /// <summary>The best reading; null when the words are no name.</summary>
        public NameCandidate? Best { get; }

        /// <summary>A surname that is an English word before a plain one-word given name: no name at a sentence's start.</summary>
        public bool EnglishShape { get; }

        /// <summary>Every reading, best first (the same list whoever reads it first: a race only reads it twice).</summary>
        public IReadOnlyList<NameCandidate> Readings => readings ??= NameReadings.Read(words);

        /// <summary>The hash of the best reading's language and native form, made once (<see cref="SameName"/>).</summary>
        public int KeyHash { get; }
    }

    /// <summary>Spellings equal when their best readings are (the same name): what <see cref="Decide"/> groups by.</summary>
    private sealed class SameName : IEqualityComparer<Spelling>
    {
        public static readonly SameName Instance = new();

        public bool Equals(Spelling? x, Spelling? y) =>
            ReferenceEquals(x, y) || (x?.Best is { } a && y?.Best is { } b && a.Language == b.Language && string.Equals(a.Native, b.Native, StringComparison.Ordinal));

        public int GetHashCode(Spelling obj) => obj.KeyHash;
    }

    /// <summary>A spelling to change: the occurrence, the main spelling and one occurrence of it (null when only the glossary has it).</summary>
    internal sealed record Decision(Occurrence Found, string Main, Occurrence? MainAt, GlossaryEntry? Entry);

    /// <summary>
    /// The candidate names of <paramref name="prose"/>, in text order: the one scanner of names in prose, which the
    /// house-format rule and <c>glossary suggest</c> read too.
    /// </summary>
    public static List<Occurrence> Find(string prose, CancellationToken cancellationToken = default) => Find(prose, default(GlossarySpans), cancellationToken);

    /// <summary>
    /// The candidate names of <paramref name="prose"/> that can matter to a check. A name that starts on a span the
    /// glossary reports or protects (<paramref name="reported"/>, <paramref name="protectedSpans"/>: each in text order,
    /// apart) is the glossary's: it matters only when it joins a name written off the glossary's spans, so it is read
    /// only when such a name has a surname it may share. A document whose names are all the glossary's reads none of them.
    /// </summary>
    /// <remarks>
    /// Equal to <see cref="Find(string, CancellationToken)"/> less the names on the glossary's spans that no name off
    /// them can join, but where a name would run on from a glossary span past its end into another name (no
    /// glossary's span ends inside a name it matched).
    /// </remarks>
    internal static List<Occurrence> Find(string prose, List<CompiledGlossary.FoundSpan> reported, List<CompiledGlossary.FoundSpan> protectedSpans, CancellationToken cancellationToken = default) =>
        Find(prose, new GlossarySpans(reported, protectedSpans), cancellationToken);

    /// <summary>The scan behind both: names on <paramref name="spans"/> are put off (see above); none are when it has none.</summary>
    private static List<Occurrence> Find(string prose, GlossarySpans spans, CancellationToken cancellationToken)
    {
        var found = new List<Occurrence>(prose.Length >> 9);
        var byText = Known.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<(int Start, int End)> words = stackalloc (int, int)[3];
        List<int>? deferred = null;
        var i = 0;
        var nextPoll = 0;
        while (i < prose.Length)
        {
            if (i >= nextPoll)
            {
                cancellationToken.ThrowIfCancellationRequested();
                nextPoll = i + (1 << 16);
            }

            // A capitalized word that starts a word: the only place a name starts (ASCII that is no capital skipped at once).
            var next = prose.AsSpan(i).IndexOfAnyExcept(NoAsciiCapital);
            if (next < 0)
                break;
            i += next;
            if (!char.IsUpper(prose[i]) || (i > 0 && IsWordChar(prose[i - 1])))
            {
                i++;
                continue;
            }

            var count = Words(prose, i, words);
            if (count < 2 || !MayBeSurname(prose.AsSpan(words[0].Start, words[0].End - words[0].Start), out _))
            {
                i = words[0].End;
                continue;
            }

            if (spans.Covers(i))
            {
                (deferred ??= []).Add(i);
                i = words[0].End;
                continue;
            }

            i = Read(prose, i, words[..count], byText, found);
        }

        return deferred is null ? found : ReadDeferred(prose, found, deferred, byText);
    }

    /// <summary>
    /// The glossary's spans of a document, asked of increasing positions (a cursor on each list); none for a scan of
    /// every name.
    /// </summary>
    private struct GlossarySpans(List<CompiledGlossary.FoundSpan>? reported, List<CompiledGlossary.FoundSpan>? protectedSpans)
    {
        private int a, b;

        public bool Covers(int at)
        {
            if (reported is null || protectedSpans is null)
                return false;
            while (a < reported.Count && reported[a].End <= at)
                a++;
            while (b < protectedSpans.Count && protectedSpans[b].End <= at)
                b++;
            return (a < reported.Count && reported[a].Start <= at) || (b < protectedSpans.Count && protectedSpans[b].Start <= at);
        }
    }

    /// <summary>
    /// The names on the glossary's spans that share a surname with a name off them, read as the scan would have read
    /// them, and merged into <paramref name="found"/> in text order.
    /// </summary>
    private static List<Occurrence> ReadDeferred(string prose, List<Occurrence> found, List<int> deferred, ConcurrentDictionary<string, Spelling>.AlternateLookup<ReadOnlySpan<char>> byText)
    {
        if (found.Count == 0)
            return found;
        var shared = new HashSet<(NameLanguage, string)>();
        foreach (var name in found)
            shared.Add((name.Reading.Language, name.Reading.Surname));

        List<Occurrence>? extra = null;
        Span<(int Start, int End)> words = stackalloc (int, int)[3];
        var end = 0;
        foreach (var at in deferred)
        {
            var count = Words(prose, at, words);
            if (at < end || (MayBeSurname(prose.AsSpan(words[0].Start, words[0].End - words[0].Start), out var surnames) && surnames is not null && !surnames.Any(shared.Contains)))
                continue;
            end = Read(prose, at, words[..count], byText, extra ??= []);
        }

        if (extra is null || extra.Count == 0)
            return found;

        // In text order; a name read on from a glossary span wins over one the scan read inside it.
        var merged = new List<Occurrence>(found.Count + extra.Count);
        var k = 0;
        foreach (var name in found)
        {
            while (k < extra.Count && extra[k].Start < name.Start)
                merged.Add(extra[k++]);
            if (merged.Count == 0 || merged[^1].End <= name.Start)
                merged.Add(name);
        }

        while (k < extra.Count)
            merged.Add(extra[k++]);
        return merged;
    }

    /// <summary>The capitalized words from <paramref name="at"/> (at most three, one space apart) into <paramref name="words"/>; how many.</summary>
    private static int Words(string prose, int at, Span<(int Start, int End)> words)
    {
        var count = 0;
        while (count < 3)
        {
            var end = WordEnd(prose, at);
            words[count++] = (at, end);
            if (end + 1 >= prose.Length || prose[end] != ' ' || !char.IsUpper(prose[end + 1]))
                break;
            at = end + 1;
        }

        return count;
    }

    /// <summary>
    /// Reads the longest name of <paramref name="words"/> (three words, then two) into <paramref name="found"/>; where
    /// the scan goes on: after the name, or after the first word when none is.
    /// </summary>
    private static int Read(string prose, int at, ReadOnlySpan<(int Start, int End)> words, ConcurrentDictionary<string, Spelling>.AlternateLookup<ReadOnlySpan<char>> byText, List<Occurrence> found)
    {
        for (var n = words.Length; n >= 2; n--)
        {
            var text = prose.AsSpan(words[0].Start, words[n - 1].End - words[0].Start);
            if (!byText.TryGetValue(text, out var spelling))
            {
                var texts = new string[n];
                for (var k = 0; k < n; k++)
                    texts[k] = NameText.NormalizeApostrophes(prose[words[k].Start..words[k].End]);
                spelling = new Spelling(text.ToString(), texts);
                Remember(spelling);
            }

            if ((spelling.EnglishShape && AtSentenceStart(prose, at)) || spelling.Best is null)
                continue;
            found.Add(new Occurrence(words[0].Start, words[n - 1].End, spelling));
            return words[n - 1].End;
        }

        return words[0].End;
    }

    /// <summary>
    /// The spellings read so far in this process, by their text: names recur within a document and from one document
    /// to the next, and a spelling's readings depend on the reader's tables alone. Bounded: forgotten all at once when full.
    /// </summary>
    private static readonly ConcurrentDictionary<string, Spelling> Known = new(StringComparer.Ordinal);

    /// <summary>How many spellings <see cref="Known"/> keeps (about 400 bytes each with their best reading).</summary>
    internal const int MostKnown = 20_000;

    private static int knownCount;

    /// <summary>How many spellings are remembered now.</summary>
    internal static int KnownCount => Known.Count;

    private static void Remember(Spelling spelling)
    {
        if (Interlocked.Increment(ref knownCount) > MostKnown)
            ForgetSpellings();
        Known.TryAdd(spelling.Text, spelling);
    }

    /// <summary>Forgets every spelling read (the benchmarks measure a check that meets its names for the first time).</summary>
    internal static void ForgetSpellings()
    {
        Known.Clear();
        Volatile.Write(ref knownCount, 0);
    }

    /// <summary>Every ASCII character but the capitals, which the scan passes over without a look.</summary>
    private static readonly System.Buffers.SearchValues<char> NoAsciiCapital =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetterUpper(c))]);

    /// <summary>
    /// The spellings to change in <paramref name="occurrences"/> (one document, or all documents of a project);
    /// <paramref name="optionsOf"/> gives a document's options by its index, for its house format. An occurrence whose
    /// <paramref name="covered"/> flag is set lies on a span the glossary reports or protects: it counts toward its name's
    /// main spelling but is never changed (the glossary's finding wins there).
    /// </summary>
    /// <remarks>
    /// Most names are written one way, and in a checked document most names written two ways are the glossary's: the
    /// names that can give a finding are those with an occurrence off the glossary's spans, so they are found first
    /// (one look-up per such occurrence), the covered occurrences join them by one look-up each, and only the names
    /// written two ways are grouped and ranked.
    /// </remarks>
    public static List<Decision> Decide(IReadOnlyList<Occurrence> occurrences, IReadOnlyList<GlossaryEntry> entries, Func<int, DocumentOptions>? optionsOf = null, bool[]? covered = null)
    {
        var decisions = new List<Decision>();
        if (occurrences.Count < 2)
            return decisions;

        // The name (best reading) of each occurrence off the glossary's spans, then of each covered one whose name has
        // such an occurrence (-1 for the others), and whether it is written two ways (case aside).
        var byName = new Dictionary<Spelling, int>(SameName.Instance);
        var names = new List<NameGroup>();
        var nameOf = new int[occurrences.Count];
        var mixed = 0;
        for (var pass = 0; pass < (covered is null ? 1 : 2); pass++)
        {
            for (var i = 0; i < occurrences.Count; i++)
            {
                if (covered is not null && covered[i] != (pass == 1))
                    continue;
                var occurrence = occurrences[i];
                if (!byName.TryGetValue(occurrence.Name, out var name))
                {
                    if (pass == 1)
                    {
                        nameOf[i] = -1;
                        continue;
                    }

                    byName[occurrence.Name] = name = names.Count;
                    names.Add(new NameGroup(occurrence.Text));
                }
                else if (!names[name].Mixed && !ReferenceEquals(names[name].FirstText, occurrence.Text) && !string.Equals(names[name].FirstText, occurrence.Text, StringComparison.OrdinalIgnoreCase))
                {
                    names[name].Mixed = true;
                    mixed++;
                }

                nameOf[i] = name;
            }

            if (names.Count == 0)
                return decisions;
        }

        if (mixed == 0)
            return decisions;

        // The occurrences of each name written two ways, in the order given: counted, then placed (one array for all).
        foreach (var name in nameOf)
        {
            if (name >= 0 && names[name].Mixed)
                names[name].Count++;
        }

        var at = 0;
        foreach (var name in names)
        {
            if (name.Mixed)
                (name.From, name.Count, at) = (at, 0, at + name.Count);
        }

        var members = new Occurrence[at];
        for (var i = 0; i < occurrences.Count; i++)
        {
            if (nameOf[i] >= 0 && names[nameOf[i]] is { Mixed: true } name)
                members[name.From + name.Count++] = occurrences[i];
        }

        var readings = EntryReadings.Of(entries);
        var spellings = new List<(Occurrence First, int Count)>(4);
        var sorted = true;
        for (var i = 0; i < occurrences.Count; i++)
        {
            if (nameOf[i] < 0 || (covered is not null && covered[i]) || names[nameOf[i]] is not { Mixed: true } name)
                continue;
            if (name.Main is null)
                Resolve(name, members.AsSpan(name.From, name.Count), readings, optionsOf, spellings);
            var occurrence = occurrences[i];
            if (string.Equals(occurrence.Text, name.Main, StringComparison.OrdinalIgnoreCase))
                continue;
            if (decisions.Count > 0 && Before(occurrence, decisions[^1].Found))
                sorted = false;
            decisions.Add(new Decision(occurrence, name.Main!, name.MainAt, name.Entry));
        }

        // Occurrences come in text order (document by document): sorting is left for callers that pass them otherwise.
        if (!sorted)
            decisions.Sort((a, b) => (a.Found.Document, a.Found.Start).CompareTo((b.Found.Document, b.Found.Start)));
        return decisions;
    }

    private static bool Before(Occurrence a, Occurrence b) => a.Document < b.Document || (a.Document == b.Document && a.Start < b.Start);

    /// <summary>
    /// The main spelling of a name written two ways: the glossary's preferred form when an entry reads so; else the most
    /// frequent, then the house format's, then the most usual spelling (cheapest reading), then the first written.
    /// </summary>
    private static void Resolve(NameGroup name, ReadOnlySpan<Occurrence> members, EntryReadings readings, Func<int, DocumentOptions>? optionsOf, List<(Occurrence First, int Count)> spellings)
    {
        name.Entry = readings.Find(members[0].Reading);
        if (name.Entry is { } entry)
        {
            name.Main = entry.En;
            foreach (var member in members)
            {
                if (string.Equals(member.Text, entry.En, StringComparison.OrdinalIgnoreCase))
                {
                    name.MainAt = member;
                    break;
                }
            }

            return;
        }

        // Each spelling (case aside) by its first occurrence and its count, in the order first written.
        spellings.Clear();
        foreach (var member in members)
        {
            var k = 0;
            while (k < spellings.Count && !string.Equals(spellings[k].First.Text, member.Text, StringComparison.OrdinalIgnoreCase))
                k++;
            if (k == spellings.Count)
                spellings.Add((member, 1));
            else
                spellings[k] = (spellings[k].First, spellings[k].Count + 1);
        }

        bool Follows(Occurrence o) => optionsOf is not null && HouseNames.Follows(o, optionsOf(o.Document), readings);
        var best = spellings[0];
        for (var k = 1; k < spellings.Count; k++)
        {
            // Strictly better only: of equals, the one first written stays (as a stable sort's first would).
            var candidate = spellings[k];
            var better = candidate.Count != best.Count ? candidate.Count > best.Count
                : Follows(candidate.First) != Follows(best.First) ? Follows(candidate.First)
                : candidate.First.Reading.Usual != best.First.Reading.Usual ? candidate.First.Reading.Usual < best.First.Reading.Usual
                : candidate.First.Start < best.First.Start;
            if (better)
                best = candidate;
        }

        name.Main = best.First.Text;
        name.MainAt = best.First;
    }

    /// <summary>One name (best reading) of a document or project: its first spelling, its occurrences when written two ways, its main spelling.</summary>
    private sealed class NameGroup(string firstText)
    {
        public string FirstText => firstText;

        /// <summary>Whether the name is written two or more ways (case aside): only then are its occurrences ranked.</summary>
        public bool Mixed { get; set; }

        /// <summary>Where its occurrences start in the array of all, and how many.</summary>
        public int From { get; set; }

        public int Count { get; set; }

        public string? Main { get; set; }

        public Occurrence? MainAt { get; set; }

        public GlossaryEntry? Entry { get; set; }
    }

    /// <summary>
    /// Whether a word can start a name at all: a surname spelling of either language (a cheap first test), with the
    /// surnames it reads as (language and native form; null when the readers must decide).
    /// </summary>
    /// <remarks>
    /// A word of plain letters is looked up once, in both tables' spellings together, in any case (as each reader
    /// lower-cases it); a word with marks or an apostrophe may be one, and the readers, which fold it each their own
    /// way, decide when the whole spelling is read.
    /// </remarks>
    private static bool MayBeSurname(ReadOnlySpan<char> word, out (NameLanguage, string)[]? surnames)
    {
        surnames = null;
        if (word.Length is < 1 or > 8)
            return false;

        // Lower-cased here in the same pass that looks for marks, so that the table compares ordinally (a case-blind
        // hash of a span, or the culture's lower-casing, costs more than the look-up).
        Span<char> lower = stackalloc char[8];
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (char.IsAsciiLetter(c) || c == '-')
            {
                lower[k] = (char)(c | 0x20);
                continue;
            }

            // A word with marks or an apostrophe (Chŏng, Ch'en) is rare in English prose: the reader decides, once per
            // spelling (Known remembers a spelling that is no name too), rather than folding it here each time.
            return true;
        }

        return AnySurname.Value.TryGetValue(lower[..word.Length], out surnames);
    }

    /// <summary>The surname spellings of both readers, lower case, with the surnames each reads as.</summary>
    private static readonly Lazy<FrozenDictionary<string, (NameLanguage, string)[]>.AlternateLookup<ReadOnlySpan<char>>> AnySurname = new(() =>
        KoreanNameReader.Instance.SurnameSpellings.Concat(ChineseNameReader.Instance.SurnameSpellings)
            .Select(s => s.ToLowerInvariant()).Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(s => s, s => NameReadings.Surnames(s).Distinct().ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>Whether <paramref name="at"/> starts a sentence, where an English word is capitalized too ("In Seoul, …").</summary>
    private static bool AtSentenceStart(string prose, int at)
    {
        var k = at - 1;
        while (k >= 0 && (prose[k] is ' ' or '"' or '“' or '(' || char.IsWhiteSpace(prose[k])))
            k--;
        return k < 0 || prose[k] is '.' or '!' or '?' or ':';
    }

    /// <summary>A surname that is a common English word (Park, Moon, In) before a one-word given name without a hyphen.</summary>
    /// <remarks>A surname pinyin or Wade–Giles writes as it is (Xi, Song, Ma) is a name's word before it is English.</remarks>
    private static bool IsEnglishShape(string[] words) =>
        words.Length == 2 && !words[1].Contains('-', StringComparison.Ordinal) && VariantGuards.IsEnglishWord(words[0])
        && !ChineseNameReader.Instance.Surname(words[0]).Any(s => s.Cost == 0);

    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length)
        {
            var c = text[end];
            if (IsWordChar(c))
            {
                end++;
                continue;
            }

            // A hyphen or apostrophe inside a word (Jae-myung, Chin-p'ing), never at its end nor a possessive's.
            var possessive = c is '\'' or '’' && end + 1 < text.Length && text[end + 1] == 's' && (end + 2 == text.Length || !char.IsLetter(text[end + 2]));
            if (c is '-' or '\'' or '’' && !possessive && end + 1 < text.Length && char.IsLetter(text[end + 1]))
            {
                end++;
                continue;
            }

            break;
        }

        return end;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
