namespace Glossary.Cli;

/// <summary>A "checked N/M files" line on stderr, only when stderr is a terminal and the run is long.</summary>
internal sealed class Progress(CliConsole console, int total)
{
    private const int MinimumFiles = 200;
    private readonly bool enabled = total >= MinimumFiles && console.IsErrorTerminal;
    private int done;

    public void Step()
    {
        var now = Interlocked.Increment(ref done);
        if (enabled && now % 50 == 0)
        {
            lock (console)
                console.Error.Write($"\rchecked {now}/{total} files");
        }
    }

    public void Done()
    {
        if (enabled)
            console.Error.Write("\r\u001b[K");
    }
}
