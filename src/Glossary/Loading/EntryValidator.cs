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
    public static IReadOnlyList<GlossaryEntry> Validate(IReadOnlyList<EntryDraft> drafts, List<GlossaryDiagnostic> diagnostics)
    {
        var ids = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var claims = new Dictionary<string, (string EntryId, SpellingRole Role, SourcePosition Position)>(StringComparer.Ordinal);
        var result = new List<GlossaryEntry>(drafts.Count);

        foreach (var draft in drafts)
        {
            var entry = draft.Entry;
            if (!ids.TryAdd(entry.Id, draft.IdPosition))
            {
                Add(diagnostics, GlossaryMessages.DuplicateIdId, DiagnosticSeverity.Error, draft.IdPosition,
                    GlossaryMessages.Format(GlossaryMessages.DuplicateIdMessage, entry.Id, ids[entry.Id]));
                continue;
            }

            var preferredStrict = TextFolding.StrictKey(entry.En);
            var dropped = new HashSet<string>(StringComparer.Ordinal);
            foreach (var site in draft.Sites)
            {
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

            result.Add(dropped.Count == 0 ? entry : entry with { Variants = entry.Variants.Where(v => !dropped.Contains(v)).ToArray() });
        }

        return result;
    }

    // Matches are tried only at word starts, so a spelling that starts otherwise could never be found.
    private static bool StartsWithWordChar(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && TextFolding.IsWordChar(trimmed[0]);
    }

    private static string RoleName(SpellingRole role) => role switch
    {
        SpellingRole.Preferred => "its preferred form",
        SpellingRole.Allowed => "an allowed form",
        _ => "a variant",
    };

    private static void Add(List<GlossaryDiagnostic> diagnostics, string id, DiagnosticSeverity severity, SourcePosition position, string message) =>
        diagnostics.Add(new GlossaryDiagnostic(id, severity, message, position));
}
