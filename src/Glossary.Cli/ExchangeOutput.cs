using System.CommandLine;
using System.Text;

namespace Glossary.Cli;

/// <summary>Steps that <c>export</c>, <c>import</c> and <c>schema</c> share: report diagnostics, write the result.</summary>
internal static class ExchangeOutput
{
    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write to this file (UTF-8) instead of stdout.",
    };

    /// <summary>Prints every diagnostic to stderr; the entries, or null (after a summary line) when any is an error.</summary>
    public static IReadOnlyList<GlossaryEntry>? Report(GlossaryLoadResult result, CliConsole console, string what)
    {
        foreach (var diagnostic in result.Diagnostics)
            console.Error.WriteLine(diagnostic.ToString());
        if (!result.HasErrors)
            return result.Entries;

        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        console.Error.WriteLine($"glossary: error: {what} has {errors} error{(errors == 1 ? string.Empty : "s")}; nothing was written");
        return null;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="output"/> (UTF-8, no BOM) or to stdout.</summary>
    public static int Write(string text, string? output, CliConsole console)
    {
        if (output is null or "-")
            console.Out.Write(text);
        else
            File.WriteAllText(output, text, new UTF8Encoding(false));
        return Program.ExitClean;
    }
}
