using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Glossary.Checking;

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
            throw new CliUsageException($"variants: no entry has the id or spelling '{term}'");

        var documents = new List<object>();
        foreach (var entry in entries)
        {
            var spellings = glossary.SpellingsOf(entry.Id);
            if (json)
            {
                documents.Add(new
                {
                    id = entry.Id,
                    en = entry.En,
                    listed = entry.Variants,
                    allowed = entry.Allow,
                    generated = spellings.Generated.Select(g => new { text = g.Text, system = g.System, rule = g.Rule }),
                    dropped = spellings.Dropped.Select(d => new { text = d.Text, reason = d.Reason }),
                });
                continue;
            }

            console.Out.WriteLine($"{entry.Id}: {entry.En}");
            foreach (var variant in entry.Variants)
                console.Out.WriteLine($"  {variant}  (listed)");
            foreach (var allowed in entry.Allow)
                console.Out.WriteLine($"  {allowed}  (allowed, never flagged)");
            foreach (var generated in spellings.Generated)
                console.Out.WriteLine($"  {generated.Text}  ({generated.System}: {generated.Rule})");
            foreach (var dropped in spellings.Dropped)
                console.Out.WriteLine($"  - {dropped.Text}  (dropped: {dropped.Reason})");
        }

        if (json)
        {
            var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            console.Out.WriteLine(JsonSerializer.Serialize(documents, options).ReplaceLineEndings("\n"));
        }

        return Program.ExitClean;
    }
}
