using Glossary.Matching;
using Glossary.Model;

namespace Glossary.Loading;

/// <summary>How a spelling belongs to an entry.</summary>
internal enum SpellingRole
{
    Preferred,
    Allowed,
    Variant,
}

/// <summary>A spelling of an entry and where it is written.</summary>
internal sealed record SpellingSite(string Text, SpellingRole Role, SourcePosition Position);

/// <summary>An entry with the positions of its id and of each spelling, as the loader read it.</summary>
internal sealed record EntryDraft(GlossaryEntry Entry, SourcePosition IdPosition, IReadOnlyList<SpellingSite> Sites)
{
    /// <summary>Whether this entry changes an earlier one with the same id instead of defining one.</summary>
    public bool IsOverride { get; init; }

    /// <summary>Whether the entry is switched off (in an override: removes the earlier entry).</summary>
    public bool Disabled { get; init; }

    /// <summary>Where each form under <c>styles:</c> is written, by style name (the entry's position for one not listed).</summary>
    public IReadOnlyDictionary<string, SourcePosition> StylePositions { get; init; } = new Dictionary<string, SourcePosition>();

    /// <summary>The keys written in the YAML, so an override changes only those.</summary>
    public IReadOnlySet<string> GivenKeys { get; init; } = new HashSet<string>();

    public static EntryDraft FromEntry(GlossaryEntry entry)
    {
        var at = entry.Position ?? new SourcePosition("<api>", 0, 0, 0);
        var sites = new List<SpellingSite> { new(entry.En, SpellingRole.Preferred, at) };
        sites.AddRange(entry.Allow.Select(a => new SpellingSite(a, SpellingRole.Allowed, at)));
        sites.AddRange(entry.Variants.Select(v => new SpellingSite(v, SpellingRole.Variant, at)));
        return new EntryDraft(entry, at, sites);
    }
}

/// <summary>
/// The checks that span entries: unique ids, and no spelling claimed by two entries (compared as the
/// matcher compares them: case, separators and diacritics folded). Also drops a variant that is the
/// preferred form itself. Shared by the loader (exact positions) and the builder (entry positions).
/// </summary>
internal static class EntryValidator
{
    public static IReadOnlyList<GlossaryEntry> Validate(IReadOnlyList<EntryDraft> drafts, List<GlossaryDiagnostic> diagnostics) =>
        Validate(drafts, diagnostics, []);

    /// <summary>Merges overrides into the entries they name, then checks ids and spellings; lists every override made.</summary>
    public static IReadOnlyList<GlossaryEntry> Validate(IReadOnlyList<EntryDraft> drafts, List<GlossaryDiagnostic> diagnostics, List<GlossaryOverride> overrides)
    {
        drafts = MergeOverrides(drafts, diagnostics, overrides);
        var ids = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var claims = new Dictionary<string, (string EntryId, SpellingRole Role, SourcePosition Position)>(StringComparer.Ordinal);
        var result = new List<GlossaryEntry>(drafts.Count);

        foreach (var draft in drafts)
        {
            var entry = draft.Entry;
            if (draft.Disabled)
                continue;
            if (!ids.TryAdd(entry.Id, draft.IdPosition))
            {
                Add(diagnostics, GlossaryMessages.DuplicateIdId, DiagnosticSeverity.Error, draft.IdPosition,
                    GlossaryMessages.Format(GlossaryMessages.DuplicateIdMessage, entry.Id, ids[entry.Id]));
                continue;
            }

            var preferredStrict = TextFolding.StrictKey(entry.En);
            var dropped = new HashSet<string>(StringComparer.Ordinal);
            var invisible = false;
            foreach (var (style, form) in entry.Styles)
                invisible |= ReportInvisible(diagnostics, "styles." + style, form, draft.StylePositions.GetValueOrDefault(style, draft.IdPosition));

            foreach (var site in draft.Sites)
            {
                if (ReportInvisible(diagnostics, FieldName(site.Role), site.Text, site.Position))
                {
                    invisible = true;
                    continue;
                }

                if (!StartsWithWordChar(site.Text))
                {
                    Add(diagnostics, GlossaryMessages.BadSpellingStartId, DiagnosticSeverity.Error, site.Position,
                        GlossaryMessages.Format(GlossaryMessages.BadSpellingStart, site.Text));
                    continue;
                }

                if (site.Role == SpellingRole.Variant && TextFolding.StrictKey(site.Text) == preferredStrict)
                {
                    Add(diagnostics, GlossaryMessages.VariantIsPreferredId, DiagnosticSeverity.Warning, site.Position,
                        GlossaryMessages.Format(GlossaryMessages.VariantIsPreferred, site.Text));
                    dropped.Add(site.Text);
                    continue;
                }

                var key = TextFolding.FoldKey(site.Text);
                if (claims.TryGetValue(key, out var first))
                {
                    if (first.EntryId != entry.Id)
                    {
                        Add(diagnostics, GlossaryMessages.SpellingClaimedId, DiagnosticSeverity.Error, site.Position,
                            GlossaryMessages.Format(GlossaryMessages.SpellingClaimed, site.Text, first.EntryId, RoleName(first.Role), entry.Id, RoleName(site.Role), first.Position));
                    }

                    continue;
                }

                claims[key] = (entry.Id, site.Role, site.Position);
            }

            // The entry is left out, so the load has an error and nothing is checked or fixed with it.
            if (invisible)
                continue;
            result.Add(dropped.Count == 0 ? entry : entry with { Variants = entry.Variants.Where(v => !dropped.Contains(v)).ToArray() });
        }

        return result;
    }

