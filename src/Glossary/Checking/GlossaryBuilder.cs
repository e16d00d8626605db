using System.Collections.Frozen;
using Glossary.Checking;
using Glossary.Loading;
using Glossary.Matching;
using Glossary.Variants;

namespace Glossary;

/// <summary>
/// Collects glossary entries; <see cref="Build"/> compiles them into an immutable, thread-safe
/// <see cref="CompiledGlossary"/>. Build once, then check or fix any number of texts.
/// </summary>
/// <example>
/// <code>
/// var glossary = new GlossaryBuilder().AddRange(GlossaryLoader.LoadBundled().EntriesOrThrow()).Build();
/// var findings = glossary.Check("Lee Jae-myong met Xi Jinping.");   // one finding: → Lee Jae-myung
/// </code>
/// </example>
public sealed class GlossaryBuilder
{
    /// <summary>
    /// The romanized syllables that can continue a name across a hyphen ("Li Chiang-lin"): the engines' syllables that
    /// are not English words ("led", "era"). Built once here, saved with the compiled glossary.
    /// </summary>
    private static readonly Lazy<FrozenSet<string>> NameSyllables = new(() =>
        Romanization.RomanizedSyllables.All.Where(s => !VariantGuards.IsEnglishWord(s)).ToFrozenSet(StringComparer.Ordinal));

    private readonly List<GlossaryEntry> entries = [];
    private string? style;
    private bool generate = true;

    /// <summary>Adds one entry.</summary>
    public GlossaryBuilder Add(GlossaryEntry entry)
    {
        entries.Add(entry);
        return this;
    }

    /// <summary>Adds entries in order.</summary>
    public GlossaryBuilder AddRange(IEnumerable<GlossaryEntry> items)
    {
        entries.AddRange(items);
        return this;
    }

    /// <summary>
    /// Applies a house style: every entry with a form for <paramref name="name"/> in its
    /// <see cref="GlossaryEntry.Styles"/> prefers that form, and its default form becomes a variant
    /// (<c>styles: { ap: Kim Jong Un }</c> → "Kim Jong-un" is flagged under <c>ap</c>). Null: the default style.
    /// </summary>
    public GlossaryBuilder UseStyle(string? name)
    {
        style = name;
        return this;
    }

    /// <summary>
    /// Whether to generate spellings from native forms (on by default): romanizations and customary
    /// spellings of Korean and Chinese names, places and terms, Western order, and separator variants of the
    /// preferred form, each guarded against other entries' spellings, English words and bare surnames.
    /// Generating loads the romanization engines; a compiled glossary never needs them again.
    /// </summary>
    public GlossaryBuilder GenerateVariants(bool enabled)
    {
        generate = enabled;
        return this;
    }

    /// <summary>
    /// Compiles the entries. Throws <see cref="GlossaryLoadException"/> when ids repeat or a spelling
    /// is claimed by two entries.
    /// </summary>
    public CompiledGlossary Build()
    {
        var diagnostics = new List<GlossaryDiagnostic>();
        var styled = style is null ? entries : entries.Select(e => Styled(e, style)).ToList();
        var valid = EntryValidator.Validate(styled.Select(EntryDraft.FromEntry).ToList(), diagnostics);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            throw new GlossaryLoadException(diagnostics);

        // Each entry's spellings are generated, guarded and marked by themselves (the guards compare entries through
        // tables built before): in parallel, each result in its entry's slot, so the output never depends on timing.
        var candidates = new List<GeneratedSpelling>[valid.Count];
        ForEachEntry(valid.Count, e => candidates[e] = generate ? VariantGenerator.Generate(valid[e]) : []);
        var guarded = VariantGuards.Apply(valid, candidates);
        var spellings = new EntrySpellings[valid.Count];
        var heads = new System.Collections.Concurrent.ConcurrentDictionary<(string, string), string>();
        var entryPatterns = new (Pattern Pattern, string Key)[valid.Count][];
        ForEachEntry(valid.Count, e =>
        {
            spellings[e] = Namesakes.Mark(valid[e], guarded[e]);
            entryPatterns[e] = PatternsOf(e, valid[e], spellings[e], heads);
        });

        var patterns = new List<Pattern>(entryPatterns.Sum(p => p.Length));
        var matcher = new PhraseMatcherBuilder();
        foreach (var (pattern, key) in entryPatterns.SelectMany(p => p))
        {
            matcher.AddKey(key, patterns.Count);
            patterns.Add(pattern);
        }

        return new CompiledGlossary(valid, patterns.ToArray(), matcher.Build(), spellings) { NameSyllables = NameSyllables.Value };
    }

