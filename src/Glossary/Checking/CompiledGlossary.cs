using Glossary.Fixing;
using Glossary.Loading;
using Glossary.Matching;
using Glossary.Model;

namespace Glossary.Checking;

/// <summary>
/// A compiled glossary: finds non-preferred spellings in text and fixes them. Immutable and
/// thread-safe; create once (with <see cref="GlossaryBuilder"/>) and reuse for every document.
/// Checking never throws for content and never touches YAML or the romanization engines.
/// </summary>
/// <remarks>
/// Matching semantics, in order: whole words only; case, separators (space/line break, hyphen/dash),
/// apostrophes and diacritics folded; leftmost-longest across all entries, where a span equal to
/// some entry's preferred or allowed form is protected and never reported; a proper noun's preferred
/// form in a different case is reported unless the match is ALL CAPS or all lower case.
/// </remarks>
public sealed class CompiledGlossary
{
    private static readonly Lazy<CompiledGlossary> BundledInstance = new(() =>
        new GlossaryBuilder().AddRange(GlossaryLoader.LoadBundled().EntriesOrThrow()).Build());

    private readonly GlossaryEntry[] entries;
    private readonly Pattern[] patterns;
    private readonly PhraseMatcher matcher;
    private readonly Dictionary<string, GlossaryEntry> byId;

    internal CompiledGlossary(IReadOnlyList<GlossaryEntry> entries, Pattern[] patterns, PhraseMatcher matcher)
    {
        this.entries = entries.ToArray();
        this.patterns = patterns;
        this.matcher = matcher;
        byId = this.entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>The glossary bundled with this library, compiled on first use.</summary>
    public static CompiledGlossary Bundled => BundledInstance.Value;

    /// <summary>The entries, in load order.</summary>
    public IReadOnlyList<GlossaryEntry> Entries => entries;

    /// <summary>The entry with <paramref name="id"/>, if any.</summary>
    public bool TryGetEntry(string id, out GlossaryEntry entry) => byId.TryGetValue(id, out entry!);

    /// <summary>
    /// Finds every non-preferred spelling in <paramref name="text"/>, in text order, non-overlapping.
    /// Example: <c>"Yoon Suk-yeol’s term"</c> → one finding at 1:1, length 14, replacement <c>"Yoon Suk Yeol"</c>.
    /// </summary>
    public IReadOnlyList<Finding> Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var findings = new List<Finding>();
        var hits = new List<MatchHit>();
        LineIndex? lines = null;

        var i = 0;
        while (i < text.Length)
        {
            if (!PhraseMatcher.IsWordStart(text, i))
            {
                i++;
                continue;
            }

            hits.Clear();
            matcher.MatchAt(text, i, hits);
            var next = i + 1;
            for (var h = hits.Count - 1; h >= 0; h--)
            {
                var (verdict, pattern) = Decide(text, i, hits[h]);
                if (verdict == Verdict.None)
                    continue;
                if (verdict != Verdict.Protected)
                    findings.Add(MakeFinding(text, i, hits[h].End, pattern!, lines ??= new LineIndex(text)));
                next = hits[h].End;
                break;
            }

            i = next;
        }

        return findings;
    }

    /// <summary>
    /// Replaces every finding of <see cref="Check"/> in one pass. Possessives and line breaks inside a
    /// match are kept, an ALL-CAPS match gets an ALL-CAPS replacement, and fixing twice changes nothing more:
    /// <c>Fix("Yoon Suk-yeol’s")</c> → <c>"Yoon Suk Yeol’s"</c>.
    /// </summary>
    /// <remarks>
    /// <see cref="FixResult.Applied"/> holds the findings of that pass, positioned in the original text.
    /// Rarely a replacement joins its neighbours into a longer spelling that has a finding of its own
    /// ("Sun Yat Sen UNIVERSITY" → "Sun Yat-sen UNIVERSITY", a case error in "Sun Yat-sen University");
    /// such follow-up findings are fixed too, by further passes (at most <see cref="MaxFixPasses"/>), so
    /// that the returned text always checks clean.
    /// </remarks>
    public FixResult Fix(string text)
    {
        var passes = FixPasses(text);
        return new FixResult(passes[^1].Output, passes[0].Findings);
    }

    /// <summary>Each fix pass: its input, the findings in that input, and its output; the first pass always runs.</summary>
    internal List<(string Input, IReadOnlyList<Finding> Findings, string Output)> FixPasses(string text)
    {
        var passes = new List<(string, IReadOnlyList<Finding>, string)>();
        var input = text;
        do
        {
            var findings = Check(input);
            var output = TextEdits.Apply(input, findings);
            passes.Add((input, findings, output));
            if (findings.Count == 0)
                break;
            input = output;
        }
        while (passes.Count < MaxFixPasses);

        return passes;
    }

    /// <summary>How many passes <see cref="Fix"/> makes at most.</summary>
    public const int MaxFixPasses = 4;

    private enum Verdict
    {
        None,
        VariantFinding,
        CaseFinding,
        Protected,
    }

    private (Verdict, Pattern?) Decide(string text, int start, MatchHit hit)
    {
        var best = Verdict.None;
        Pattern? bestPattern = null;
        var segment = text.AsSpan(start, hit.End - start);
        foreach (var id in matcher.Ids(hit))
        {
            var pattern = patterns[id];
            var verdict = Judge(pattern, segment);
            if (verdict > best)
            {
                best = verdict;
                bestPattern = pattern;
            }
        }

        return (best, bestPattern);
    }

    private Verdict Judge(Pattern pattern, ReadOnlySpan<char> segment)
    {
        if (pattern.Role == SpellingRole.Variant)
            return Verdict.VariantFinding;

        // Preferred and allowed forms are never folded: "Zürich" protects "Zürich", not "Zurich".
        if ((pattern.HasDiacritics || HasNonAscii(segment)) && TextFolding.StrictKey(segment) != pattern.StrictKey)
            return Verdict.None;
        if (pattern.Role == SpellingRole.Allowed || !entries[pattern.Entry].Kind.IsProperNoun())
            return Verdict.Protected;
        if (TextFolding.CaseKey(segment) == pattern.CaseKey || LetterCase.IsAllUpper(segment) || LetterCase.IsAllLower(segment))
            return Verdict.Protected;
        return Verdict.CaseFinding;
    }

    private static bool HasNonAscii(ReadOnlySpan<char> segment)
    {
        foreach (var c in segment)
        {
            if (c > '\x7F')
                return true;
        }

        return false;
    }

    private Finding MakeFinding(string text, int start, int end, Pattern pattern, LineIndex lines)
    {
        var entry = entries[pattern.Entry];
        var found = text[start..end];
        var (line, column) = lines.Locate(start);
        var (endLine, endColumn) = lines.Locate(end - 1);
        return new Finding
        {
            EntryId = entry.Id,
            Found = found,
            Replacement = TextEdits.Replacement(found, entry.En, entry.Kind.IsProperNoun()),
            Spelling = pattern.Spelling,
            Kind = entry.Kind,
            Note = entry.Note,
            Offset = start,
            Length = end - start,
            Line = line,
            Column = column,
            EndLine = endLine,
            EndColumn = endColumn + 1,
        };
    }
}
