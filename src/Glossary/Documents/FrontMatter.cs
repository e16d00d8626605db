using Glossary.Yaml;

namespace Glossary.Documents;

/// <summary>Reads <c>glossary: { ignore: [id …] }</c> from a Markdown document's YAML front matter.</summary>
internal static class FrontMatter
{
    public static void ReadIgnores(string source, int start, int length, HashSet<string> ignored, List<Directive> directives)
    {
        var block = source.Substring(start, length);
        var lines = block.Split('\n');
        if (lines.Length < 2)
            return;
        var yaml = string.Join('\n', lines.Skip(1).Take(lines.Length - 2));
        var diagnostics = new List<GlossaryDiagnostic>();
        var root = YamlTreeReader.Read(yaml, "front matter", diagnostics);

        // Broken front matter would silently drop its ignores: each problem becomes a positioned warning.
        var yamlStart = start + lines[0].Length + 1;
        foreach (var diagnostic in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            var at = Math.Clamp(yamlStart + diagnostic.Position.Offset, start, start + length);
            directives.Add(new Directive(DirectiveKind.Unknown, [], at, 0) { Problem = $"invalid YAML front matter: {diagnostic.Message}" });
        }

        if (root is not YamlMapping map)
            return;
        foreach (var (key, value) in map.Pairs)
        {
            if (key.Value != "glossary" || value is not YamlMapping settings)
                continue;
            foreach (var (setting, ids) in settings.Pairs)
            {
                if (setting.Value != "ignore")
                    continue;
                var items = ids switch
                {
                    YamlSequence sequence => sequence.Items.OfType<YamlScalar>().Select(s => s.Value),
                    YamlScalar scalar when !scalar.IsNull => [scalar.Value],
                    _ => [],
                };
                var list = items.ToList();
                ignored.UnionWith(list);
                directives.Add(new Directive(DirectiveKind.Disable, list, start, length));
            }
        }
    }
}
