using System.Text.RegularExpressions;
using Glossary.Documents;
using Glossary.Model;
using Glossary.Reading;
using Suggestion = (string En, string Language, System.Collections.Generic.IReadOnlyList<string> Natives, Glossary.EntryKind Kind, System.Collections.Generic.IReadOnlyList<(string Text, int Count, string Example)> Spellings);

namespace Glossary.Checking;

/// <summary>
/// Suggested entries for names the glossary does not know (issue #16 point 4, <c>glossary suggest</c>): every run of
/// capitalized words is tried, three words then two, as a name the reader reads whole; a spelling the glossary knows
/// (listed, generated, or read as an entry's native form: <see cref="CompiledGlossary.Lookup"/>) is skipped. Spellings
/// are grouped when one's likeliest reading is among the other's readings of the same language ("Choi Jae-young",
/// "Choi Jae Young"), counted, and returned as data for the CLI to write as entries to review. Feed documents with
/// <see cref="Add"/>, then <see cref="Suggestions"/>; not thread-safe.
/// </summary>
/// <remarks>
/// The kind is guessed by votes, one per occurrence: a person beside a title or a verb of speech (person-cues.txt), a
/// place beside a generic word of place, written after it ("Gangwon Province") or as its last part ("Kangwon-do"), or
/// after a preposition of place ("in Kangwon"); the group is the kind with more votes, a person on a tie, and no kind
/// without a vote.
/// </remarks>
internal sealed partial class NameMiner(CompiledGlossary? glossary, DocumentOptions? options)
{
    /// <summary>How far (in characters, on the same line) a person cue may stand from the name.</summary>
    private const int CueReach = 40;

    private static readonly HashSet<string> PersonCues =
        [.. EmbeddedData.Rows("Glossary.Checking.Data.person-cues.txt").Select(r => r[0].Trim())];

    /// <summary>The place cues of place-cues.txt by where they stand: after the name, as its last part, before it.</summary>
    private static readonly ILookup<string, string> PlaceCues =
        EmbeddedData.Rows("Glossary.Checking.Data.place-cues.txt", 2).ToLookup(r => r[1].Trim(), r => r[0].Trim());

    private static readonly HashSet<string> PlaceWordsAfter = [.. PlaceCues["after"]];
    private static readonly HashSet<string> PlaceSuffixes = [.. PlaceCues["suffix"]];
    private static readonly HashSet<string> PlacePrepositions = [.. PlaceCues["before"]];


    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    private static readonly EntryReadings NoEntries = EntryReadings.Of(Array.Empty<GlossaryEntry>());

    private readonly Dictionary<string, IReadOnlyList<NameCandidate>?> readings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Spelling> spellings = new(StringComparer.Ordinal);
    private readonly EntryReadings? entries = glossary is null ? null : EntryReadings.Of(glossary.Entries);

    private sealed class Spelling(Consistency.Spelling name, IReadOnlyList<NameCandidate> candidates, string example)
    {
        public Consistency.Spelling Name => name;
        public string Text => name.Text;
        public IReadOnlyList<NameCandidate> Candidates => candidates;
        public string Example => example;
        public int Count { get; set; }
        public int PersonVotes { get; set; }
        public int PlaceVotes { get; set; }
    }

    /// <summary>
    /// Mines one document, read as its extension says (Markdown and HTML by their prose: markup, code and skipped
    /// elements are not names); <paramref name="file"/> names it in the examples.
    /// </summary>
    public void Add(string file, string text)
    {
        var document = ParsedDocument.Parse(text, (options ?? DocumentOptions.PlainText) with { Format = DocumentOptions.FormatFromPath(file) });
        var prose = document.Prose;
        var lines = new LineIndex(text);
        foreach (var found in Consistency.Find(prose))
        {
            if (ReadUnknown(found.Text, found.Readings) is not { } candidates)
                continue;
            if (!spellings.TryGetValue(found.Text, out var spelling))
                spellings[found.Text] = spelling = new Spelling(found.Name, candidates, $"{file}:{lines.Locate(document.ToSource(found.Start, found.End).Start).Line}");
            spelling.Count++;
            if (HasPlaceCue(prose, found))
                spelling.PlaceVotes++;
            if (HasPersonCue(prose, found.Start, found.End))
                spelling.PersonVotes++;
        }
    }

    /// <summary>The readings of a name the glossary does not know; null for a known name or not a name.</summary>
    private IReadOnlyList<NameCandidate>? ReadUnknown(string name, IReadOnlyList<NameCandidate> found)
    {
        if (readings.TryGetValue(name, out var known))
            return known;
        var unknown = (glossary is not null && glossary.Lookup(name).Count > 0) || (entries is not null && entries.Find(found[0]) is not null) ? null : found;
        readings[name] = unknown;
        return unknown;
    }

