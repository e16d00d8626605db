using System.Text;

namespace Glossary.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- export-comparison ENTRIES KB FOLDER</c>: writes the same synthetic glossary twice,
/// as a Glossary YAML file (each entry's generated spellings listed as variants, generation off) and as a prh
/// rule file for textlint-rule-prh (expected + patterns), plus prose.txt; compare-textlint.sh times both tools.
/// </summary>
public static class ExportComparison
{
    public static void Run(int entries, int kilobytes, string folder)
    {
        Directory.CreateDirectory(folder);
        var glossary = new GlossaryBuilder().AddRange(SyntheticGlossary.Entries(entries)).Build();
        var yaml = new StringBuilder("entries:\n");
        var prh = new StringBuilder("version: 1\nrules:\n");
        foreach (var entry in glossary.Entries)
        {
            var spellings = glossary.SpellingsOf(entry.Id).Generated.Select(g => g.Text).Where(t => !t.Contains('\'', StringComparison.Ordinal)).ToList();
            if (spellings.Count == 0)
                continue;
            yaml.Append("  - en: ").Append(entry.En).Append("\n    kind: person\n    generate: false\n    variants:\n");
            prh.Append("  - expected: ").Append(entry.En).Append("\n    patterns:\n");
            foreach (var spelling in spellings)
            {
                yaml.Append("      - \"").Append(spelling).Append("\"\n");
                // prh escapes '-' as "\-", which JavaScript rejects under the u flag it adds: write a regex literal.
                prh.Append("      - \"/").Append(System.Text.RegularExpressions.Regex.Escape(spelling).Replace("\\ ", " ", StringComparison.Ordinal)).Append("/\"\n");
            }
        }

        File.WriteAllText(Path.Combine(folder, "glossary.yaml"), yaml.ToString());
        File.WriteAllText(Path.Combine(folder, "prh.yml"), prh.ToString());
        File.WriteAllText(Path.Combine(folder, "prose.txt"), SyntheticGlossary.Prose(glossary, kilobytes * 1000));
        Console.WriteLine($"{glossary.Entries.Count} entries, {kilobytes} KB of prose in {folder}");
    }
}
