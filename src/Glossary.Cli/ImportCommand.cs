using System.CommandLine;

namespace Glossary.Cli;

/// <summary><c>glossary import [--from tbx|csv] FILE|- [--output FILE]</c>: TBX or CSV → glossary YAML.</summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The TBX or CSV file to read; '-' reads stdin." };
        var from = new Option<string?>("--from") { Description = "tbx or csv; by default taken from the file name (.tbx, .xml → tbx; .csv → csv)." };
        from.AcceptOnlyFromAmong("tbx", "csv");
        var output = ExchangeOutput.Output();

        var command = new Command("import", "Read a TBX (v3 or 2008) or CSV glossary and write it as glossary YAML.")
        {
            file, from, output,
        };
        command.SetAction(parse => Run(console, parse.GetValue(file)!, parse.GetValue(from), parse.GetValue(output)));
        return command;
    }

    private static int Run(CliConsole console, string file, string? from, string? output)
    {
        var format = from ?? Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".tbx" or ".xml" => "tbx",
            ".csv" => "csv",
            _ => throw new CliUsageException($"import: cannot tell the format of '{file}'; give --from tbx or --from csv"),
        };

        CommonOptions.CheckOutput("import", output, [file]);
        var input = new Workspace(console, null, null).Read(new Input(file, file, new ProjectConfig()));
        if (input is null)
            return Program.ExitError;

        var result = format == "tbx" ? GlossaryExchange.ReadTbx(input.Text, file) : GlossaryExchange.ReadCsv(input.Text, file);
        var entries = ExchangeOutput.Report(result, console, file == "-" ? "stdin" : file);
        if (entries is null)
            return Program.ExitError;

        var name = file == "-" ? "stdin" : Path.GetFileName(file);
        return ExchangeOutput.Write(GlossaryExchange.WriteYaml(entries, $"Imported from {name} ({format}) by glossary import."), output, console);
    }
}
