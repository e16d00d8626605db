using Glossary.Documents;
using Glossary.Model;

namespace Glossary.Loading;

/// <summary>
/// A project's <c>.glossary.yaml</c>: which glossaries to load and how to check its files.
/// <code>
/// root: true                      # stop looking in parent folders
/// glossaries: [bundled, house/]   # paths relative to this file; "bundled" is the bundled glossary
/// include: ["docs/**/*.md"]       # globs relative to this file's folder
/// exclude: ["docs/vendor/**"]
/// format: sarif                   # default report format of check
/// fail-level: warning             # warning: findings exit 1; none: findings exit 0
/// html: { attributes: true, skip-classes: [no-glossary] }
/// </code>
/// </summary>
public sealed record ProjectConfig
{
    /// <summary>The file name looked for.</summary>
    public const string FileName = ".glossary.yaml";

    private static readonly string[] Keys = ["root", "glossaries", "include", "exclude", "format", "fail-level", "html", "style"];

    /// <summary>The config file; null for the defaults.</summary>
    public string? Path { get; init; }

    /// <summary>The folder globs and relative glossary paths are resolved against.</summary>
    public string Folder { get; init; } = ".";

    /// <summary>Glossaries to load, resolved (<see cref="GlossaryLoader.BundledName"/> for the bundled one); empty means bundled.</summary>
    public IReadOnlyList<string> Glossaries { get; init; } = [];

    /// <summary>Include globs (none: everything).</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Exclude globs.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>The default report format, if set.</summary>
    public string? Format { get; init; }

    /// <summary><c>warning</c> (findings fail the check) or <c>none</c>; null when not set.</summary>
    public string? FailLevel { get; init; }

    /// <summary>The house style to apply, if set.</summary>
    public string? Style { get; init; }

    /// <summary>HTML: check <c>alt</c>/<c>title</c> values.</summary>
    public bool HtmlAttributes { get; init; }

    /// <summary>HTML: classes whose elements are skipped.</summary>
    public IReadOnlyList<string> HtmlSkipClasses { get; init; } = [];

    /// <summary>Whether a path (absolute or relative to the current folder) is selected by <see cref="Include"/>/<see cref="Exclude"/>.</summary>
    public bool Selects(string path)
    {
        if (Include.Count == 0 && Exclude.Count == 0)
            return true;
        var relative = System.IO.Path.GetRelativePath(Folder, System.IO.Path.GetFullPath(path));
        return new FileGlob(Include, Exclude).IsMatch(relative);
    }

    /// <summary>
    /// The nearest <see cref="FileName"/> in <paramref name="folder"/> or its parents (stopping after a
    /// folder that holds <c>.git</c>), or null.
    /// </summary>
    public static string? Find(string folder)
    {
        var dir = new DirectoryInfo(System.IO.Path.GetFullPath(folder));
        while (dir is not null)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
                return candidate;
            if (Directory.Exists(System.IO.Path.Combine(dir.FullName, ".git")))
                return null;
            dir = dir.Parent;
        }

