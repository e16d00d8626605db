using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Glossary.Documents;
using Glossary.Model;
using Glossary.Reading;

namespace Glossary.Checking;

/// <summary>
/// Suggested entries for names the glossary does not know (issue #16 point 4, <c>glossary suggest</c>): every run of
/// capitalized words is tried, three words then two, as a name the reader reads whole; a spelling the glossary knows
/// (listed, generated, or read as an entry's native form: <see cref="CompiledGlossary.Lookup"/>) is skipped. Spellings
/// are grouped when one's likeliest reading is among the other's readings of the same language ("Choi Jae-young",
/// "Choi Jae Young"), counted, and written as YAML (or JSON) entries to review. Feed documents with
/// <see cref="Add"/>, then <see cref="Write"/>; not thread-safe.
/// </summary>
internal sealed partial class NameMiner(CompiledGlossary? glossary, DocumentOptions? options)
{
    /// <summary>How far (in characters, on the same line) a person cue may stand from the name.</summary>
    private const int CueReach = 40;

    /// <summary>The other native readings listed in a comment.</summary>
    private const int OtherCandidates = 3;

    private static readonly HashSet<string> PersonCues =
        [.. EmbeddedData.Rows("Glossary.Checking.Data.person-cues.txt").Select(r => r[0].Trim())];


    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    private static readonly EntryReadings NoEntries = EntryReadings.Of(Array.Empty<GlossaryEntry>());

    private readonly Dictionary<string, IReadOnlyList<NameCandidate>?> readings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Spelling> spellings = new(StringComparer.Ordinal);
    private readonly EntryReadings? entries = glossary is null ? null : EntryReadings.Of(glossary.Entries);

    private sealed class Spelling(string text, IReadOnlyList<NameCandidate> candidates, string example)
    {
        public string Text => text;
        public IReadOnlyList<NameCandidate> Candidates => candidates;
        public string Example => example;
        public int Count { get; set; }
        public bool PersonCue { get; set; }
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
                spellings[found.Text] = spelling = new Spelling(found.Text, candidates, $"{file}:{lines.Locate(document.ToSource(found.Start, found.End).Start).Line}");
            spelling.Count++;
            spelling.PersonCue |= HasPersonCue(prose, found.Start, found.End);
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

    /// <summary>One suggested entry: its spellings (most frequent first) and native readings (best first).</summary>
    private sealed record Suggestion(string En, NameLanguage Language, List<Spelling> Spellings, List<string> Natives, bool Person)
    {
        public int Count => Spellings.Sum(s => s.Count);
    }

    /// <summary>The suggestions seen at least <paramref name="minCount"/> times, most frequent first.</summary>
    private List<Suggestion> Suggestions(int minCount)
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
            var en = HouseForm(members[0].Text) ?? members[0].Text;
            suggestions.Add(new Suggestion(en, language, members, natives, members.Any(m => m.PersonCue)));
        }

        return [.. suggestions.OrderByDescending(s => s.Count).ThenBy(s => s.En, StringComparer.Ordinal)];
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
    private string? HouseForm(string spelling)
    {
        if (options is null)
            return null;
        var found = HouseNames.Find(spelling, options, entries ?? NoEntries, (_, _) => false);
        return found.Count == 1 && found[0].Start == 0 && found[0].End == spelling.Length ? found[0].Replacement : null;
    }

    /// <summary>The suggestions as YAML entries (a list under <c>entries:</c>) or a JSON array.</summary>
    public string Write(int minCount, bool json)
    {
        var suggestions = Suggestions(minCount);
        return json ? WriteJson(suggestions) : WriteYaml(suggestions);
    }

    private static string WriteYaml(List<Suggestion> suggestions)
    {
        var yaml = new StringBuilder();
        yaml.Append("# Suggested by `glossary suggest`: names the glossary does not know. Review each before adding it.\n");
        yaml.Append("entries:\n");
        foreach (var s in suggestions)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - en: {s.En}\n");
            if (s.Language == NameLanguage.Korean)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"    ko: {s.Natives[0]}\n");
                if (s.Natives.Count > 1)
                    yaml.Append(CultureInfo.InvariantCulture, $"    # other Hangul readings: {string.Join(", ", s.Natives.Skip(1).Take(OtherCandidates))}\n");
            }
            else
            {
                yaml.Append(CultureInfo.InvariantCulture, $"    # zh: Hanzi unknown (not recoverable from letters); pinyin: {s.Natives[0]}\n");
                if (s.Natives.Count > 1)
                    yaml.Append(CultureInfo.InvariantCulture, $"    # other pinyin readings: {string.Join(", ", s.Natives.Skip(1).Take(OtherCandidates))}\n");
            }

            if (s.Person)
                yaml.Append("    kind: person\n");
            var variants = s.Spellings.Select(m => m.Text).Where(t => t != s.En).ToList();
            if (variants.Count > 0)
            {
                yaml.Append("    variants:\n");
                foreach (var v in variants)
                    yaml.Append(CultureInfo.InvariantCulture, $"      - {v}\n");
            }

            var counts = string.Join(", ", s.Spellings.Select(m => $"{m.Text} {m.Count}"));
            yaml.Append(CultureInfo.InvariantCulture, $"    # seen {s.Count} times ({counts}); e.g. {s.Spellings[0].Example}\n");
        }

        return yaml.ToString();
    }

    private static string WriteJson(List<Suggestion> suggestions)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var s in suggestions)
            {
                json.WriteStartObject();
                json.WriteString("en", s.En);
                json.WriteString("language", s.Language == NameLanguage.Korean ? "ko" : "zh");
                json.WriteString("native", s.Natives[0]);
                json.WriteStartArray("otherNatives");
                foreach (var n in s.Natives.Skip(1).Take(OtherCandidates))
                    json.WriteStringValue(n);
                json.WriteEndArray();
                if (s.Person)
                    json.WriteString("kind", "person");
                json.WriteNumber("count", s.Count);
                json.WriteStartArray("spellings");
                foreach (var m in s.Spellings)
                {
                    json.WriteStartObject();
                    json.WriteString("text", m.Text);
                    json.WriteNumber("count", m.Count);
                    json.WriteString("example", m.Example);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
