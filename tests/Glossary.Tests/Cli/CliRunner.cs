using System.Text;
using Glossary.Cli;

namespace Glossary.Tests.Cli;

/// <summary>Runs the real <c>glossary</c> command in-process with captured streams.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>Runs with no environment variables: the command sees no HOME, so it caches nothing.</summary>
    public static Result Run(string stdin, params string[] args) => RunWith(new Dictionary<string, string>(), stdin, args);

    /// <summary>Runs with <paramref name="environment"/> as the command's environment variables (the process's are never changed).</summary>
    public static Result RunWith(IReadOnlyDictionary<string, string> environment, string stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var bytes = Encoding.UTF8.GetBytes(stdin);
        var console = new CliConsole(new StringReader(stdin), output, error, () => new MemoryStream(bytes))
        {
            GetEnvironmentVariable = environment.GetValueOrDefault,
        };
        var code = Program.Run(args, console);
        return new Result(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with empty stdin. (Named apart from <see cref="Run"/> so arguments are never taken for stdin.)</summary>
    public static Result Args(params string[] args) => Run(string.Empty, args);
}
