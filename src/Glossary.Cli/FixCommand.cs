using System.CommandLine;
using Glossary.Cli.Output;

namespace Glossary.Cli;

/// <summary>
/// <c>glossary fix [PATH...|-] [--write|--diff]</c>: print the fixed text of stdin or one file, rewrite
/// files in place (atomically, keeping encoding, BOM, line endings and permissions) with <c>--write</c>,
/// or print a unified diff that <c>git apply</c> accepts with <c>--diff</c> (exit 1 when something would change).
/// </summary>
internal static class FixCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions("Files or folders to fix; '-' reads stdin and writes the fixed text to stdout.");
        var write = new Option<bool>("--write", "-w") { Description = "Rewrite the files in place instead of printing the fixed text." };
        var force = new Option<bool>("--force") { Description = "With --write, also rewrite read-only files (without it they are an error)." };
        var diff = new Option<bool>("--diff") { Description = "Print a unified diff of what would change (exit 1 if anything would); write nothing." };
        var suggestions = new Option<bool>("--include-suggestions") { Description = "Also fix suggestions (spellings that may name someone else); by default only warnings are fixed." };

        var command = new Command("fix", "Replace non-preferred spellings by the glossary's preferred forms.")
        {
            write, diff, force, suggestions,
        };
        inputs.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var (operands, stdinName, inputFormat) = inputs.Read(parse);
            return Task.FromResult(Run(console, operands, inputs.Workspace(console, parse, cancellationToken), stdinName, inputFormat, parse.GetValue(write), parse.GetValue(diff), cancellationToken, parse.GetValue(force), parse.GetValue(suggestions)));
        });
        return command;
    }

    private static int Run(CliConsole console, string[] operands, Workspace workspace, string? stdinName, string? inputFormat, bool write, bool diff, CancellationToken cancellationToken, bool force = false, bool includeSuggestions = false)
    {
        if (operands.Length == 0)
            throw new CliUsageException("fix: give the files or folders to fix, or '-' for stdin");
        if (write && diff)
            throw new CliUsageException("fix: --write and --diff exclude each other");

        var inputs = workspace.ExpandInputs(operands, stdinName);
        if (!write && !diff && (inputs.Count > 1 || operands.Any(Directory.Exists)))
            throw new CliUsageException("fix: several files need --write or --diff (without them, fix prints the fixed text of stdin or one file)");

        Workspace.PrepareReaders(inputs, inputFormat);
        var compiled = inputs.Select(i => workspace.GlossaryFor(i.Config)).ToArray();
        if (workspace.GlossaryFailed)
            return Program.ExitError;

        // Fixes go to a file (--write), into a diff (--diff) or into the text printed on stdout; the summary says which.
        int changedFiles = 0, totalFixes = 0, printedFixes = 0, notFixed = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var input = inputs[i];
            var decoded = workspace.Read(input);
            if (decoded is null)
                continue;

            var result = compiled[i]!.Fix(decoded.Text, Workspace.OptionsFor(input, inputFormat) with { IncludeSuggestions = includeSuggestions }, cancellationToken);
            notFixed += result.NotFixed.Count;
            foreach (var finding in result.NotFixed)
                console.Error.WriteLine($"{input.DisplayName}:{finding.Line}:{finding.Column}: not fixed (crosses markup): {TextReport.Describe(finding)}");

            var printed = !diff && (!write || input.Path == "-");
            if (diff)
                console.Out.Write(UnifiedDiff.Create(DiffPath(input), decoded.Text, result, byteOrderMark: decoded.HasBom && decoded.Encoding is System.Text.UTF8Encoding));
            else if (printed)
                console.Out.Write(result.Text);
            else if (result.Changed && !TryWrite(console, input, decoded, result.Text, force))
            {
                workspace.MarkFailed();
                continue;
            }

            if (!result.Changed)
                continue;
            console.Error.WriteLine($"{input.DisplayName}: {Count(result.Applied.Count, "fix", "fixes")}");
            if (printed)
            {
                printedFixes += result.Applied.Count;
            }
            else
            {
                changedFiles++;
                totalFixes += result.Applied.Count;
            }
        }

        if (totalFixes > 0)
            console.Error.WriteLine($"{(diff ? "would fix" : "fixed")} {Count(totalFixes, "spelling", "spellings")} in {Count(changedFiles, "file", "files")}");
        if (printedFixes > 0)
            console.Error.WriteLine($"{Count(printedFixes, "spelling", "spellings")} fixed in the output (no file written)");
        if (totalFixes == 0 && printedFixes == 0)
            console.Error.WriteLine("nothing to fix");
        if (notFixed > 0)
            console.Error.WriteLine($"{notFixed} finding{(notFixed == 1 ? string.Empty : "s")} not fixed because {(notFixed == 1 ? "it crosses" : "they cross")} markup");

        if (workspace.Failed)
            return Program.ExitError;
        return diff && changedFiles > 0 ? Program.ExitFindings : Program.ExitClean;
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    /// <summary>
    /// The path in diff headers: relative to the current folder, as git apply expects. A file outside the current
    /// folder keeps its <c>../</c> segments, which git apply refuses (unless given <c>--unsafe-paths</c>) rather than
    /// patching a file of the same name inside the folder, as the absolute path without its leading '/' would.
    /// </summary>
    private static string DiffPath(Input input)
    {
        var path = input.Path == "-" ? input.DisplayName : input.Path;
        if (path == "-")
            return path;
        return Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path));
    }

    private static bool TryWrite(CliConsole console, Input input, TextFile decoded, string text, bool force)
    {
        try
        {
            // Root may write anything: the mode bits, not access(2), say whether the owner meant the file to be read-only.
            if (!force && IsReadOnly(input.Path))
            {
                console.Error.WriteLine($"glossary: error: {input.DisplayName}: read-only file, not rewritten (--force rewrites it)");
                return false;
            }

            TextFile.WriteAtomic(input.Path, decoded, text);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"glossary: error: {input.DisplayName}: cannot write: {e.Message}");
            return false;
        }
    }

    private static bool IsReadOnly(string path) => OperatingSystem.IsWindows()
        ? File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
        : (File.GetUnixFileMode(path) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;
}
