using System.CommandLine;
using Glossary.Documents;

namespace Glossary.Cli;

/// <summary>
/// <c>glossary fix [PATH...|-] [--write]</c>: print the fixed text of stdin or one file, or rewrite files
/// in place (atomically, keeping encoding, BOM and line endings) with <c>--write</c>.
/// </summary>
internal static class FixCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths("Files or folders to fix; '-' reads stdin and writes the fixed text to stdout.");
        var glossary = CommonOptions.Glossary();
        var stdinName = CommonOptions.StdinFilename();
        var write = new Option<bool>("--write", "-w") { Description = "Rewrite the files in place instead of printing the fixed text." };

        var command = new Command("fix", "Replace non-preferred spellings by the glossary's preferred forms.")
        {
            paths, glossary, stdinName, write,
        };
        command.SetAction(parse => Run(console, parse.GetValue(paths) ?? [], parse.GetValue(glossary), parse.GetValue(stdinName), parse.GetValue(write)));
        return command;
    }

    private static int Run(CliConsole console, string[] operands, string[]? glossaryPaths, string? stdinName, bool write)
    {
        if (operands.Length == 0)
            throw new CliUsageException("fix: give the files or folders to fix, or '-' for stdin");

        var failed = false;
        var inputs = CommonOptions.ExpandInputs(operands, console, ref failed);
        if (!write && (inputs.Count > 1 || operands.Any(Directory.Exists)))
            throw new CliUsageException("fix: several files need --write (without it, fix prints the fixed text of stdin or one file)");

        var glossary = CommonOptions.LoadGlossary(glossaryPaths, console);
        if (glossary is null)
            return Program.ExitError;

        int changedFiles = 0, totalFixes = 0;
        foreach (var input in inputs)
        {
            var name = input == "-" ? stdinName ?? "-" : input;
            var decoded = CommonOptions.ReadInput(input, name, console);
            if (decoded is null)
            {
                failed = true;
                continue;
            }

            var result = glossary.Fix(decoded.Text);
            if (!write || input == "-")
            {
                console.Out.Write(result.Text);
            }
            else if (result.Changed)
            {
                try
                {
                    TextFile.WriteAtomic(input, decoded, result.Text);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine($"glossary: error: {name}: cannot write: {e.Message}");
                    failed = true;
                    continue;
                }
            }

            if (result.Changed)
            {
                changedFiles++;
                totalFixes += result.Applied.Count;
                console.Error.WriteLine($"{name}: {result.Applied.Count} fix{(result.Applied.Count == 1 ? string.Empty : "es")}");
            }
        }

        const string verb = "fixed";
        console.Error.WriteLine(totalFixes == 0
            ? "nothing to fix"
            : $"{verb} {totalFixes} spelling{(totalFixes == 1 ? string.Empty : "s")} in {changedFiles} file{(changedFiles == 1 ? string.Empty : "s")}");
        return failed ? Program.ExitError : Program.ExitClean;
    }
}
