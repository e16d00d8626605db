namespace Glossary.Cli;

/// <summary>The streams and environment a command runs against; tests pass their own.</summary>
internal sealed class CliConsole(TextReader input, TextWriter output, TextWriter error, Func<Stream>? openStandardInput = null, bool isErrorTerminal = false)
{
    /// <summary>Whether stderr is a terminal (progress lines are shown only then).</summary>
    public bool IsErrorTerminal { get; } = isErrorTerminal;

    public TextReader In { get; } = input;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Whether reports for people may be coloured: stdout is a terminal and NO_COLOR is unset or empty.</summary>
    public bool ColorByDefault { get; init; }

    /// <summary>Raw standard input, for commands that must keep its bytes (encoding, BOM).</summary>
    public Stream OpenStandardInput() => openStandardInput?.Invoke() ?? new MemoryStream(System.Text.Encoding.UTF8.GetBytes(In.ReadToEnd()));

    public static CliConsole FromProcess() => new(Console.In, Console.Out, Console.Error, Console.OpenStandardInput, !Console.IsErrorRedirected)
    {
        ColorByDefault = ShouldColor(Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR")),
    };

    /// <summary>No colour when stdout is redirected, or when NO_COLOR is set to anything but the empty string (no-color.org).</summary>
    public static bool ShouldColor(bool outputRedirected, string? noColor) => !outputRedirected && string.IsNullOrEmpty(noColor);
}

/// <summary>A usage or input error that ends the command with exit code 2 and one message on stderr.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
