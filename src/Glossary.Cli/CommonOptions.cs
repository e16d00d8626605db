using System.CommandLine;

namespace Glossary.Cli;

/// <summary>Options that <c>check</c> and <c>fix</c> share.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths(string description) => new("paths")
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string[]> Glossary() => new("--glossary", "-g")
    {
        Description = "A glossary file or folder (repeatable, loaded in order); 'bundled' names the bundled glossary. Default: the config's glossaries, else bundled.",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string?> Config() => new("--config")
    {
        Description = "The project config to use instead of the nearest .glossary.yaml.",
    };

    public static Option<string?> Style() => new("--style")
    {
        Description = "A house style: entries with a form for it in 'styles:' prefer that form (default: the config's style).",
    };

    public static Option<bool> NoCache() => new("--no-cache")
    {
        Description = "Compile the glossaries afresh instead of reading (or writing) the compiled-glossary cache.",
    };

    public static Option<string?> StdinFilename() => new("--stdin-filename")
    {
        Description = "The name to report for stdin ('-'); its extension also picks the input format.",
    };

    /// <summary>
    /// The glossaries a maintenance command (<c>lint</c>, <c>test</c>, <c>export</c>) works on: <paramref name="paths"/>,
    /// else the project config's (<c>--config</c>, else the nearest <c>.glossary.yaml</c> of the current folder), else
    /// the bundled one; with the config's style. Null (reported) when the config does not load.
    /// </summary>
    public static (string[] Sources, string? Style)? ProjectGlossaries(CliConsole console, string[]? paths, string? configPath)
    {
        var workspace = new Workspace(console, null, configPath);
        var config = workspace.ConfigFor(".");
        if (workspace.GlossaryFailed)
            return null;
        string[] sources = paths is { Length: > 0 } ? paths
            : config.Glossaries.Count > 0 ? [.. config.Glossaries]
            : [GlossaryLoader.BundledName];
        return (sources, config.Style);
    }

    /// <summary>The parser of a <see cref="Choice"/>: the value named, if it is one.</summary>
    public delegate bool TryParse<T>(string name, out T value);

    /// <summary>
    /// An option whose value is one of <paramref name="names"/>, parsed into a <typeparamref name="T"/> where it enters;
    /// any other value is a usage error that lists the names.
    /// </summary>
    public static Option<T?> Choice<T>(string name, string description, IReadOnlyList<string> names, TryParse<T> parse, params string[] aliases)
        where T : struct
    {
        return new Option<T?>(name, aliases)
        {
            Description = description,
            HelpName = string.Join('|', names),
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (parse(text, out var value))
                    return value;
                result.AddError($"{name}: '{text}' is not one of {string.Join(", ", names)}");
                return null;
            },
        };
    }

    public static Option<string> TextOrJson()
    {
        var option = new Option<string>("--format", "-f") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }

    /// <summary>
    /// A command that looks something up in the compiled glossary (<c>variants</c>, <c>lookup</c>): its argument,
    /// <c>--glossary</c>, <c>--config</c> and <c>--format</c>; <paramref name="run"/> gets the glossary, the argument and whether JSON is wanted.
    /// </summary>
    public static Command Query(CliConsole console, string name, string description, string argument, string argumentDescription, Func<CompiledGlossary, string, bool, int> run)
    {
        var term = new Argument<string>(argument) { Description = argumentDescription };
        var glossary = Glossary();
        var config = Config();
        var format = TextOrJson();
        var command = new Command(name, description) { term, glossary, config, format };
        command.SetAction(parse =>
        {
            var workspace = new Workspace(console, parse.GetValue(glossary), parse.GetValue(config));
            var compiled = workspace.GlossaryFor(workspace.ConfigFor("."));
            return compiled is null || workspace.GlossaryFailed ? Program.ExitError : run(compiled, parse.GetValue(term)!, parse.GetValue(format) == "json");
        });
        return command;
    }

    /// <summary><c>--max-file-size SIZE</c>: bytes, or with a K, M or G suffix (binary: 1K = 1024).</summary>
    public static Option<long> MaxFileSize() => new("--max-file-size")
    {
        Description = "The largest input file read, in bytes or with a K, M or G suffix (default: 64M); a larger file is an error.",
        DefaultValueFactory = _ => TextFile.DefaultMaxBytes,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim() : string.Empty;
            var shift = text.Length == 0 ? 0 : char.ToUpperInvariant(text[^1]) switch { 'K' => 10, 'M' => 20, 'G' => 30, _ => 0 };
            var digits = shift == 0 ? text : text[..^1];
            if (long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0 && value <= (long.MaxValue >> shift))
                return value << shift;
            result.AddError($"--max-file-size: '{text}' is not a size (bytes, or a number with K, M or G)");
            return 0;
        },
    };

    /// <summary>
    /// Refuses an <c>--output</c> that is a folder or one of the <paramref name="inputs"/> (the same file after
    /// resolving symbolic links, or a hard link to it): writing it would destroy what was read.
    /// </summary>
    /// <exception cref="CliUsageException">The output cannot be written.</exception>
    public static void CheckOutput(string command, string? output, IEnumerable<string> inputs)
    {
        if (output is null or "-")
            return;
        if (Directory.Exists(output))
            throw new CliUsageException($"{command}: --output {output}: is a folder; name a file");
        foreach (var input in inputs)
        {
            if (input != "-" && TextFile.IsSameFile(input, output))
                throw new CliUsageException($"{command}: --output {output}: is also an input ({input}); it would be overwritten");
        }
    }

    public static Option<string?> InputFormat()
    {
        var option = new Option<string?>("--input-format") { Description = "text, markdown or html (default: from the file extension)." };
        option.AcceptOnlyFromAmong("text", "markdown", "html");
        return option;
    }
}

/// <summary>
/// The inputs of <c>check</c> and <c>fix</c>: the paths, and the options that decide how they are read and
/// against which glossary (<c>--glossary</c>, <c>--config</c>, <c>--style</c>, <c>--no-cache</c>,
/// <c>--stdin-filename</c>, <c>--input-format</c>).
/// </summary>
internal sealed class InputOptions
{
    private readonly Argument<string[]> paths;
    private readonly Option<string[]> glossary = CommonOptions.Glossary();
    private readonly Option<string?> config = CommonOptions.Config();
    private readonly Option<string?> style = CommonOptions.Style();
    private readonly Option<bool> noCache = CommonOptions.NoCache();
    private readonly Option<string?> stdinName = CommonOptions.StdinFilename();
    private readonly Option<string?> inputFormat = CommonOptions.InputFormat();
    private readonly Option<long> maxFileSize = CommonOptions.MaxFileSize();

    public InputOptions(string pathsDescription) => paths = CommonOptions.Paths(pathsDescription);

    /// <summary>Adds the argument and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(paths);
        foreach (var option in new Option[] { glossary, config, style, noCache, stdinName, inputFormat, maxFileSize })
            command.Options.Add(option);
    }

    /// <summary>The operands, stdin name and input format as parsed.</summary>
    public (string[] Operands, string? StdinName, string? InputFormat) Read(ParseResult parse) =>
        (parse.GetValue(paths) ?? [], parse.GetValue(stdinName), parse.GetValue(inputFormat));

    /// <summary>The workspace that resolves configs and glossaries for these options.</summary>
    public Workspace Workspace(CliConsole console, ParseResult parse, CancellationToken cancellationToken) =>
        new(console, parse.GetValue(glossary), parse.GetValue(config), parse.GetValue(style), !parse.GetValue(noCache))
        {
            MaxFileSize = parse.GetValue(maxFileSize),
            Cancellation = cancellationToken,
        };
}
