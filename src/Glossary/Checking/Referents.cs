using System.Collections.Frozen;
using System.Text;
using Glossary.Documents;
using Glossary.Loading;
using Glossary.Model;

namespace Glossary.Checking;

/// <summary>
/// What one document says about the entries its findings name (issue #13 points 1, 4, 5): whether a spelling is
/// only mentioned as a name next to the preferred form ("Busan, then spelled Pusan"), and whether the document has
/// evidence that a namesake-prone spelling names the entry — the entry's preferred or allowed form, a spelling of
/// it that needs no evidence (a listed variant), or one of its <c>context:</c> terms — with where it is.
/// </summary>
internal sealed class Referents
{
    /// <summary>The most characters between a spelling and the preferred form for a naming cue ("formerly known as").</summary>
    private const int MaxCueGap = 40;

    private static readonly Lazy<FrozenSet<string>> Cues = new(() =>
        EmbeddedData.Rows("Glossary.Checking.Data.naming-cues.txt").Select(r => r[0].Trim()).ToFrozenSet(StringComparer.Ordinal));

    private readonly IReadOnlyList<GlossaryEntry> entries;
    private readonly ParsedDocument document;
    private readonly LineIndex lines;
    private readonly NoEvidenceMessages noEvidence;

    /// <summary>
    /// The protected spans, then the findings that need no evidence, each as (entry &lt;&lt; 32 | index), sorted: an entry's
    /// spans in text order are one run, found by halving. A sorted array of numbers, not a dictionary of lists, because a
    /// check makes this for thousands of findings and most entries have one (issue #12/#14: allocation per check).
    /// </summary>
    private readonly long[] protectedByEntry;
    private readonly long[] plainFindingByEntry;
    private Dictionary<int, string?>? evidence;
    private readonly IReadOnlyList<CompiledGlossary.FoundSpan> findings;
    private readonly IReadOnlyList<CompiledGlossary.FoundSpan> protectedSpans;
    private List<CompiledGlossary.FoundSpan>? matched;

    public Referents(IReadOnlyList<GlossaryEntry> entries, ParsedDocument document, IReadOnlyList<CompiledGlossary.FoundSpan> findings, IReadOnlyList<CompiledGlossary.FoundSpan> protectedSpans, LineIndex lines, NoEvidenceMessages noEvidence)
    {
        this.entries = entries;
        this.document = document;
        this.lines = lines;
        this.noEvidence = noEvidence;
        protectedByEntry = ByEntry(protectedSpans, _ => true);
        plainFindingByEntry = ByEntry(findings, span => !span.Pattern.NeedsEvidence && span.Pattern.Role == SpellingRole.Variant);
        this.findings = findings;
        this.protectedSpans = protectedSpans;
    }

    private static long[] ByEntry(IReadOnlyList<CompiledGlossary.FoundSpan> spans, Func<CompiledGlossary.FoundSpan, bool> keep)
    {
        var count = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            if (keep(spans[i]))
                count++;
        }

