using System.CommandLine;
using System.Text;
using Glossary.Checking;
using Glossary.Output;

namespace Glossary.Cli;

/// <summary><c>glossary check [PATH...|-]</c>: report non-preferred spellings; exit 0 clean, 1 findings, 2 error.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths("Files or folders to check (text, Markdown, HTML); '-' reads stdin.");
        var glossary = CommonOptions.Glossary();
        var stdinName = CommonOptions.StdinFilename();
        var format = new Option<string>("--format", "-f") { Description = $"Report format: {string.Join(", ", ReportFormats.Names)}.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. ReportFormats.Names]);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout (the exit code still says whether there are findings)." };
        var color = new Option<bool>("--color") { Description = "Colour the text report even when stdout is not a terminal or NO_COLOR is set." };
        var noColor = new Option<bool>("--no-color") { Description = "Never colour the text report (wins over --color)." };

        var command = new Command("check", "Report spellings that differ from the glossary's preferred forms.")
        {
            paths, glossary, stdinName, format, output, color, noColor,
        };
        command.SetAction(parse =>
        {
            var report = new ReportSettings(parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(noColor) ? false : parse.GetValue(color) ? true : null);
            return Run(console, parse.GetValue(paths) ?? [], parse.GetValue(glossary), parse.GetValue(stdinName), report);
        });
        return command;
    }

    private static int Run(CliConsole console, string[] operands, string[]? glossaryPaths, string? stdinName, ReportSettings report)
    {
        if (operands.Length == 0)
            throw new CliUsageException("check: give the files or folders to check, or '-' for stdin");

        var failed = false;
        var inputs = CommonOptions.ExpandInputs(operands, console, ref failed);
        var glossary = CommonOptions.LoadGlossary(glossaryPaths, console);
        if (glossary is null)
            return Program.ExitError;

        // Files are read and checked on all cores; the report keeps the order of the inputs.
        var reports = new FileReport?[inputs.Count];
        var readErrors = new bool[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            var name = inputs[i] == "-" ? stdinName ?? "-" : inputs[i];
            var decoded = CommonOptions.ReadInput(inputs[i], name, console);
            if (decoded is null)
            {
                readErrors[i] = true;
                return;
            }

            reports[i] = new FileReport(name, glossary.Check(decoded.Text), decoded.Text);
        });

        var done = reports.OfType<FileReport>().ToList();
        WriteReport(console, report, glossary, done);
        console.Error.WriteLine(TextReport.Summary(done));

        if (failed || readErrors.Any(e => e))
            return Program.ExitError;
        return done.Any(r => r.Findings.Count > 0) ? Program.ExitFindings : Program.ExitClean;
    }

    /// <summary>Writes the report to stdout, or to <see cref="ReportSettings.OutputPath"/> (UTF-8, no BOM, <c>\n</c> line ends).</summary>
    private static void WriteReport(CliConsole console, ReportSettings report, CompiledGlossary glossary, List<FileReport> done)
    {
        // Colour only for people: stdout on a terminal without NO_COLOR, unless a flag says otherwise.
        var color = report.Color ?? (report.OutputPath is null && console.ColorByDefault);
        var options = new ReportOptions { Entries = glossary.Entries, Color = color };
        if (report.OutputPath is null)
        {
            ReportFormats.Write(report.Format, console.Out, done, options);
            return;
        }

        using var file = new StreamWriter(report.OutputPath, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        ReportFormats.Write(report.Format, file, done, options);
    }

    /// <summary>How to write the report: format name, target file (null: stdout) and colour (null: decide from the console).</summary>
    private sealed record ReportSettings(string Format, string? OutputPath, bool? Color);
}
