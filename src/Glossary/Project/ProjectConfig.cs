using Glossary.Loading;
using Glossary.Model;
using Glossary.Project;
using Glossary.Yaml;

namespace Glossary;

/// <summary>
/// A project's <c>.glossary.yaml</c>: which glossaries to load and how to check its files.
/// <code>
/// root: true                      # stop looking in parent folders
/// glossaries: [bundled, house/]   # paths relative to this file; "bundled" is the bundled glossary
/// include: ["docs/**/*.md"]       # globs relative to this file's folder
/// exclude: ["docs/vendor/**"]
/// format: sarif                   # default report format of check
/// fail-level: warning             # warning: warnings exit 1; suggestion: any finding exits 1; none: findings exit 0
/// html: { attributes: true, skip-classes: [no-glossary] }
/// names: { korean-given-names: hyphenated, chinese-given-names: joined }   # house format of names outside the glossary
/// consistency: project            # names written two ways: per document (default), across the files checked, or off
/// </code>
/// </summary>
public sealed record ProjectConfig
{
    /// <summary>The file name looked for.</summary>
    public const string FileName = ".glossary.yaml";

    private static readonly string[] Keys = ["root", "glossaries", "include", "exclude", "format", "fail-level", "html", "style", "names", "consistency"];
    private static readonly string[] NamesKeys = ["korean-given-names", "chinese-given-names"];

    /// <summary>The scopes of the <c>consistency</c> rule.</summary>
    internal static readonly string[] ConsistencyScopes = ["document", "project", "off"];
    private static readonly string[] HtmlKeys = ["attributes", "skip-classes"];

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

    /// <summary>The default report format (<c>format:</c>), one of the names the caller allowed; null when not set.</summary>
    public string? Format { get; init; }

    /// <summary>Which findings fail the check (<c>fail-level:</c>), one of the names the caller allowed; null when not set.</summary>
    public string? FailLevel { get; init; }

    /// <summary>The house style to apply, if set.</summary>
    public string? Style { get; init; }

    /// <summary>House format of Korean given names outside the glossary (<c>names: korean-given-names:</c>); null: off.</summary>
    public string? KoreanGivenNames { get; init; }

    /// <summary>House format of Chinese given names outside the glossary (<c>names: chinese-given-names:</c>); null: off.</summary>
    public string? ChineseGivenNames { get; init; }

    /// <summary>The scope of the <c>consistency</c> rule: <c>document</c> (null means so), <c>project</c> or <c>off</c>.</summary>
    public string? Consistency { get; init; }

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

