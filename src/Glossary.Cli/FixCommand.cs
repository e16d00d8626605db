using System.CommandLine;

namespace Glossary.Cli;

// Placeholder while the foundation (issue 2) is written.
internal static class FixCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("fix", "Not built yet.");
        command.SetAction(_ => { console.Error.WriteLine("not built yet"); return Program.ExitError; });
        return command;
    }
}
