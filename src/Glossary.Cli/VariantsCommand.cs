using System.CommandLine;

namespace Glossary.Cli;

/// <summary><c>glossary variants ID|TEXT [--format text|json]</c>: the spellings an entry flags, listed and generated, each with why.</summary>
internal static class VariantsCommand
{
    public static Command Create(CliConsole console) => CommonOptions.Query(
        console,
        "variants",
        "List the spellings an entry flags: listed variants and generated ones, each with its reason, and generated ones that were dropped.",
        "entry",
        "An entry id, or any of its spellings (preferred, variant, generated) or its native form.",
        (glossary, term, json) => Run(console, glossary, term, json));

    private static int Run(CliConsole console, CompiledGlossary glossary, string term, bool json)
    {
        var entries = glossary.Lookup(term);
        if (entries.Count == 0)
        {
            // Nothing found is an answer, as for lookup: exit 1, not the 2 of a usage error.
            console.Error.WriteLine($"glossary: no entry has the id or spelling '{term}'");
            return Program.ExitFindings;
        }

        var documents = new List<VariantsDocument>();
        foreach (var entry in entries)
        {
            var spellings = glossary.GeneratedSpellings(entry.Id);
            if (json)
            {
                documents.Add(new VariantsDocument(
                    entry.Id,
                    entry.En,
                    entry.Variants,
                    entry.Allow,
                    spellings.Where(g => g.DroppedBecause is null).Select(g => new GeneratedDocument(g.Text, g.System, g.Rule) { NeedsEvidence = g.NeedsEvidence }).ToList(),
                    spellings.Where(g => g.DroppedBecause is not null).Select(d => new DroppedDocument(d.Text, d.DroppedBecause!)).ToList()));
                continue;
            }

            console.Out.WriteLine($"{entry.Id}: {entry.En}");
            foreach (var variant in entry.Variants)
                console.Out.WriteLine($"  {variant}  (listed{(entry.NeedsEvidence.Contains(variant, StringComparer.OrdinalIgnoreCase) ? "; a suggestion unless the document has evidence: marked needs-evidence" : string.Empty)})");
            foreach (var allowed in entry.Allow)
                console.Out.WriteLine($"  {allowed}  (allowed, never flagged)");
            foreach (var generated in spellings.Where(g => g.DroppedBecause is null))
                console.Out.WriteLine($"  {generated.Text}  ({generated.System}: {generated.Rule}{(generated.NeedsEvidence is { } why ? $"; a suggestion unless the document has evidence: {why}" : string.Empty)})");
            foreach (var generated in spellings)
            {
                if (generated.DroppedBecause is { } reason)
                    console.Out.WriteLine($"  - {generated.Text}  (dropped: {reason})");
            }
        }

        if (json)
        {
            console.Out.WriteLine(CliJson.Serialize(documents));
        }

        return Program.ExitClean;
    }
}
