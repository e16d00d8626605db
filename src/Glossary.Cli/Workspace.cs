using Glossary.Cli.Output;

namespace Glossary.Cli;

/// <summary>One input of a run: the path to read (<c>-</c> for stdin), the name to report, and its project config.</summary>
internal sealed record Input(string Path, string DisplayName, ProjectConfig Config);

/// <summary>
/// Resolves, for every input, its project config (<c>--config</c>, else the nearest <c>.glossary.yaml</c>)
/// and its compiled glossary (<c>--glossary</c>, else the config's, else the bundled one), loading each
/// config and each glossary set once. Problems are printed with their positions and remembered.
/// </summary>
internal sealed class Workspace(CliConsole console, string[]? glossaryOverride, string? configOverride, string? styleOverride = null, bool useCache = true)
{
    private static readonly string[] SkippedFolders = [".git", "bin", "obj", "node_modules"];

    private readonly Dictionary<string, ProjectConfig?> configs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CompiledGlossary?> glossaries = new(StringComparer.Ordinal);

    /// <summary>The size limit of an input (<c>--max-file-size</c>).</summary>
    public long MaxFileSize { get; init; } = TextFile.DefaultMaxBytes;

    /// <summary>Cancelled by SIGINT or SIGTERM.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Whether any config, glossary or input could not be used.</summary>
    public bool Failed { get; private set; }

    /// <summary>Records a failure found by the command itself (a file that cannot be written).</summary>
    public void MarkFailed() => Failed = true;

    /// <summary>Whether a config or glossary failed to load (nothing may be written then).</summary>
    public bool GlossaryFailed { get; private set; }

    /// <summary>
    /// Expands operands: files as given, folders recursively (text, Markdown and HTML files selected by
    /// the config's include/exclude globs, skipping .git, bin, obj, node_modules), <c>-</c> as stdin.
    /// </summary>
    public List<Input> ExpandInputs(IEnumerable<string> operands, string? stdinName)
    {
        // An option the command does not know reaches us as an operand: a usage error before any work, not a
        // missing file among others (a file named like an option is still read when it exists: "./-x" always is).
        var unknown = operands.FirstOrDefault(o => o.Length > 1 && o[0] == '-' && !File.Exists(o) && !Directory.Exists(o));
        if (unknown is not null)
            throw new CliUsageException($"{unknown}: unknown option (see --help)");

        var inputs = new List<Input>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool First(string path) => seen.Add(path == "-" ? "-" : Path.GetFullPath(path));
        foreach (var operand in operands)
        {
            if (operand == "-" && First("-"))
            {
                var folder = stdinName is null ? "." : Path.GetDirectoryName(Path.GetFullPath(stdinName)) ?? ".";
                if (ConfigOrNull(folder) is { } config)
                    inputs.Add(new Input("-", stdinName ?? "-", config));
            }
            else if (operand == "-")
            {
                continue;
            }
            else if (File.Exists(operand) && !Directory.Exists(operand))
            {
                if (!First(operand))
                    continue;
                if (ConfigOrNull(Path.GetDirectoryName(Path.GetFullPath(operand))!) is { } config)
                    inputs.Add(new Input(operand, operand, config));
            }
            else if (Directory.Exists(operand))
            {
                foreach (var file in Walk(operand).Order(StringComparer.Ordinal).Where(First))
                {
                    if (ConfigOrNull(Path.GetDirectoryName(Path.GetFullPath(file))!) is { } config && config.Selects(file))
                        inputs.Add(new Input(file, file, config));
                }
            }
            else
            {
                console.Error.WriteLine($"glossary: error: {operand}: {Missing(operand)}");
                Failed = true;
            }
        }

        return inputs;
    }

    /// <summary>The compiled glossary for an input's config; null (reported) when it does not load.</summary>
    public CompiledGlossary? GlossaryFor(ProjectConfig config)
    {
        string[] sources = glossaryOverride is { Length: > 0 } ? glossaryOverride
            : config.Glossaries.Count > 0 ? [.. config.Glossaries]
            : [GlossaryLoader.BundledName];
        var style = styleOverride ?? config.Style;
        var key = string.Join('\n', sources) + "\nstyle:" + style;
        if (glossaries.TryGetValue(key, out var cached))
            return cached;

        CompiledGlossary? compiled = null;
        IReadOnlyList<GlossaryDiagnostic> diagnostics;
        try
        {
            compiled = CompiledGlossary.Compile(sources, new CompileOptions { Style = style, CacheFolder = useCache ? CacheFolder(console.GetEnvironmentVariable) : null });
            diagnostics = compiled.Diagnostics;
        }
        catch (GlossaryLoadException e)
        {
            diagnostics = e.Diagnostics;
        }

        lock (console)
        {
            foreach (var diagnostic in diagnostics)
                console.Error.WriteLine(diagnostic.ToString());
        }

        if (compiled is not null && style is not null && !compiled.Entries.Any(e => e.Styles.ContainsKey(style)))
            console.Error.WriteLine($"glossary: warning: no entry has a form for style '{style}'; the default forms are used");
        if (compiled is null)
        {
            var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            console.Error.WriteLine($"glossary: error: the glossary has {errors} error{(errors == 1 ? string.Empty : "s")}; nothing was checked");
            Failed = GlossaryFailed = true;
        }

        glossaries[key] = compiled;
        return compiled;
    }

    /// <summary>The environment variable that moves the compiled-glossary cache.</summary>
    public const string CacheVariable = "GLOSSARY_CACHE_DIR";

