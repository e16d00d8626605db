using System.CommandLine;
using Glossary.Checking;
using Glossary.Documents;
using Glossary.Loading;
using Glossary.Model;

namespace Glossary.Cli;

/// <summary>Options and steps that <c>check</c> and <c>fix</c> share.</summary>
internal static class CommonOptions
{
    private static readonly string[] TextExtensions = [".txt", ".md", ".markdown", ".html", ".htm"];
    private static readonly string[] SkippedFolders = [".git", "bin", "obj", "node_modules"];

    public static Argument<string[]> Paths(string description) => new("paths")
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string[]> Glossary() => new("--glossary", "-g")
    {
        Description = "A glossary file or folder (repeatable, loaded in order); 'bundled' names the bundled glossary. Default: bundled.",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string?> StdinFilename() => new("--stdin-filename")
    {
        Description = "The name to report for stdin ('-').",
    };

    /// <summary>Loads and compiles the glossaries, printing every diagnostic; null when any is an error.</summary>
    public static CompiledGlossary? LoadGlossary(string[]? paths, CliConsole console)
    {
        var sources = paths is { Length: > 0 } ? paths : [GlossaryLoader.BundledName];
        var result = GlossaryLoader.Load(sources);
        foreach (var diagnostic in result.Diagnostics)
            console.Error.WriteLine(diagnostic.ToString());
        if (result.HasErrors)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            console.Error.WriteLine($"glossary: error: the glossary has {errors} error{(errors == 1 ? string.Empty : "s")}; nothing was checked");
            return null;
        }

        return new GlossaryBuilder().AddRange(result.Entries).Build();
    }

    /// <summary>
    /// Expands the operands: files as given, folders recursively (text, Markdown and HTML files, skipping
    /// .git, bin, obj, node_modules), <c>-</c> as stdin. Missing paths are reported and counted as errors.
    /// </summary>
    public static List<string> ExpandInputs(IEnumerable<string> operands, CliConsole console, ref bool failed)
    {
        var inputs = new List<string>();
        foreach (var operand in operands)
        {
            if (operand == "-")
            {
                inputs.Add("-");
            }
            else if (File.Exists(operand))
            {
                inputs.Add(operand);
            }
            else if (Directory.Exists(operand))
            {
                inputs.AddRange(Walk(operand).Order(StringComparer.Ordinal));
            }
            else
            {
                var what = operand.StartsWith('-') ? "unknown option" : "no such file or directory";
                console.Error.WriteLine($"glossary: error: {operand}: {what}");
                failed = true;
            }
        }

        return inputs;
    }

    /// <summary>Reads an input; on failure prints <c>path: reason</c> and returns null.</summary>
    public static DecodedText? ReadInput(string input, string displayName, CliConsole console)
    {
        try
        {
            if (input != "-")
                return TextFile.Read(input);
            using var stdin = console.OpenStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            return TextFile.Decode(buffer.ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or UnreadableTextException)
        {
            console.Error.WriteLine($"glossary: error: {displayName}: {e.Message}");
            return null;
        }
    }

    private static IEnumerable<string> Walk(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options))
        {
            if (TextExtensions.Any(e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                yield return file;
        }

        foreach (var sub in Directory.EnumerateDirectories(folder, "*", options))
        {
            if (SkippedFolders.Contains(Path.GetFileName(sub)))
                continue;
            foreach (var file in Walk(sub))
                yield return file;
        }
    }
}