        return null;
    }

    /// <summary>Reads a config file; problems are positioned diagnostics (unknown keys, wrong types).</summary>
    public static (ProjectConfig? Config, IReadOnlyList<GlossaryDiagnostic> Diagnostics) Load(string path)
    {
        var diagnostics = new List<GlossaryDiagnostic>();
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            diagnostics.Add(new GlossaryDiagnostic(GlossaryMessages.UnreadableId, DiagnosticSeverity.Error,
                GlossaryMessages.Format(GlossaryMessages.UnreadableConfig, reason), new SourcePosition(path, 1, 1, 0)));
            return (null, diagnostics);
        }

        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var root = YamlTreeReader.Read(text, path, diagnostics);
        if (root is null)
            return (diagnostics.Count == 0 ? new ProjectConfig { Path = path, Folder = folder } : null, diagnostics);
        if (root is not YamlMapping map)
        {
            Error(diagnostics, GlossaryMessages.WrongTypeId, root.Position, GlossaryMessages.Format(GlossaryMessages.WrongType, FileName, "a mapping", root.Describe()));
            return (null, diagnostics);
        }

        var config = new ProjectConfig { Path = path, Folder = folder };
        foreach (var (key, value) in map.Pairs)
        {
            switch (key.Value)
            {
                case "root":
                    break;
                case "glossaries":
                    config = config with
                    {
                        Glossaries = Strings(key.Value, value, diagnostics)
                            .Select(g => g == GlossaryLoader.BundledName ? g : System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, g)))
                            .ToList(),
                    };
                    break;
                case "include":
                    config = config with { Include = Strings(key.Value, value, diagnostics) };
                    break;
                case "exclude":
                    config = config with { Exclude = Strings(key.Value, value, diagnostics) };
                    break;
                case "format":
                    var format = Scalar(key.Value, value, diagnostics);
                    if (format is not null && !Output.ReportFormats.Names.Contains(format))
                        Error(diagnostics, GlossaryMessages.WrongTypeId, value.Position, GlossaryMessages.Format(GlossaryMessages.WrongType, key.Value, "one of " + string.Join(", ", Output.ReportFormats.Names), $"'{format}'"));
                    config = config with { Format = format };
                    break;
                case "style":
                    config = config with { Style = Scalar(key.Value, value, diagnostics) };
                    break;
                case "fail-level":
                    var level = Scalar(key.Value, value, diagnostics);
                    if (level is not (null or "warning" or "none"))
                        Error(diagnostics, GlossaryMessages.WrongTypeId, value.Position, GlossaryMessages.Format(GlossaryMessages.WrongType, key.Value, "warning or none", $"'{level}'"));
                    config = config with { FailLevel = level };
                    break;
                case "html":
                    config = ReadHtml(config, value, diagnostics);
                    break;
                default:
                    Error(diagnostics, GlossaryMessages.UnknownKeyId, key.Position, GlossaryMessages.Format(GlossaryMessages.UnknownKey, key.Value, string.Join(", ", Keys)));
                    break;
            }
        }

        return (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? null : config, diagnostics);
    }

    private static ProjectConfig ReadHtml(ProjectConfig config, YamlTreeNode value, List<GlossaryDiagnostic> diagnostics)
    {
        if (value is not YamlMapping html)
        {
            Error(diagnostics, GlossaryMessages.WrongTypeId, value.Position, GlossaryMessages.Format(GlossaryMessages.WrongType, "html", "a mapping", value.Describe()));
            return config;
        }

        foreach (var (key, item) in html.Pairs)
        {
            switch (key.Value)
            {
                case "attributes":
                    config = config with { HtmlAttributes = Scalar(key.Value, item, diagnostics) is "true" or "yes" or "on" };
                    break;
                case "skip-classes":
                    config = config with { HtmlSkipClasses = Strings(key.Value, item, diagnostics) };
                    break;
                default:
                    Error(diagnostics, GlossaryMessages.UnknownKeyId, key.Position, GlossaryMessages.Format(GlossaryMessages.UnknownKey, key.Value, "attributes, skip-classes"));
                    break;
            }
        }

        return config;
    }

    private static string? Scalar(string key, YamlTreeNode node, List<GlossaryDiagnostic> diagnostics)
    {
        if (node is YamlScalar scalar)
            return scalar.IsNull ? null : scalar.Value;
        Error(diagnostics, GlossaryMessages.WrongTypeId, node.Position, GlossaryMessages.Format(GlossaryMessages.WrongType, key, "a string", node.Describe()));
        return null;
    }

    private static List<string> Strings(string key, YamlTreeNode node, List<GlossaryDiagnostic> diagnostics)
    {
        switch (node)
        {
            case YamlScalar { IsNull: true }:
                return [];
            case YamlScalar scalar:
                return [scalar.Value];
            case YamlSequence sequence when sequence.Items.All(i => i is YamlScalar):
                return sequence.Items.Cast<YamlScalar>().Select(s => s.Value).ToList();
            default:
                Error(diagnostics, GlossaryMessages.WrongTypeId, node.Position, GlossaryMessages.Format(GlossaryMessages.WrongType, key, "a list of strings", node.Describe()));
                return [];
        }
    }

    private static void Error(List<GlossaryDiagnostic> diagnostics, string id, SourcePosition position, string message) =>
        diagnostics.Add(new GlossaryDiagnostic(id, DiagnosticSeverity.Error, message, position));
}