    /// <summary>
    /// The cache folder: <c>$GLOSSARY_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/glossary</c>, else <c>$HOME/.cache/glossary</c>
    /// (<c>%LOCALAPPDATA%\glossary\cache</c> on Windows); null, so nothing is cached, when none of them is set.
    /// </summary>
    public static string? CacheFolder(Func<string, string?> environment)
    {
        static string? Set(string? value) => string.IsNullOrEmpty(value) ? null : value;
        if (Set(environment(CacheVariable)) is { } configured)
            return configured;
        if (OperatingSystem.IsWindows())
            return Set(environment("LOCALAPPDATA")) is { } local ? Path.Combine(local, "glossary", "cache") : null;
        if (Set(environment("XDG_CACHE_HOME")) is { } xdg)
            return Path.Combine(xdg, "glossary");
        return Set(environment("HOME")) is { } home ? Path.Combine(home, ".cache", "glossary") : null;
    }

    /// <summary>
    /// Gets the Markdown and HTML readers ready on another core while the glossary loads: for a single article,
    /// setting up Markdig costs more than loading the glossary or checking the text.
    /// </summary>
    public static void PrepareReaders(IReadOnlyList<Input> inputs, string? inputFormat)
    {
        // A plain loop: LINQ over an enum is generic code that a ReadyToRun build would compile at start-up.
        foreach (var input in inputs)
            _ = DocumentOptions.PrepareAsync(OptionsFor(input, inputFormat).Format);
    }

    /// <summary>How an input is read: <c>--input-format</c>, else its extension; HTML options from its config.</summary>
    public static DocumentOptions OptionsFor(Input input, string? inputFormat) => new()
    {
        Format = inputFormat switch
        {
            "markdown" => DocumentFormat.Markdown,
            "html" => DocumentFormat.Html,
            "text" => DocumentFormat.PlainText,
            _ => DocumentOptions.FormatFromPath(input.DisplayName),
        },
        CheckAttributes = input.Config.HtmlAttributes,
        SkipClasses = input.Config.HtmlSkipClasses,
        KoreanGivenNames = input.Config.KoreanGivenNames,
        ChineseGivenNames = input.Config.ChineseGivenNames,
    };

    /// <summary>Reads an input; on failure prints <c>path: reason</c>, marks the run failed and returns null.</summary>
    public TextFile? Read(Input input)
    {
        string where = input.DisplayName, reason;
        try
        {
            var read = input.Path != "-"
                ? TextFile.TryRead(input.Path, MaxFileSize, out var file, out var error)
                : TextFile.TryDecode(console.ReadStandardInput(MaxFileSize, Cancellation), input.DisplayName, out file, out error);
            if (read)
                return file;
            if (error!.Position.Line > 0)
                where = $"{input.DisplayName}:{error.Position.Line}:{error.Position.Column}";
            reason = error.Message;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reason = e is FileNotFoundException or DirectoryNotFoundException ? Missing(input.Path) : e.Message;
        }

        lock (console)
            console.Error.WriteLine($"glossary: error: {where}: {reason}");
        Failed = true;
        return null;
    }

    /// <summary>The project config for inputs in <paramref name="folder"/> (the defaults when there is none).</summary>
    public ProjectConfig ConfigFor(string folder) => ConfigOrNull(folder) ?? new ProjectConfig();

    private ProjectConfig? ConfigOrNull(string folder)
    {
        var path = configOverride ?? ProjectConfig.Find(folder);
        if (path is null)
            return new ProjectConfig();
        if (configs.TryGetValue(path, out var cached))
            return cached;

        var (config, diagnostics) = ProjectConfig.Load(path, ReportFormats.Names, [.. FailLevels.Names.Keys]);
        foreach (var diagnostic in diagnostics)
            console.Error.WriteLine(diagnostic.ToString());
        if (config is null)
            Failed = GlossaryFailed = true;
        configs[path] = config;
        return config;
    }

    /// <summary>Why a path cannot be opened, for a message: a dangling link and an undecodable name say so.</summary>
    private static string Missing(string path)
    {
        try
        {
            if (new FileInfo(path).LinkTarget is { } target)
                return $"dangling symbolic link (to {target})";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not a link we can read: the plain message below.
        }

        // The system hands over a name that is not UTF-8 with U+FFFD in place of its bytes; it cannot be opened by that name.
        return path.Contains('\uFFFD', StringComparison.Ordinal) ? "no such file (its name is not valid UTF-8: rename it)" : "no such file or directory";
    }

    /// <summary>
    /// The text files under <paramref name="folder"/>: regular files (or links to them) only, since a FIFO, socket
    /// or device would block or never end. A folder or file that cannot be read is an error that names it
    /// (never a silent "0 files"); links to folders are not followed (no loops).
    /// </summary>
    private List<string> Walk(string folder)
    {
        var found = new List<string>();
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 };
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Unreadable(folder, $"cannot read folder: {e.Message}");
            return found;
        }

        foreach (var entry in entries)
        {
            var path = Path.Combine(folder, entry.Name);
            var link = entry.LinkTarget is not null;
            if (entry is DirectoryInfo && !link)
            {
                if (!SkippedFolders.Contains(entry.Name))
                    found.AddRange(Walk(path));
                continue;
            }

            if (!DocumentOptions.IsDocumentPath(entry.Name))
                continue;
            if (TextFile.IsRegularFile(path))
                found.Add(path);
            else if (entry.Name.Contains('\uFFFD', StringComparison.Ordinal) || (link && File.ResolveLinkTarget(path, returnFinalTarget: true) is null or { Exists: false }))
                Unreadable(path, Missing(path));
        }

        return found;
    }

    private void Unreadable(string path, string reason)
    {
        console.Error.WriteLine($"glossary: error: {path}: {reason}");
        Failed = true;
    }
}