        if (count == 0)
            return [];
        var keys = new long[count];
        count = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            if (keep(spans[i]))
                keys[count++] = ((long)spans[i].Pattern.Entry << 32) | (uint)i;
        }

        Array.Sort(keys);
        return keys;
    }

    /// <summary>Where the run of <paramref name="entry"/> starts in <paramref name="keys"/> (see <see cref="ByEntry"/>) and how long it is.</summary>
    private static (int Start, int Count) RunOf(long[] keys, int entry)
    {
        var at = Array.BinarySearch(keys, (long)entry << 32);
        var start = at >= 0 ? at : ~at;
        var end = start;
        while (end < keys.Length && (int)(keys[end] >>> 32) == entry)
            end++;
        return (start, end - start);
    }

    /// <summary>Why a pattern's spelling is flagged, for <see cref="Finding.Reason"/>.</summary>
    public static string ReasonOf(Pattern pattern) => pattern.Reason ?? (pattern.Role == SpellingRole.Variant
        ? "listed variant"
        : "the preferred form written in another case or with other diacritics");

    /// <summary>
    /// Whether <paramref name="span"/> is a spelling mentioned as a name: right after the entry's preferred (or allowed)
    /// form with a naming cue or a parenthesis between ("Guangzhou (formerly Canton)", "Busan (Pusan)"), or right
    /// before it with a cue ("Pusan, now Busan"). Regression: issue #13 point 4.
    /// </summary>
    public bool IsMention(CompiledGlossary.FoundSpan span)
    {
        var (first, count) = RunOf(protectedByEntry, span.Pattern.Entry);
        var text = document.Prose;
        for (var k = first; k < first + count; k++)
        {
            var other = protectedSpans[(int)protectedByEntry[k]];
            if (other.End <= span.Start && span.Start - other.End <= MaxCueGap && IsCue(text.AsSpan(other.End, span.Start - other.End), afterPreferred: true))
                return true;
            if (other.Start >= span.End && other.Start - span.End <= MaxCueGap && IsCue(text.AsSpan(span.End, other.Start - span.End), afterPreferred: false))
                return true;
        }

        return false;
    }

    /// <summary>Whether the document has evidence for entry <paramref name="entry"/>.</summary>
    public bool HasEvidence(int entry)
    {
        Describe(entry, out var found);
        return found;
    }

    /// <summary>The evidence for entry <paramref name="entry"/>, or a sentence saying there is none.</summary>
    public string Describe(int entry, out bool found)
    {
        evidence ??= [];
        if (!evidence.TryGetValue(entry, out var described))
            evidence[entry] = described = Find(entry);
        found = described is not null;
        return described ?? noEvidence.None(entry);
    }

    /// <summary>
    /// The evidence for a finding of <paramref name="pattern"/> (which needs some), or a sentence saying there is none:
    /// the entry's own evidence, else for a spelling that a document about the entry's country confirms, that.
    /// </summary>
    public string Evidence(Pattern pattern, out bool found)
    {
        var evidence = Describe(pattern.Entry, out found);
        if (found || !pattern.CountryEvidence)
            return evidence;
        if (DescribeCountry(pattern.Entry) is { } country)
        {
            found = true;
            return country;
        }

        return noEvidence.NoneNorCountry(pattern.Entry);
    }

    /// <summary>
    /// The evidence for entry <paramref name="entry"/> that the document is about its country: another entry of the same
    /// native script matched in it ("Xi Jinping" for "Canton"), or null. Regression: issue #13/#14 point 1.
    /// </summary>
    public string? DescribeCountry(int entry)
    {
        if (ScriptOf(entries[entry]) is not { } script)
            return null;

        // Every match, in text order; a spelling that itself waits for this evidence (Canton beside Formosa, both
        // maybe elsewhere) gives none.
        matched ??= [.. protectedSpans.Concat(findings).Where(s => !(s.Pattern.NeedsEvidence && s.Pattern.CountryEvidence)).OrderBy(s => s.Start)];
        foreach (var span in matched)
        {
            var other = span.Pattern.Entry;
            if (other != entry && ScriptOf(entries[other]) == script)
                return $"the document is about {(script == NativeScript.Hangul ? "Korea" : "China")}: it also has '{Text(span)}' ({entries[other].Id}) at {At(span.Start, span.End)}";
        }

        return null;
    }

    /// <summary>The script of the entry's first romanized native form (Hangul for Korea, Han for China), or null.</summary>
    private static NativeScript? ScriptOf(GlossaryEntry entry)
    {
        foreach (var language in NativeLanguage.All)
        {
            if (language.Romanized && entry.Native.ContainsKey(language.Tag))
                return language.Script;
        }

        return null;
    }

    private string? Find(int entry)
    {
        if (RunOf(protectedByEntry, entry) is (var first, > 0))
        {
            var span = protectedSpans[(int)protectedByEntry[first]];
            return $"the document also has '{Text(span)}' at {At(span.Start, span.End)}";
        }

        if (RunOf(plainFindingByEntry, entry) is (var firstPlain, > 0))
        {
            var plain = findings[(int)plainFindingByEntry[firstPlain]];
            return $"the document also has '{Text(plain)}', a spelling of the entry that needs no evidence, at {At(plain.Start, plain.End)}";
        }

        var prose = document.Prose;
        foreach (var term in entries[entry].Context)
        {
            var at = IndexOfWords(prose, term);
            if (at >= 0)
                return $"the document has the context term '{term}' at {At(at, at + term.Length)}";
        }

        return null;
    }

    private string Text(CompiledGlossary.FoundSpan span) =>
        string.Join(' ', document.Prose[span.Start..span.End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private string At(int start, int end)
    {
        var (sourceStart, _) = document.ToSource(start, end);
        var (line, column) = lines.Locate(sourceStart);
        return $"{line}:{column}";
    }

    /// <summary>The first place <paramref name="term"/> stands in <paramref name="text"/> as whole words, any case; -1 if none.</summary>
    private static int IndexOfWords(string text, string term)
    {
        var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var end = at + term.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                return at;
            at = text.IndexOf(term, at + 1, StringComparison.OrdinalIgnoreCase);
        }

        return -1;
    }

    /// <summary>Whether the text between two spellings is a naming cue once punctuation is left out (a parenthesis alone counts after the preferred form).</summary>
    private static bool IsCue(ReadOnlySpan<char> gap, bool afterPreferred)
    {
        var sb = new StringBuilder(gap.Length);
        foreach (var c in gap)
        {
            var keep = char.IsLetterOrDigit(c) || c == '.' ? char.ToLowerInvariant(c) : ' ';
            if (keep != ' ' || (sb.Length > 0 && sb[^1] != ' '))
                sb.Append(keep);
        }

        var cue = sb.ToString().Trim();
        if (cue.Length == 0)
            return afterPreferred && gap.Contains('(');
        return Cues.Value.Contains(cue.TrimEnd('.') is { Length: > 0 } trimmed && !Cues.Value.Contains(cue) ? trimmed : cue);
    }
}

/// <summary>
/// The sentences a finding carries when a document has no evidence for its entry: they depend on the entry alone, so
/// they are made once per glossary, when first needed, not once per finding (thousands per document). Threads that race
/// make the same string.
/// </summary>
internal sealed class NoEvidenceMessages(IReadOnlyList<GlossaryEntry> entries)
{
    private string?[]? none;
    private string?[]? noneNorCountry;

    /// <summary>No evidence of the entry in the document.</summary>
    public string None(int entry)
    {
        var cache = none ??= new string?[entries.Count];
        return cache[entry] ??= $"no evidence in the document: neither '{entries[entry].En}' nor a listed variant or context term of the entry";
    }

    /// <summary>No evidence of the entry, and no other entry of its country, in the document.</summary>
    public string NoneNorCountry(int entry)
    {
        var cache = noneNorCountry ??= new string?[entries.Count];
        return cache[entry] ??= None(entry) + ", nor another entry of its country";
    }
}
