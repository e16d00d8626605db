using System.CommandLine;
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
        var format = new Option<string>("--format", "-f") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("check", "Report spellings that differ from the glossary's preferred forms.")
        {
            paths, glossary, stdinName, format,
        };
        command.SetAction(parse => Run(console, parse.GetValue(paths) ?? [], parse.GetValue(glossary), parse.GetValue(stdinName), parse.GetValue(format)!));
        return command;
    }

    private static int Run(CliConsole console, string[] operands, string[]? glossaryPaths, string? stdinName, string format)
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
        if (format == "json")
            JsonReport.Write(console.Out, done);
        else
            TextReport.Write(console.Out, done);
        console.Error.WriteLine(TextReport.Summary(done));

        if (failed || readErrors.Any(e => e))
            return Program.ExitError;
        return done.Any(r => r.Findings.Count > 0) ? Program.ExitFindings : Program.ExitClean;
    }
}
