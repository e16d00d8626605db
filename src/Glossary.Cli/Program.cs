using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;

namespace Glossary.Cli;

/// <summary>Entry point: parse options, run one command, return its exit code (0 clean, 1 findings, 2 error).</summary>
internal static class Program
{
    public const int ExitClean = 0;
    public const int ExitFindings = 1;
    public const int ExitError = 2;

    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        Console.InputEncoding = new UTF8Encoding(false);
        return Run(args, CliConsole.FromProcess());
    }

    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var root = new RootCommand("Keeps the spelling of Korean and Chinese names and foreign terms consistent in English writing.")
        {
            CheckCommand.Create(console),
            FixCommand.Create(console),
            RomanizeCommand.Create(console),
            VariantsCommand.Create(console),
            LookupCommand.Create(console),
            LintCommand.Create(console),
            LintCommand.CreateTest(console),
            ExportCommand.Create(console),
            ImportCommand.Create(console),
            SchemaCommand.Create(console),
        };

        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction parseError)
            parseError.ShowHelp = false;

        try
        {
            var code = parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
            return parsed.Errors.Count > 0 ? ExitError : code;
        }
        catch (CliUsageException e)
        {
            console.Error.WriteLine($"glossary: error: {e.Message}");
            return ExitError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"glossary: error: {e.Message}");
            return ExitError;
        }
        catch (Exception e)
        {
            // A bug of ours, not the user's input: still one line and exit 2, never a stack trace.
            console.Error.WriteLine($"glossary: internal error: {e.GetType().Name}: {e.Message}");
            return ExitError;
        }
    }
}
