using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;

using Suggestion = (string En, string Language, System.Collections.Generic.IReadOnlyList<string> Natives, Glossary.EntryKind Kind, System.Collections.Generic.IReadOnlyList<(string Text, int Count, string Example)> Spellings);

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

        var suggestions = Romanizer.SuggestEntries(Documents(), glossary, minCount, Workspace.OptionsFor(inputs[0], settings.InputFormat));
        console.Out.Write(json ? WriteJson(suggestions) : WriteYaml(suggestions));
        return workspace.Failed ? Program.ExitError : Program.ExitClean;
    }

    /// <summary>The other native readings listed beside the first.</summary>
    private const int OtherNatives = 3;

    /// <summary>The suggestions as YAML entries to paste under <c>entries:</c>, counts and an example in comments.</summary>
    private static string WriteYaml(IReadOnlyList<Suggestion> suggestions)
    {
        var yaml = new StringBuilder();
        yaml.Append("# Suggested by `glossary suggest`: names the glossary does not know. Review each before adding it.\n");
        yaml.Append("entries:\n");
        foreach (var s in suggestions)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - en: {s.En}\n");
            if (s.Language == "ko")
            {
                yaml.Append(CultureInfo.InvariantCulture, $"    ko: {s.Natives[0]}\n");
                if (s.Natives.Count > 1)
                    yaml.Append(CultureInfo.InvariantCulture, $"    # other Hangul readings: {string.Join(", ", s.Natives.Skip(1).Take(OtherNatives))}\n");
            }
            else
            {
                yaml.Append(CultureInfo.InvariantCulture, $"    # zh: Hanzi unknown (not recoverable from letters); pinyin: {s.Natives[0]}\n");
                if (s.Natives.Count > 1)
                    yaml.Append(CultureInfo.InvariantCulture, $"    # other pinyin readings: {string.Join(", ", s.Natives.Skip(1).Take(OtherNatives))}\n");
            }

            if (s.Kind != EntryKind.Other)
                yaml.Append(CultureInfo.InvariantCulture, $"    kind: {GlossaryLoader.KindName(s.Kind)}\n");
            var variants = s.Spellings.Select(m => m.Text).Where(t => t != s.En).ToList();
            if (variants.Count > 0)
            {
                yaml.Append("    variants:\n");
                foreach (var v in variants)
                    yaml.Append(CultureInfo.InvariantCulture, $"      - {v}\n");
            }

            var counts = string.Join(", ", s.Spellings.Select(m => $"{m.Text} {m.Count}"));
            yaml.Append(CultureInfo.InvariantCulture, $"    # seen {s.Spellings.Sum(m => m.Count)} times ({counts}); e.g. {s.Spellings[0].Example}\n");
        }

        return yaml.ToString();
    }

    /// <summary>The suggestions as a JSON array, one object per name.</summary>
    private static string WriteJson(IReadOnlyList<Suggestion> suggestions)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var s in suggestions)
            {
                json.WriteStartObject();
                json.WriteString("en", s.En);
                json.WriteString("language", s.Language);
                json.WriteString("native", s.Natives[0]);
                json.WriteStartArray("otherNatives");
                foreach (var n in s.Natives.Skip(1).Take(OtherNatives))
                    json.WriteStringValue(n);
                json.WriteEndArray();
                if (s.Kind != EntryKind.Other)
                    json.WriteString("kind", GlossaryLoader.KindName(s.Kind));
                json.WriteNumber("count", s.Spellings.Sum(m => m.Count));
                json.WriteStartArray("spellings");
                foreach (var m in s.Spellings)
                {
                    json.WriteStartObject();
                    json.WriteString("text", m.Text);
                    json.WriteNumber("count", m.Count);
                    json.WriteString("example", m.Example);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
