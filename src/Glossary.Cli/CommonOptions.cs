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
    public static Command Query(CliConsole console, string name, string description, string argument, string argumentDescription, Func<Checking.CompiledGlossary, string, bool, int> run)
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
            return compiled is null ? Program.ExitError : run(compiled, parse.GetValue(term)!, parse.GetValue(format) == "json");
        });
        return command;
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

    public InputOptions(string pathsDescription) => paths = CommonOptions.Paths(pathsDescription);

    /// <summary>Adds the argument and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(paths);
        foreach (var option in new Option[] { glossary, config, style, noCache, stdinName, inputFormat })
            command.Options.Add(option);
    }

    /// <summary>The operands, stdin name and input format as parsed.</summary>
    public (string[] Operands, string? StdinName, string? InputFormat) Read(ParseResult parse) =>
        (parse.GetValue(paths) ?? [], parse.GetValue(stdinName), parse.GetValue(inputFormat));

    /// <summary>The workspace that resolves configs and glossaries for these options.</summary>
    public Workspace Workspace(CliConsole console, ParseResult parse) =>
        new(console, parse.GetValue(glossary), parse.GetValue(config), parse.GetValue(style), !parse.GetValue(noCache));
}
