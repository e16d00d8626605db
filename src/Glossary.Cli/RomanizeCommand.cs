using System.CommandLine;

namespace Glossary.Cli;

/// <summary><c>glossary romanize [TEXT...|-] [--lang ko|zh] [--system NAME|all] [--kind word|place|name] [--format text|json]</c>.</summary>
internal static class RomanizeCommand
{
    public static Command Create(CliConsole console)
    {
        var texts = new Argument<string[]>("text")
        {
            Description = "Native-script text to romanize; '-' reads one input per line from stdin.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var lang = new Option<string?>("--lang") { Description = "ko or zh; by default taken from the script (Hangul → ko, Han → zh)." };
        lang.AcceptOnlyFromAmong("ko", "zh");
        var system = new Option<string>("--system")
        {
            Description = "rr, rr-translit, mr, mr-simple, yale (ko); pinyin, pinyin-toneless, pinyin-numbers, wade-giles, wade-giles-simple (zh); or all.",
            DefaultValueFactory = _ => "default",
        };
        var kind = new Option<string>("--kind") { Description = "word, place or name.", DefaultValueFactory = _ => "word" };
        kind.AcceptOnlyFromAmong("word", "place", "name");
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("romanize", "Romanize Hangul or Han text by Revised Romanization, McCune–Reischauer, Yale, Hanyu Pinyin or Wade–Giles.")
        {
            texts, lang, system, kind, format,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            console,
            ReadInputs(console, parse.GetValue(texts) ?? [], cancellationToken),
            parse.GetValue(lang),
            parse.GetValue(system)!,
            parse.GetValue(kind)!,
            parse.GetValue(format) == "json")));
        return command;
    }

    internal sealed record Item(string Source, int Line, string Input);

    private static int Run(CliConsole console, List<Item> items, string? lang, string systemName, string kind, bool json)
    {
        if (items.Count == 0)
            throw new CliUsageException("romanize: give the text to romanize, or '-' to read lines from stdin");

        var failed = false;
        var results = new List<RomanizeDocument>();
        foreach (var item in items)
        {
            // A blank line in batch mode is no input: an empty output line keeps the outputs in step with the lines.
            if (item.Source == "-" && item.Input.Length == 0)
            {
                if (!json)
                    console.Out.WriteLine();
                continue;
            }

            var language = ResolveLanguage(item.Input, lang);
            if (language is null)
            {
                var where = item.Source == "-" ? $"-:{item.Line}: " : string.Empty;
                var problem = lang is null && IsMixed(item.Input)
                    ? "mixes Hangul and Han characters: romanize each part, or choose with --lang ko or --lang zh"
                    : $"has no {(lang is null ? "Hangul or Han" : lang == "ko" ? "Hangul" : "Han")} characters";
                console.Error.WriteLine($"glossary: error: {where}romanize: '{item.Input}' {problem}");
                failed = true;

                // In batch mode an empty line keeps the outputs in step with the input lines.
                if (!json && item.Source == "-")
                    console.Out.WriteLine();
                continue;
            }

            var systems = SelectSystems(language, systemName);
            var entryKind = kind switch { "name" => EntryKind.Person, "place" => EntryKind.Place, _ => EntryKind.Term };
            var values = systems.Select(s => (Name: Romanizer.NameOf(s), Value: Romanizer.Romanize(item.Input, s, entryKind))).ToList();
            if (json)
            {
                results.Add(new RomanizeDocument(
                    item.Input,
                    language,
                    kind,
                    values.ToDictionary(v => v.Name, v => v.Value)));
            }
            else if (systems.Count == 1)
            {
                console.Out.WriteLine(values[0].Value);
            }
            else
            {
                console.Out.WriteLine(item.Input);
                var width = values.Max(v => v.Name.Length);
                foreach (var (name, value) in values)
                    console.Out.WriteLine($"  {name.PadRight(width)}  {value}");
            }
        }

        if (json)
        {
            console.Out.WriteLine(CliJson.Serialize(results));
        }

        return failed ? Program.ExitError : Program.ExitClean;
    }

    internal static List<Item> ReadInputs(CliConsole console, string[] texts, CancellationToken cancellationToken)
    {
        var items = new List<Item>();
        foreach (var text in texts)
        {
            if (text != "-")
            {
                items.Add(new Item("arg", 0, text));
                continue;
            }

            // Read as bytes, bounded and abandonable (Ctrl+C), decoded strictly: a bad byte is reported with its line and column.
            string all;
            try
            {
                if (!TextFile.TryDecode(console.ReadStandardInput(TextFile.DefaultMaxBytes, cancellationToken), "-", out var file, out var error))
                    throw new CliUsageException($"{(error.Position.Line > 0 ? error.Position.ToString() : "-")}: {error.Message}");
                all = file.Text;
            }
            catch (IOException e)
            {
                throw new CliUsageException($"-: {e.Message}");
            }

            var lines = all.ReplaceLineEndings("\n").Split('\n');
            var count = all.EndsWith('\n') || all.EndsWith('\r') ? lines.Length - 1 : lines.Length;
            for (var line = 0; line < count; line++)
                items.Add(new Item("-", line + 1, lines[line].Trim()));
        }

        return items;
    }

    private static bool IsMixed(string input) => input.Any(IsHangul) && input.Any(c => !IsHangul(c) && Romanizer.DetectLanguage(c.ToString()) == "zh");

    /// <summary>"ko" or "zh": the language of <paramref name="input"/>, or the part of it in <paramref name="lang"/>'s script; null when there is none.</summary>
    private static string? ResolveLanguage(string input, string? lang) => lang switch
    {
        null => Romanizer.DetectLanguage(input),
        "ko" => input.Any(IsHangul) ? "ko" : null,
        _ => Romanizer.DetectLanguage(new string(input.Where(c => !IsHangul(c)).ToArray())) == "zh" ? "zh" : null,
    };

    private static bool IsHangul(char c) => Romanizer.DetectLanguage(c.ToString()) == "ko";

    private static IReadOnlyList<RomanizationSystem> SelectSystems(string language, string name)
    {
        var systems = Romanizer.SystemsFor(language);
        if (name.Equals("all", StringComparison.OrdinalIgnoreCase))
            return systems;
        if (name == "default")
            return [systems[0]];
        if (Romanizer.TryParseSystem(name, out var system) && systems.Contains(system))
            return [system];

        var known = string.Join(", ", systems.Select(Romanizer.NameOf));
        throw new CliUsageException($"romanize: unknown system '{name}' for {language} (use {known} or all)");
    }
}
