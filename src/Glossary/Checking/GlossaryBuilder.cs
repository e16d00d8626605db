using System.Collections.Frozen;
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

        var candidates = valid.Select(e => generate ? VariantGenerator.Generate(e) : []).ToList();
        var spellings = VariantGuards.Apply(valid, candidates).Select((s, e) => Namesakes.Mark(valid[e], s)).ToList();

        var patterns = new List<Pattern>();
        var matcher = new PhraseMatcherBuilder();
        for (var e = 0; e < valid.Count; e++)
        {
            var entry = valid[e];
            AddPattern(entry.En, SpellingRole.Preferred);
            foreach (var allowed in entry.Allow)
                AddPattern(allowed, SpellingRole.Allowed);
            var marked = entry.NeedsEvidence.Select(n => TextFolding.FoldKey(n)).ToHashSet(StringComparer.Ordinal);
            foreach (var variant in entry.Variants)
            {
                var needs = marked.Contains(TextFolding.FoldKey(variant));
                AddPattern(variant, SpellingRole.Variant, reason: needs ? "listed variant, marked as needing evidence (needs-evidence)" : "listed variant", needsEvidence: needs);
            }

            foreach (var generated in spellings[e].Generated)
            {
                var why = generated.NeedsEvidence ?? (marked.Contains(TextFolding.FoldKey(generated.Text)) ? "marked as needing evidence (needs-evidence)" : null);
                var reason = $"generated: {generated.System} ({generated.Rule})" + (why is null ? string.Empty : $"; namesake-prone: {why}");
                AddPattern(generated.Text, SpellingRole.Variant, generated: true, reason, needsEvidence: why is not null, countryEvidence: generated.NeedsEvidence is not null && generated.CountryEvidence);
            }

            void AddPattern(string spelling, SpellingRole role, bool generated = false, string? reason = null, bool needsEvidence = false, bool countryEvidence = false)
            {
                var folded = TextFolding.FoldKey(spelling);
                matcher.AddKey(folded, patterns.Count);

                // Only protected forms are compared by key when judging a match; variants need none.
                var strict = role == SpellingRole.Variant && System.Text.Ascii.IsValid(spelling) ? folded : TextFolding.StrictKey(spelling);
                var caseKey = role == SpellingRole.Variant ? string.Empty : TextFolding.CaseKey(spelling);
                patterns.Add(new Pattern(e, role, spelling, role == SpellingRole.Variant ? string.Empty : strict, caseKey, folded != strict) { Generated = generated, Reason = reason, NeedsEvidence = needsEvidence, CountryEvidence = countryEvidence });
            }
        }

        return new CompiledGlossary(valid, patterns.ToArray(), matcher.Build(), spellings) { NameSyllables = NameSyllables.Value };
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

    /// <summary>Why a variant is flagged, for <see cref="Finding.Reason"/>: listed, or how it was generated (and why it needs evidence).</summary>
    public string? Reason { get; init; }
}