    /// <summary>Whether a person cue stands within <see cref="CueReach"/> of the name, on its line.</summary>
    private static bool HasPersonCue(string prose, int start, int end)
    {
        var lineStart = prose.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var lineEnd = prose.IndexOf('\n', end) is var e and >= 0 ? e : prose.Length;
        var from = Math.Max(lineStart, start - CueReach);
        var to = Math.Min(lineEnd, end + CueReach);
        foreach (Match word in Word().Matches(prose[from..to]))
        {
            var at = from + word.Index;
            if (at >= start && at < end)
                continue;
            if (PersonCues.Contains(word.Value.ToLowerInvariant()))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the name stands as a place: a generic word of place right after it ("Gangwon Province"), a place suffix as
    /// its last part ("Kangwon-do", "Suwon Si"), or a preposition of place right before it ("in Kangwon"; not before a
    /// possessive, "in Kim Min-jun's office").
    /// </summary>
    private static bool HasPlaceCue(string prose, Consistency.Occurrence found)
    {
        var last = found.Text.AsSpan()[(found.Text.AsSpan().LastIndexOfAny(' ', '-') + 1)..];
        if (PlaceSuffixes.Contains(last.ToString().ToLowerInvariant()))
            return true;
        var after = Word().Match(prose, found.End);
        if (after.Success && after.Index == found.End + 1 && prose[found.End] == ' ' && PlaceWordsAfter.Contains(after.Value.ToLowerInvariant()))
            return true;
        var possessive = found.End < prose.Length && prose[found.End] is '\'' or '’';
        var before = found.Start - 2;
        if (possessive || before < 0 || prose[found.Start - 1] != ' ')
            return false;
        var wordStart = before;
        while (wordStart > 0 && char.IsLetter(prose[wordStart - 1]))
            wordStart--;
        return PlacePrepositions.Contains(prose[wordStart..(before + 1)].ToLowerInvariant());
    }

    /// <summary>
    /// The suggestions seen at least <paramref name="minCount"/> times, most frequent first: the English form, the
    /// language (ko, zh), the native readings best first (Hangul; pinyin syllables), the kind guessed, and the spellings
    /// seen (most frequent first) with their counts and one example <c>file:line</c>.
    /// </summary>
    public List<Suggestion> Suggestions(int minCount)
    {
        // Union–find over spellings: one's best reading among the other's readings, same language.
        var list = spellings.Values.OrderBy(s => s.Text, StringComparer.Ordinal).ToList();
        var parent = Enumerable.Range(0, list.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        var byNative = new Dictionary<(NameLanguage, string), List<int>>();
        for (var i = 0; i < list.Count; i++)
        {
            foreach (var c in list[i].Candidates)
            {
                if (!byNative.TryGetValue((c.Language, c.Native), out var holders))
                    byNative[(c.Language, c.Native)] = holders = [];
                holders.Add(i);
            }
        }

        for (var i = 0; i < list.Count; i++)
        {
            var best = list[i].Candidates[0];
            foreach (var j in byNative[(best.Language, best.Native)])
                parent[Root(j)] = Root(i);
        }

        var suggestions = new List<Suggestion>();
        foreach (var group in Enumerable.Range(0, list.Count).GroupBy(Root))
        {
            var members = group.Select(i => list[i]).OrderByDescending(s => s.Count).ThenBy(s => s.Text, StringComparer.Ordinal).ToList();
            if (members.Sum(s => s.Count) < minCount)
                continue;
            var language = members[0].Candidates[0].Language;
            var natives = RankNatives(members, language);
            var en = HouseForm(members[0]) ?? members[0].Text;
            var (person, place) = (members.Sum(m => m.PersonVotes), members.Sum(m => m.PlaceVotes));
            var kind = place > person ? EntryKind.Place : person > 0 ? EntryKind.Person : EntryKind.Other;
            suggestions.Add(new Suggestion(en, language == NameLanguage.Korean ? "ko" : "zh", natives, kind, [.. members.Select(m => (m.Text, m.Count, m.Example))]));
        }

        return [.. suggestions.OrderByDescending(s => s.Spellings.Sum(m => m.Count)).ThenBy(s => s.En, StringComparer.Ordinal)];
    }

    /// <summary>The readings of the group, best first: each spelling votes by its count for its readings, cheaper ranks weigh more.</summary>
    private static List<string> RankNatives(List<Spelling> members, NameLanguage language)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            var rank = 0;
            foreach (var c in member.Candidates.Where(c => c.Language == language))
                scores[c.Native] = scores.GetValueOrDefault(c.Native) + (member.Count / (1.0 + rank++));
        }

        return [.. scores.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)];
    }

    /// <summary>The house format of a spelling, when <c>names:</c> is configured and it differs.</summary>
    private string? HouseForm(Spelling spelling) =>
        options is null ? null : HouseNames.Rewrite(new Consistency.Occurrence(0, spelling.Text.Length, spelling.Name), options, entries ?? NoEntries);
}
