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

    /// <summary>The command's environment variables (none unless given: a test's run never sees the real ones).</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = _ => null;

    /// <summary>Raw standard input, for commands that must keep its bytes (encoding, BOM).</summary>
    public Stream OpenStandardInput() => openStandardInput?.Invoke() ?? new MemoryStream(System.Text.Encoding.UTF8.GetBytes(In.ReadToEnd()));

    /// <summary>
    /// All of standard input, at most <paramref name="maxBytes"/>. The read runs on its own thread and is abandoned
    /// when <paramref name="cancellationToken"/> is cancelled (Ctrl+C while a terminal or a pipe stays silent).
    /// </summary>
    /// <exception cref="OperationCanceledException">The run was interrupted.</exception>
    public byte[] ReadStandardInput(long maxBytes, CancellationToken cancellationToken)
    {
        var stdin = OpenStandardInput();
        var read = Task.Run(() => TextFile.ReadBytes(stdin, maxBytes), CancellationToken.None);
        read.Wait(cancellationToken);
        return read.GetAwaiter().GetResult();
    }

    public static CliConsole FromProcess() => new(Console.In, Console.Out, Console.Error, OpenProcessInput, !Console.IsErrorRedirected)
    {
        ColorByDefault = ShouldColor(Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR")),
        GetEnvironmentVariable = Environment.GetEnvironmentVariable,
    };

    /// <summary>
    /// Standard input of the process. Started with stdin closed (<c>&lt;&amp;-</c>), the runtime's first open file or
    /// pipe takes descriptor 0, and reading it would hang: on Linux that is detected (descriptor 0 missing, an
    /// anonymous inode, or a pipe whose other end this process holds too) and reported as an error.
    /// </summary>
    private static Stream OpenProcessInput()
    {
        if (OperatingSystem.IsLinux() && !StandardInputIsOpen())
            throw new IOException("standard input is closed");
        return Console.OpenStandardInput();
    }

    private static bool StandardInputIsOpen()
    {
        try
        {
            var target = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (target is null)
                return !Directory.Exists("/proc/self/fd");
            if (target.StartsWith("anon_inode:", StringComparison.Ordinal))
                return false;
            if (!target.StartsWith("pipe:", StringComparison.Ordinal))
                return true;
            // The runtime dups stdin (read ends); its own pipes have their write end here too.
            return !Directory.EnumerateFileSystemEntries("/proc/self/fd")
                .Where(fd => Path.GetFileName(fd) != "0" && new FileInfo(fd).LinkTarget == target)
                .Any(fd => OpenForWriting(Path.GetFileName(fd)));
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>
    /// Whether stdout was closed at start (<c>&gt;&amp;-</c>): on Linux descriptor 1 is then missing or a file the
    /// runtime opened for reading, and every write would fail with a misleading "access denied".
    /// </summary>
    public static bool StandardOutputIsClosed() =>
        OperatingSystem.IsLinux() && Directory.Exists("/proc/self/fdinfo") && !OpenForWriting("1");

    /// <summary>Whether descriptor <paramref name="fd"/> is open for writing (the <c>flags:</c> line of its fdinfo, in octal).</summary>
    private static bool OpenForWriting(string fd)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/self/fdinfo/{fd}"))
            {
                if (line.StartsWith("flags:", StringComparison.Ordinal))
                    return (Convert.ToInt32(line["flags:".Length..].Trim(), 8) & 3) != 0;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // Closed meanwhile (the enumeration's own descriptor): not a writer.
        }

        return false;
    }

    /// <summary>No colour when stdout is redirected, or when NO_COLOR is set to anything but the empty string (no-color.org).</summary>
    public static bool ShouldColor(bool outputRedirected, string? noColor) => !outputRedirected && string.IsNullOrEmpty(noColor);
}

/// <summary>A usage or input error that ends the command with exit code 2 and one message on stderr.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
