using System.CommandLine;

namespace Glossary.Cli;

/// <summary>
/// <c>glossary lookup TERM [--format text|json]</c>: the entries an English spelling (preferred, listed or
/// generated), a native form (Hangul, Simplified or Traditional Hanzi) or an id names, with their romanizations.
/// </summary>
internal static class LookupCommand
{
    public static Command Create(CliConsole console) => CommonOptions.Query(
        console,
        "lookup",
        "Find glossary entries by English spelling, native form or id, and show their romanizations.",
        "term",
        "An English spelling, a native form, or an entry id.",
        (glossary, text, json) =>
        {
            var entries = glossary.Lookup(text);
            if (entries.Count == 0)
            {
                console.Error.WriteLine($"glossary: no entry for '{text}'");
                return Program.ExitFindings;
            }

            if (json)
                WriteJson(console, entries);
            else
                WriteText(console, entries);
            return Program.ExitClean;
        });

    private static void WriteText(CliConsole console, IReadOnlyList<GlossaryEntry> entries)
    {
        foreach (var entry in entries)
        {
            console.Out.WriteLine($"{entry.En}  [{entry.Id}] ({GlossaryLoader.KindName(entry.Kind)})");
            foreach (var (lang, native) in entry.Native)
                console.Out.WriteLine($"  {lang}: {native}");
            foreach (var (system, value) in Romanizations(entry))
                console.Out.WriteLine($"  {system}: {value}");
            if (entry.Variants.Count > 0)
                console.Out.WriteLine($"  variants: {string.Join(", ", entry.Variants)}");
            if (entry.Allow.Count > 0)
                console.Out.WriteLine($"  allowed: {string.Join(", ", entry.Allow)}");
            if (entry.Note is not null)
                console.Out.WriteLine($"  note: {entry.Note}");
            if (entry.Source is not null)
                console.Out.WriteLine($"  source: {entry.Source}");
        }
    }

    private static void WriteJson(CliConsole console, IReadOnlyList<GlossaryEntry> entries)
    {
        var documents = entries.Select(e => new LookupDocument(
            e.Id,
            e.En,
            GlossaryLoader.KindName(e.Kind),
            e.Native,
            Romanizations(e).ToDictionary(r => r.System, r => r.Text),
            e.Variants,
            e.Allow,
            e.Note,
            e.Source)).ToList();
        console.Out.WriteLine(CliJson.Serialize(documents));
    }

    private static IReadOnlyList<(string System, string Text)> Romanizations(GlossaryEntry entry) => Romanizer.RomanizationsOf(entry);
}
