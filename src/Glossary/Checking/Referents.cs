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
    private readonly Dictionary<int, List<CompiledGlossary.FoundSpan>> protectedByEntry = [];
    private readonly Dictionary<int, CompiledGlossary.FoundSpan> plainFindingByEntry = [];
    private readonly Dictionary<int, string?> evidence = [];
    private readonly IReadOnlyList<CompiledGlossary.FoundSpan> findings;
    private readonly IReadOnlyList<CompiledGlossary.FoundSpan> protectedSpans;
    private List<CompiledGlossary.FoundSpan>? matched;

    public Referents(IReadOnlyList<GlossaryEntry> entries, ParsedDocument document, IReadOnlyList<CompiledGlossary.FoundSpan> findings, IReadOnlyList<CompiledGlossary.FoundSpan> protectedSpans, LineIndex lines)
    {
        this.entries = entries;
        this.document = document;
        this.lines = lines;
        foreach (var span in protectedSpans)
        {
            if (!protectedByEntry.TryGetValue(span.Pattern.Entry, out var list))
                protectedByEntry[span.Pattern.Entry] = list = [];
            list.Add(span);
        }

        foreach (var span in findings)
        {
            if (!span.Pattern.NeedsEvidence && span.Pattern.Role == SpellingRole.Variant)
                plainFindingByEntry.TryAdd(span.Pattern.Entry, span);
        }

        this.findings = findings;
        this.protectedSpans = protectedSpans;
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
        if (!protectedByEntry.TryGetValue(span.Pattern.Entry, out var spans))
            return false;
        var text = document.Prose;
        foreach (var other in spans)
        {
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
        if (!evidence.TryGetValue(entry, out var described))
            evidence[entry] = described = Find(entry);
        found = described is not null;
        return described ?? $"no evidence in the document: neither '{entries[entry].En}' nor a listed variant or context term of the entry";
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
        if (protectedByEntry.TryGetValue(entry, out var spans))
            return $"the document also has '{Text(spans[0])}' at {At(spans[0].Start, spans[0].End)}";
        if (plainFindingByEntry.TryGetValue(entry, out var plain))
            return $"the document also has '{Text(plain)}', a spelling of the entry that needs no evidence, at {At(plain.Start, plain.End)}";
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
