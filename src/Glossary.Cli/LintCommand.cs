using System.CommandLine;
using Glossary.Checking;
using Glossary.Linting;
using Glossary.Loading;
using Glossary.Model;

namespace Glossary.Cli;

/// <summary>
/// <c>glossary lint [PATH...]</c> and <c>glossary test [PATH...]</c>: check glossaries (default: the
/// bundled one). Lint exits 2 on errors (a failing per-entry test is one), 1 on warnings with
/// <c>--strict</c>; test runs only the per-entry tests and exits 1 when one fails.
/// </summary>
internal static class LintCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Glossary files or folders ('bundled' for the bundled one; default).", Arity = ArgumentArity.ZeroOrMore };
        var strict = new Option<bool>("--strict") { Description = "Exit 1 when there are warnings." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Leave out info lines (overrides, dropped generated spellings)." };
        var command = new Command("lint", "Report every problem in glossaries with path:line:col: loader errors, risky variants, unused allowed forms, romanization cross-checks, failing tests.")
        {
            paths, strict, quiet,
        };
        command.SetAction(parse =>
        {
            var loaded = GlossaryLoader.Load(Sources(parse.GetValue(paths)));
            var diagnostics = GlossaryLinter.Lint(loaded);
            var quietly = parse.GetValue(quiet);
            foreach (var d in diagnostics.Where(d => !quietly || d.Severity != DiagnosticSeverity.Info))
                console.Out.WriteLine(d.ToString());
            var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            console.Error.WriteLine($"{loaded.Entries.Count} entries: {errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}");
            return errors > 0 ? Program.ExitError : warnings > 0 && parse.GetValue(strict) ? Program.ExitFindings : Program.ExitClean;
        });
        return command;
    }

    public static Command CreateTest(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Glossary files or folders ('bundled' for the bundled one; default).", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("test", "Run the per-entry tests (tests: flag/fix/pass) of glossaries.") { paths };
        command.SetAction(parse =>
        {
            var loaded = GlossaryLoader.Load(Sources(parse.GetValue(paths)));
            foreach (var d in loaded.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
                console.Error.WriteLine(d.ToString());
            if (loaded.HasErrors)
                return Program.ExitError;

            var results = EntryTests.Run(new GlossaryBuilder().AddRange(loaded.Entries).Build(), loaded.Entries);
            foreach (var failure in results.Where(r => !r.Passed))
                console.Out.WriteLine($"{failure.Test.Position}: FAIL [{failure.EntryId}] {failure.Message}");
            var failed = results.Count(r => !r.Passed);
            console.Error.WriteLine($"{results.Count - failed} passed, {failed} failed");
            return failed > 0 ? Program.ExitFindings : Program.ExitClean;
        });
        return command;
    }

    private static string[] Sources(string[]? paths) => paths is { Length: > 0 } ? paths : [GlossaryLoader.BundledName];
}