    /// <summary>
    /// Reads a config file as strictly as a glossary: unknown and repeated keys, wrong types (a string where a list
    /// is expected), invalid globs and values are positioned diagnostics, and any error means no config.
    /// <c>format:</c> and <c>fail-level:</c> belong to the caller (the CLI's report formats and exit rule), which names
    /// the values it accepts.
    /// </summary>
    public static (ProjectConfig? Config, IReadOnlyList<GlossaryDiagnostic> Diagnostics) Load(
        string path, IReadOnlyCollection<string> formats, IReadOnlyCollection<string> failLevels)
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
            WrongType(diagnostics, FileName, "a mapping", root);
            return (null, diagnostics);
        }

        var config = new ProjectConfig { Path = path, Folder = folder };
        foreach (var (key, value) in YamlMapping.UniqueKeys(map, Keys, diagnostics))
        {
            switch (key)
            {
                case "root":
                    Flag(key, value, diagnostics);
                    break;
                case "glossaries":
                    config = config with
                    {
                        Glossaries = Strings(key, value, diagnostics)
                            .Select(g => g == GlossaryLoader.BundledName ? g : System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, g)))
                            .ToList(),
                    };
                    break;
                case "include":
                    config = config with { Include = Globs(key, value, diagnostics) };
                    break;
                case "exclude":
                    config = config with { Exclude = Globs(key, value, diagnostics) };
                    break;
                case "format":
                    config = config with { Format = OneOf(key, value, formats, diagnostics) };
                    break;
                case "style":
                    config = config with { Style = Name(key, value, diagnostics) };
                    break;
                case "fail-level":
                    config = config with { FailLevel = OneOf(key, value, failLevels, diagnostics) };
                    break;
                case "html":
                    config = ReadHtml(config, value, diagnostics);
                    break;
                case "names":
                    config = ReadNames(config, value, diagnostics);
                    break;
                case "consistency":
                    config = config with { Consistency = OneOf(key, value, ConsistencyScopes, diagnostics) };
                    break;
            }
        }

        var ordered = DiagnosticOrder.ByPosition(diagnostics);
        return (ordered.Any(d => d.Severity == DiagnosticSeverity.Error) ? null : config, ordered);
    }

    private static ProjectConfig ReadHtml(ProjectConfig config, YamlTreeNode value, List<GlossaryDiagnostic> diagnostics)
    {
        foreach (var (key, item) in Section("html", value, HtmlKeys, diagnostics))
        {
            switch (key)
            {
                case "attributes":
                    config = config with { HtmlAttributes = Flag("html.attributes", item, diagnostics) == true };
                    break;
                case "skip-classes":
                    config = config with { HtmlSkipClasses = Strings("html.skip-classes", item, diagnostics) };
                    break;
            }
        }

        return config;
    }

    private static ProjectConfig ReadNames(ProjectConfig config, YamlTreeNode value, List<GlossaryDiagnostic> diagnostics)
    {
        foreach (var (key, item) in Section("names", value, NamesKeys, diagnostics))
        {
            var format = OneOf("names." + key, item, DocumentOptions.GivenNameFormats, diagnostics);
            config = key == "korean-given-names" ? config with { KoreanGivenNames = format } : config with { ChineseGivenNames = format };
        }

        return config;
    }

    /// <summary>The keys of a section (<c>html:</c>, <c>names:</c>): none when it is empty, a diagnostic when it is no mapping.</summary>
    private static Dictionary<string, YamlTreeNode> Section(string name, YamlTreeNode value, string[] keys, List<GlossaryDiagnostic> diagnostics)
    {
        if (value is YamlScalar { IsNull: true })
            return [];
        if (value is not YamlMapping section)
        {
            WrongType(diagnostics, name, "a mapping", value);
            return [];
        }

        return YamlMapping.UniqueKeys(section, keys, diagnostics);
    }

    private static string? Scalar(string key, YamlTreeNode node, List<GlossaryDiagnostic> diagnostics)
    {
        if (node is YamlScalar scalar)
            return scalar.IsNull ? null : scalar.Value;
        WrongType(diagnostics, key, "a string", node);
        return null;
    }

    private static bool? Flag(string key, YamlTreeNode node, List<GlossaryDiagnostic> diagnostics)
    {
        if (Scalar(key, node, diagnostics) is not { } value)
            return null;
        if (value is "true" or "false")
            return value == "true";
        WrongType(diagnostics, key, "true or false", node);
        return null;
    }

    private static string? OneOf(string key, YamlTreeNode node, IReadOnlyCollection<string> allowed, List<GlossaryDiagnostic> diagnostics)
    {
        var value = Scalar(key, node, diagnostics);
        if (value is null || allowed.Contains(value))
            return value;
        Error(diagnostics, GlossaryMessages.InvalidValueId, node.Position,
            GlossaryMessages.Format(GlossaryMessages.InvalidValue, key, "one of " + string.Join(", ", allowed), value));
        return null;
    }

    // A style is chosen by its name under an entry's 'styles:'; a name that is blank or holds invisible
    // characters could never be the one written there.
    private static string? Name(string key, YamlTreeNode node, List<GlossaryDiagnostic> diagnostics)
    {
        var value = Scalar(key, node, diagnostics);
        if (value is null)
            return null;
        if (value.Trim().Length == 0 || value.Trim() != value || InvisibleCharacters.Find(value) is not null)
        {
            Error(diagnostics, GlossaryMessages.InvalidValueId, node.Position,
                GlossaryMessages.Format(GlossaryMessages.InvalidValue, key, "a style name (as written under an entry's 'styles:')", InvisibleCharacters.Escape(value)));
            return null;
        }

        return value;
    }

    // A list is written as a list: 'include: 5' read as the one glob "5" used to select nothing, silently.
    private static List<string> Strings(string key, YamlTreeNode node, List<GlossaryDiagnostic> diagnostics)
    {
        if (node is YamlScalar { IsNull: true })
            return [];
        if (node is not YamlSequence sequence)
        {
            WrongType(diagnostics, key, "a list of strings", node);
            return [];
        }

        var values = new List<string>();
        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar { IsNull: false } scalar)
                values.Add(scalar.Value);
            else
                WrongType(diagnostics, key, "a list of strings", item);
        }

        return values;
    }

    private static List<string> Globs(string key, YamlTreeNode node, List<GlossaryDiagnostic> diagnostics)
    {
        var globs = Strings(key, node, diagnostics);
        if (node is not YamlSequence sequence)
            return globs;
        foreach (var item in sequence.Items.OfType<YamlScalar>())
        {
            if (!item.IsNull && GlobProblem(item.Value) is { } problem)
                Error(diagnostics, GlossaryMessages.InvalidGlobId, item.Position, GlossaryMessages.Format(GlossaryMessages.InvalidGlob, item.Value, key, problem));
        }

        return globs;
    }

    /// <summary>What makes a glob unusable (see <see cref="FileGlob"/>), or null: <c>"{a,b"</c> → the brace is never closed.</summary>
    internal static string? GlobProblem(string glob)
    {
        if (glob.Trim().Length == 0)
            return GlossaryMessages.GlobEmpty;
        var open = new Stack<int>();
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob[i] == '{')
                open.Push(i);
            else if (glob[i] == '}' && open.Count > 0)
                open.Pop();
        }

        return open.Count > 0 ? GlossaryMessages.Format(GlossaryMessages.GlobUnclosedBrace, open.Last() + 1) : null;
    }

    private static void WrongType(List<GlossaryDiagnostic> diagnostics, string key, string expected, YamlTreeNode found) =>
        Error(diagnostics, GlossaryMessages.WrongTypeId, found.Position, GlossaryMessages.Format(GlossaryMessages.WrongType, key, expected, found.Describe()));

    private static void Error(List<GlossaryDiagnostic> diagnostics, string id, SourcePosition position, string message) =>
        diagnostics.Add(new GlossaryDiagnostic(id, DiagnosticSeverity.Error, message, position));
}
