using System.CommandLine;

namespace Glossary.Cli;

/// <summary><c>glossary read [NAME...|-] [--format text|json]</c>: romanized names back to their native readings.</summary>
internal static class ReadCommand
{
    public static Command Create(CliConsole console)
    {
        var names = new Argument<string[]>("name")
        {
            Description = "Romanized names to read (surname first: \"Lee Jae-myung\", \"Hsi Chin-p'ing\"); '-' reads one name per line from stdin.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("read", "Read romanized Korean or Chinese names back into Hangul or pinyin syllables, with the system each reading comes from.")
        {
            names, format,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            console,
            RomanizeCommand.ReadInputs(console, parse.GetValue(names) ?? [], cancellationToken),
            parse.GetValue(format) == "json")));
        return command;
    }

    /// <summary>0 when some input read as a name, 1 when none did.</summary>
    private static int Run(CliConsole console, List<RomanizeCommand.Item> items, bool json)
    {
        if (items.Count == 0)
            throw new CliUsageException("read: give the names to read, or '-' to read one name per line from stdin");

        var anyName = false;
        var documents = new List<ReadDocument>();
        foreach (var item in items)
        {
            if (item.Input.Length == 0)
            {
                if (!json)
                    console.Out.WriteLine();
                continue;
            }

            var readings = Romanizer.ReadName(item.Input);
            anyName |= readings.Count > 0;
            if (json)
            {
                documents.Add(new ReadDocument(item.Input, readings));
                continue;
            }

            console.Out.WriteLine(item.Input);
            if (readings.Count == 0)
                console.Out.WriteLine("  not a name");
            foreach (var r in readings)
                console.Out.WriteLine($"  {r.Language}  {r.Native}  ({r.System})");
        }

        if (json)
            console.Out.WriteLine(CliJson.Serialize(documents));
        return anyName ? Program.ExitClean : Program.ExitFindings;
    }
}
