using System.Text;

namespace Glossary.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- synthetic-yaml ENTRIES FILE [--variants]</c>: the synthetic glossary of the matcher
/// benchmarks as a glossary YAML file (en, kind, native form; generation on), for timing the CLI's own first compile
/// of a big glossary (<c>compile-cli.sh</c>). With <c>--variants</c> each entry also lists a variant and an allowed
/// form, so that <c>lint</c>'s checks between entries have work to do (<c>lint-cli.sh</c>).
/// </summary>
public static class SyntheticYaml
{
    public static void Run(int entries, string file, bool variants = false)
    {
        var yaml = new StringBuilder("entries:\n");
        foreach (var entry in SyntheticGlossary.Entries(entries))
        {
            yaml.Append("  - id: ").Append(entry.Id).Append("\n    en: ").Append(entry.En).Append("\n    kind: person\n");
            foreach (var (language, native) in entry.Native)
                yaml.Append("    ").Append(language).Append(": ").Append(native).Append('\n');
            if (variants)
            {
                yaml.Append("    variants: [\"Prsn ").Append(entry.En[6..]).Append("\"]\n");
                yaml.Append("    allow: [\"").Append(entry.En).Append(" Hall\"]\n");
            }
        }

        File.WriteAllText(file, yaml.ToString());
        Console.WriteLine($"{entries} entries in {file}");
    }
}
