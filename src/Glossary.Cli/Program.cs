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
        if (CliConsole.StandardOutputIsClosed())
        {
            Console.Error.WriteLine("glossary: error: standard output is closed");
            return ExitError;
        }

        using var interrupts = Interrupts.Install(Console.Error);
        var code = Run(args, CliConsole.FromProcess(), interrupts);
        interrupts.Finished();
        return code;
    }

    private static readonly (string Name, Func<CliConsole, Command> Create)[] Commands =
    [
        ("check", CheckCommand.Create),
        ("fix", FixCommand.Create),
        ("romanize", RomanizeCommand.Create),
        ("read", ReadCommand.Create),
        ("suggest", SuggestCommand.Create),
        ("variants", VariantsCommand.Create),
        ("lookup", LookupCommand.Create),
        ("lint", LintCommand.Create),
        ("test", LintCommand.CreateTest),
        ("export", ExportCommand.Create),
        ("import", ImportCommand.Create),
        ("schema", SchemaCommand.Create),
    ];

    public static int Run(IReadOnlyList<string> args, CliConsole console, Interrupts? interrupts = null)
    {
        var root = new RootCommand("Keeps the spelling of Korean and Chinese names and foreign terms consistent in English writing.");

        // Start-up matters for pre-commit hooks: build only the command that runs (all of them for help or a typo).
        var wanted = args.Count > 0 && Commands.Any(c => c.Name == args[0]) ? args[0] : null;
        foreach (var (name, create) in Commands)
        {
            if (wanted is null || name == wanted)
                root.Subcommands.Add(create(console));
        }

        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction parseError)
            parseError.ShowHelp = false;

        try
        {
            // Our own signal handling (Interrupts), not System.CommandLine's, which exits without a word.
            var configuration = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            };
            var code = parsed.InvokeAsync(configuration, interrupts?.Token ?? CancellationToken.None).GetAwaiter().GetResult();
            if (interrupts is { Token.IsCancellationRequested: true })
                return Interrupted(interrupts);
            return parsed.Errors.Count > 0 ? ExitError : code;
        }
        catch (Exception e) when (interrupts is { Token.IsCancellationRequested: true } && e is OperationCanceledException or AggregateException)
        {
            // The fallback ends the process itself when End returns null: wait for it rather than print twice.
            return Interrupted(interrupts);
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

    private static int Interrupted(Interrupts interrupts)
    {
        if (interrupts.End() is { } status)
            return status;

        // The fallback is ending the process with the status and the line: wait for it rather than print twice.
        Thread.Sleep(Timeout.Infinite);
        return ExitError;
    }
}