    /// <summary>The patterns of entry <paramref name="e"/> in id order (preferred, allowed, listed, generated), each with its folded key.</summary>
    private static (Pattern Pattern, string Key)[] PatternsOf(int e, GlossaryEntry entry, EntrySpellings spellings, System.Collections.Concurrent.ConcurrentDictionary<(string, string), string> heads)
    {
        var result = new List<(Pattern, string)>(1 + entry.Allow.Count + entry.Variants.Count + spellings.Generated.Count);
        AddPattern(entry.En, SpellingRole.Preferred);
        foreach (var allowed in entry.Allow)
            AddPattern(allowed, SpellingRole.Allowed);
        var marked = entry.NeedsEvidence.Select(n => TextFolding.FoldKey(n)).ToHashSet(StringComparer.Ordinal);
        foreach (var variant in entry.Variants)
        {
            var needs = marked.Contains(TextFolding.FoldKey(variant));
            AddPattern(variant, SpellingRole.Variant, head: needs ? "listed variant, marked as needing evidence (needs-evidence)" : "listed variant", needsEvidence: needs);
        }

        foreach (var generated in spellings.Generated)
        {
            var why = generated.NeedsEvidence ?? (marked.Count > 0 && marked.Contains(TextFolding.FoldKey(generated.Text)) ? "marked as needing evidence (needs-evidence)" : null);

            // The head repeats across thousands of spellings: one string per system and rule.
            var head = heads.GetOrAdd((generated.System, generated.Rule), k => $"generated: {k.Item1} ({k.Item2})");
            AddPattern(generated.Text, SpellingRole.Variant, generated: true, head, why, needsEvidence: why is not null, countryEvidence: generated.NeedsEvidence is not null && generated.CountryEvidence);
        }

        return [.. result];

        void AddPattern(string spelling, SpellingRole role, bool generated = false, string? head = null, string? namesake = null, bool needsEvidence = false, bool countryEvidence = false)
        {
            var folded = TextFolding.FoldKey(spelling);

            // Only protected forms are compared by key when judging a match; variants need none.
            var strict = role == SpellingRole.Variant && System.Text.Ascii.IsValid(spelling) ? folded : TextFolding.StrictKey(spelling);
            var caseKey = role == SpellingRole.Variant ? string.Empty : TextFolding.CaseKey(spelling);
            result.Add((new Pattern(e, role, spelling, role == SpellingRole.Variant ? string.Empty : strict, caseKey, folded != strict)
            {
                Generated = generated,
                ReasonHead = head,
                Namesake = namesake,
                NeedsEvidence = needsEvidence,
                CountryEvidence = countryEvidence,
            }, folded));
        }
    }

    /// <summary>Runs <paramref name="body"/> for every entry index, in parallel; an exception comes out as itself, not wrapped.</summary>
    private static void ForEachEntry(int count, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }

    private static GlossaryEntry Styled(GlossaryEntry entry, string name)
    {
        if (!entry.Styles.TryGetValue(name, out var preferred) || preferred == entry.En)
            return entry;
        var key = TextFolding.StrictKey(preferred);
        var variants = entry.Variants.Append(entry.En).Where(v => TextFolding.StrictKey(v) != key).Distinct(StringComparer.Ordinal).ToArray();
        return entry with { En = preferred, Variants = variants, Allow = entry.Allow.Where(a => TextFolding.StrictKey(a) != TextFolding.StrictKey(entry.En)).ToArray() };
    }

}

/// <summary>A spelling the matcher looks for, with what it means for its entry.</summary>
/// <param name="Entry">Index of the entry.</param>
/// <param name="Role">Preferred, allowed or variant.</param>
/// <param name="Spelling">The spelling as written in the glossary.</param>
/// <param name="StrictKey">Folded but with diacritics kept: protected forms must match it exactly.</param>
/// <param name="CaseKey">Folded separators only: a proper noun's preferred form must match it for no case finding.</param>
/// <param name="HasDiacritics">Whether folding removed something from the spelling.</param>
internal sealed record Pattern(int Entry, SpellingRole Role, string Spelling, string StrictKey, string CaseKey, bool HasDiacritics)
{
    /// <summary>A variant generated from the native form, not listed in the glossary.</summary>
    public bool Generated { get; init; }

    /// <summary>A variant that is a suggestion unless the document has evidence for the entry.</summary>
    public bool NeedsEvidence { get; init; }

    /// <summary>
    /// With <see cref="NeedsEvidence"/>: a document about the entry's country (another entry of the same native language
    /// matched in it) is evidence too, for a spelling that also names a place or thing elsewhere (Canton, Ohio).
    /// </summary>
    public bool CountryEvidence { get; init; }

    /// <summary>How a variant came to be flagged: "listed variant", "generated: rr (…)"; null for preferred and allowed forms.</summary>
    public string? ReasonHead { get; init; }

    /// <summary>
    /// Why a variant is namesake-prone (<see cref="GeneratedSpelling.NeedsEvidence"/>); in a loaded glossary written with
    /// the spelling and the native form left out (<see cref="CompiledGlossaryFormat.Compact"/>), put back by <see cref="Reason"/>.
    /// </summary>
    public string? Namesake { get; init; }

    /// <summary>Whether <see cref="Namesake"/> is written with its spelling and native form left out.</summary>
    public bool NamesakeCompacted { get; init; }

    /// <summary>The native form a compacted <see cref="Namesake"/> names.</summary>
    public string? NamesakeNative { get; init; }

    /// <summary>
    /// Why a variant is flagged, for <see cref="Finding.Reason"/>: listed, or how it was generated (and why it needs evidence).
    /// Made when a finding first asks for it (there are hundreds of thousands of patterns and a few findings), then kept
    /// for the next document; threads that race make the same string.
    /// </summary>
    public string? Reason => ReasonHead is null ? null
        : Namesake is null ? ReasonHead
        : reason ??= $"{ReasonHead}; namesake-prone: {(NamesakeCompacted ? CompiledGlossaryFormat.Expand(Namesake, Spelling, NamesakeNative) : Namesake)}";

    private string? reason;
}
