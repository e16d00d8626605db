using System.Runtime.InteropServices;

namespace Glossary.Cli;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM end a run promptly with the conventional status (130, 143) and one line on
/// stderr. The first signal cancels <see cref="Token"/>, which the commands pass down, so the run stops at its
/// next check and an atomic write removes its temporary file. A run blocked where no token reaches (an open of a
/// FIFO without a writer) is ended after <see cref="Grace"/>, or at once by a second signal.
/// </summary>
internal sealed class Interrupts : IDisposable
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource source = new();
    private readonly TextWriter error;
    private readonly List<PosixSignalRegistration> registrations = [];
    private readonly ManualResetEventSlim finished = new();
    private int signal;
    private int ended;

    private Interrupts(TextWriter error) => this.error = error;

    public CancellationToken Token => source.Token;

    /// <summary>The exit status for the signal received: 128 + its number, as shells report.</summary>
    public int ExitCode => signal == (int)PosixSignal.SIGTERM ? 143 : 130;

    /// <summary>Handles SIGINT and SIGTERM (instead of the runtime's default, which ends the process abruptly).</summary>
    public static Interrupts Install(TextWriter error)
    {
        var interrupts = new Interrupts(error);
        foreach (var posix in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
            interrupts.registrations.Add(PosixSignalRegistration.Create(posix, interrupts.OnSignal));
        return interrupts;
    }

    /// <summary>
    /// Prints the one line for an interrupted run and returns its exit status; called by the run that stopped on
    /// the token. Returns null when the fallback already ends the process (the caller must not print anything).
    /// </summary>
    public int? End()
    {
        finished.Set();
        if (Interlocked.Exchange(ref ended, 1) != 0)
            return null;
        WriteLine();
        return ExitCode;
    }

    /// <summary>Marks the run finished (normally), so a late signal's fallback does not end it.</summary>
    public void Finished() => finished.Set();

    public void Dispose()
    {
        foreach (var registration in registrations)
            registration.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // Keep the process alive: the run winds down on the token and exits with the status itself.
        context.Cancel = true;
        var number = context.Signal == PosixSignal.SIGTERM ? (int)PosixSignal.SIGTERM : (int)PosixSignal.SIGINT;
        if (Interlocked.CompareExchange(ref signal, number, 0) != 0)
        {
            Force();
            return;
        }

        source.Cancel();
        _ = Task.Run(() =>
        {
            if (!finished.Wait(Grace))
                Force();
        });
    }

    private void Force()
    {
        if (finished.IsSet || Interlocked.Exchange(ref ended, 1) != 0)
            return;
        WriteLine();
        Environment.Exit(ExitCode);
    }

    private void WriteLine()
    {
        try
        {
            error.WriteLine($"glossary: interrupted by {(signal == (int)PosixSignal.SIGTERM ? "SIGTERM" : "SIGINT")}");
            error.Flush();
        }
        catch (IOException)
        {
            // stderr is gone: the exit status still tells.
        }
    }
}
