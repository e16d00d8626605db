using System.CommandLine;

namespace Glossary.Cli;

/// <summary>
/// <c>glossary suggest PATH... [--min-count N] [--format yaml|json]</c>: entries to review for the personal names the
/// glossary does not know (issue #16 point 4); exit 0 whether or not something is suggested, 2 on bad usage or input.
/// </summary>
internal static class SuggestCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions("Files or folders to mine for names (text, Markdown, HTML); '-' reads stdin.");
        var minCount = new Option<int>("--min-count") { Description = "Suggest a name seen at least this many times, all spellings together (default 2).", DefaultValueFactory = _ => 2 };
        var format = CommonOptions.Choice<SuggestFormat>("--format", "yaml (entries to paste, with comments; default) or json.", ["yaml", "json"], ParseJson, "-f");
        var command = new Command("suggest", "Suggest glossary entries for the Korean and Chinese personal names in documents that the glossary does not know.")
        {
            minCount, format,
        };
        inputs.AddTo(command);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            inputs.Workspace(console, parse, cancellationToken),
            console,
            inputs.Read(parse),
            parse.GetValue(minCount),
            parse.GetValue(format) == SuggestFormat.Json,
            cancellationToken)));
        return command;
    }

    /// <summary>An enum, not a bool: System.CommandLine takes a bool option for a flag and its value for an operand.</summary>
    private enum SuggestFormat
    {
        Yaml,
        Json,
    }

    private static bool ParseJson(string name, out SuggestFormat format)
    {
        format = name == "json" ? SuggestFormat.Json : SuggestFormat.Yaml;
        return name is "yaml" or "json";
    }

    private static int Run(Workspace workspace, CliConsole console, (string[] Operands, string? StdinName, string? InputFormat) settings, int minCount, bool json, CancellationToken cancellationToken)
    {
        if (settings.Operands.Length == 0)
            throw new CliUsageException("suggest: give the files or folders to mine, or '-' for stdin");
        if (minCount < 1)
            throw new CliUsageException($"suggest: --min-count must be at least 1, not {minCount}");

        var inputs = workspace.ExpandInputs(settings.Operands, settings.StdinName);
        if (inputs.Count == 0)
            return workspace.Failed ? Program.ExitError : Program.ExitClean;
        // One glossary and house format for the run: the first input's (suggestions are for one glossary to grow).
        var glossary = workspace.GlossaryFor(inputs[0].Config);
        if (workspace.GlossaryFailed)
            return Program.ExitError;

        IEnumerable<(string File, string Text)> Documents()
        {
            foreach (var input in inputs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (workspace.Read(input) is { } file)
                    yield return (input.DisplayName, file.Text);
            }
        }

        var output = Romanizer.SuggestEntries(Documents(), glossary, minCount, json, Workspace.OptionsFor(inputs[0], settings.InputFormat));
        console.Out.Write(output);
        return workspace.Failed ? Program.ExitError : Program.ExitClean;
    }
}
