using System.CommandLine;

namespace Glossary.Cli;

/// <summary><c>glossary export --to tbx|csv|markdown [--csv-layout wide|long] [--output FILE] [--glossary PATH...]</c>.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var to = new Option<string>("--to")
        {
            Description = "tbx (TBX v3 TBX-Basic), csv or markdown (a style-guide table).",
            Required = true,
        };
        to.AcceptOnlyFromAmong("tbx", "csv", "markdown");
        var layout = new Option<string>("--csv-layout")
        {
            Description = "wide (one row per entry) or long (entry_id,field,value: lossless). Only with --to csv.",
            DefaultValueFactory = _ => "wide",
        };
        layout.AcceptOnlyFromAmong("wide", "long");
        var output = ExchangeOutput.Output();
        var glossary = CommonOptions.Glossary();
        var config = CommonOptions.Config();

        var command = new Command("export", "Write the glossary as TBX, CSV or a Markdown table.")
        {
            to, layout, output, glossary, config,
        };
        command.SetAction(parse => Run(
            console,
            parse.GetValue(to)!,
            parse.GetResult(layout) is { Implicit: false } ? parse.GetValue(layout) : null,
            parse.GetValue(output),
            parse.GetValue(glossary),
            parse.GetValue(config)));
        return command;
    }

    private static int Run(CliConsole console, string to, string? layout, string? output, string[]? glossaryPaths, string? configPath)
    {
        if (layout is not null && to != "csv")
            throw new CliUsageException("export: --csv-layout is only for --to csv");

        if (CommonOptions.ProjectGlossaries(console, glossaryPaths, configPath) is not { } project)
            return Program.ExitError;
        var sources = project.Sources;
        CommonOptions.CheckOutput("export", output, sources.Where(s => s != GlossaryLoader.BundledName)
            .SelectMany(s => Directory.Exists(s) ? Directory.EnumerateFiles(s) : [s]));
        var entries = ExchangeOutput.Report(GlossaryLoader.Load(sources), console, "the glossary");
        if (entries is null)
            return Program.ExitError;

        string text;
        try
        {
            text = to switch
            {
                "tbx" => GlossaryExchange.WriteTbx(entries),
                "csv" => GlossaryExchange.WriteCsv(entries, oneRowPerField: layout == "long"),
                _ => GlossaryExchange.WriteMarkdown(entries),
            };
        }
        catch (ArgumentException e)
        {
            throw new CliUsageException($"export: {e.Message}");
        }
        return ExchangeOutput.Write(text, output, console);
    }
}