    // Matches are tried only at word starts, so a spelling that starts otherwise could never be found.
    private static List<EntryDraft> MergeOverrides(IReadOnlyList<EntryDraft> drafts, List<GlossaryDiagnostic> diagnostics, List<GlossaryOverride> overrides)
    {
        var result = new List<EntryDraft>(drafts.Count);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            if (!draft.IsOverride)
            {
                index.TryAdd(draft.Entry.Id, result.Count);
                result.Add(draft);
                continue;
            }

            if (!index.TryGetValue(draft.Entry.Id, out var at))
            {
                Add(diagnostics, GlossaryMessages.OverrideUnknownId, DiagnosticSeverity.Error, draft.IdPosition,
                    GlossaryMessages.Format(GlossaryMessages.OverrideUnknown, draft.Entry.Id));
                continue;
            }

            var old = result[at];
            overrides.Add(new GlossaryOverride(draft.Entry.Id, draft.IdPosition, old.IdPosition));
            result[at] = Merge(old, draft);
        }

        return result;
    }

    // An override changes the keys it writes; variants, allowed forms, native forms, styles and tests
    // add up. A changed preferred form leaves the old one behind as a variant unless it is allowed.
    private static EntryDraft Merge(EntryDraft old, EntryDraft over)
    {
        var e = old.Entry;
        var o = over.Entry;
        var given = over.GivenKeys;
        var en = given.Contains("en") ? o.En : e.En;
        var enKey = TextFolding.StrictKey(en);
        var sites = old.Sites.Where(s => s.Role != SpellingRole.Preferred || s.Text == en).ToList();
        var variants = e.Variants.Concat(o.Variants).ToList();
        if (en != e.En && !o.Allow.Contains(e.En) && TextFolding.StrictKey(e.En) != enKey)
        {
            variants.Add(e.En);
            var oldPreferred = old.Sites.FirstOrDefault(s => s.Role == SpellingRole.Preferred);
            sites.Add(new SpellingSite(e.En, SpellingRole.Variant, oldPreferred?.Position ?? old.IdPosition));
        }

        sites.AddRange(over.Sites);
        sites.RemoveAll(s => s.Role == SpellingRole.Variant && TextFolding.StrictKey(s.Text) == enKey);
        var native = new Dictionary<string, string>(e.Native, StringComparer.Ordinal);
        foreach (var (key, value) in o.Native)
            native[key] = value;
        var styles = new Dictionary<string, string>(e.Styles, StringComparer.Ordinal);
        foreach (var (key, value) in o.Styles)
            styles[key] = value;
        var stylePositions = new Dictionary<string, SourcePosition>(old.StylePositions);
        foreach (var (key, value) in over.StylePositions)
            stylePositions[key] = value;

        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var site in sites)
            positions.TryAdd(site.Text, site.Position);
        var merged = e with
        {
            SpellingPositions = positions,
            En = en,
            Kind = given.Contains("kind") ? o.Kind : e.Kind,
            Native = native,
            Variants = variants.Where(v => TextFolding.StrictKey(v) != enKey).Distinct(StringComparer.Ordinal).ToArray(),
            Allow = e.Allow.Concat(o.Allow).Distinct(StringComparer.Ordinal).ToArray(),
            Note = given.Contains("note") ? o.Note : e.Note,
            Source = given.Contains("source") ? o.Source : e.Source,
            Checked = given.Contains("checked") ? o.Checked : e.Checked,
            Styles = styles,
            Generate = given.Contains("generate") ? o.Generate : e.Generate,
            Irregular = given.Contains("irregular") ? o.Irregular : e.Irregular,
            // Tests written for the old preferred form would fail once it changes: they go with it.
            Tests = en != e.En ? [.. o.Tests] : [.. e.Tests, .. o.Tests],
        };
        return old with { Entry = merged, Sites = sites, StylePositions = stylePositions, Disabled = given.Contains("disabled") ? over.Disabled : old.Disabled };
    }

    private static bool StartsWithWordChar(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && TextFolding.IsWordChar(trimmed[0]);
    }

    // Checked before anything else about a spelling: an invisible character would otherwise be matched, or
    // written into articles by fix, unseen (issue #11 point 18).
    private static bool ReportInvisible(List<GlossaryDiagnostic> diagnostics, string field, string text, SourcePosition position)
    {
        if (InvisibleCharacters.Find(text) is not { } found)
            return false;
        Add(diagnostics, GlossaryMessages.InvisibleCharacterId, DiagnosticSeverity.Error, position,
            GlossaryMessages.Format(GlossaryMessages.InvisibleCharacter, field, InvisibleCharacters.Escape(text), found.Description, found.Index));
        return true;
    }

    private static string FieldName(SpellingRole role) => role switch
    {
        SpellingRole.Preferred => "en",
        SpellingRole.Allowed => "allow",
        _ => "variants",
    };

    private static string RoleName(SpellingRole role) => role switch
    {
        SpellingRole.Preferred => "its preferred form",
        SpellingRole.Allowed => "an allowed form",
        _ => "a variant",
    };

    private static void Add(List<GlossaryDiagnostic> diagnostics, string id, DiagnosticSeverity severity, SourcePosition position, string message) =>
        diagnostics.Add(new GlossaryDiagnostic(id, severity, message, position));
}
