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
