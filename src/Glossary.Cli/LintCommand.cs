using System.CommandLine;

namespace Glossary.Cli;

/// <summary>
/// <c>glossary lint [PATH...]</c> and <c>glossary test [PATH...]</c>: check glossaries (default: the
/// project config's, else the bundled one). Both exit 1 when a per-entry test fails (a finding, like a warning
/// under <c>--strict</c>) and 2 when a glossary or the config has any other error.
/// </summary>
internal static class LintCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Glossary files or folders ('bundled' for the bundled one); default: the project config's, else bundled.", Arity = ArgumentArity.ZeroOrMore };
        var strict = new Option<bool>("--strict") { Description = "Exit 1 when there are warnings." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Leave out info lines (overrides, dropped generated spellings)." };
        var stale = new Option<bool>("--stale") { Description = "List only the notes that name an office and were not checked in the last twelve months (and errors)." };
        var config = CommonOptions.Config();
        var command = new Command("lint", "Report every problem in glossaries with path:line:col: loader errors, risky variants, unused allowed forms, romanization cross-checks, failing tests.")
        {
            paths, strict, quiet, stale, config,
        };
        command.SetAction(parse =>
        {
            if (CommonOptions.ProjectGlossaries(console, parse.GetValue(paths), parse.GetValue(config)) is not { } project)
                return Program.ExitError;
            var (sources, style) = project;
            var loaded = GlossaryLoader.Load(sources);
            var diagnostics = GlossaryLinter.Lint(loaded, style);
            if (parse.GetValue(stale))
                diagnostics = [.. diagnostics.Where(d => d.Id == GlossaryLinter.StaleNoteId || (d.Severity == DiagnosticSeverity.Error && d.Id != GlossaryLinter.TestFailedId))];
            var quietly = parse.GetValue(quiet);
            foreach (var d in diagnostics.Where(d => !quietly || d.Severity != DiagnosticSeverity.Info))
                console.Out.WriteLine(d.ToString());
            var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            console.Error.WriteLine($"{loaded.Entries.Count} entries: {errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}");

            // A failing entry test is what lint found, as under 'test'; any other error means the glossary is unusable.
            var failedTests = diagnostics.Count(d => d.Id == GlossaryLinter.TestFailedId);
            if (errors > failedTests)
                return Program.ExitError;
            return failedTests > 0 || (warnings > 0 && parse.GetValue(strict)) ? Program.ExitFindings : Program.ExitClean;
        });
        return command;
    }

    public static Command CreateTest(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Glossary files or folders ('bundled' for the bundled one); default: the project config's, else bundled.", Arity = ArgumentArity.ZeroOrMore };
        var config = CommonOptions.Config();
        var command = new Command("test", "Run the per-entry tests (tests: flag/fix/pass) of glossaries.") { paths, config };
        command.SetAction(parse =>
        {
            if (CommonOptions.ProjectGlossaries(console, parse.GetValue(paths), parse.GetValue(config)) is not { } project)
                return Program.ExitError;
            var (sources, style) = project;
            var loaded = GlossaryLoader.Load(sources);
            foreach (var d in loaded.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
                console.Error.WriteLine(d.ToString());
            if (loaded.HasErrors)
                return Program.ExitError;

            var results = GlossaryLinter.RunTests(loaded, style);
            foreach (var failure in results.Where(r => r.Id == GlossaryLinter.TestFailedId))
                console.Out.WriteLine($"{failure.Position}: FAIL {failure.Message}");
            var failed = results.Count(r => r.Id == GlossaryLinter.TestFailedId);
            console.Error.WriteLine($"{results.Count - failed} passed, {failed} failed");
            return failed > 0 ? Program.ExitFindings : Program.ExitClean;
        });
        return command;
    }
}
