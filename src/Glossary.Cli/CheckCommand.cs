using System.CommandLine;
using System.Text;
using Glossary.Cli.Output;

namespace Glossary.Cli;

/// <summary><c>glossary check [PATH...|-]</c>: report non-preferred spellings; exit 0 clean, 1 findings, 2 error.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions("Files or folders to check (text, Markdown, HTML); '-' reads stdin.");
        var format = CommonOptions.Choice<ReportFormat>("--format", $"Report format: {string.Join(", ", ReportFormats.Names)} (default: the config's format, else text).", ReportFormats.Names, ReportFormats.TryParse, "-f");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout (the exit code still says whether there are findings)." };
        var color = new Option<bool>("--color") { Description = "Colour the text report even when stdout is not a terminal or NO_COLOR is set." };
        var noColor = new Option<bool>("--no-color") { Description = "Never colour the text report (wins over --color)." };
        var failLevel = CommonOptions.Choice<FailLevel>("--fail-level", "warning: warnings exit 1 (default); suggestion: any finding exits 1; none: findings exit 0.", [.. FailLevels.Names.Keys], FailLevels.Names.TryGetValue);
        var explain = new Option<bool>("--explain") { Description = "Text report: say under each finding why it fired and what evidence the document has." };
        var unused = new Option<bool>("--report-unused-suppressions") { Description = "Also report suppression comments that suppress nothing (they count as findings)." };
        var consistency = new Option<string?>("--consistency") { Description = "Names written two ways: document (default: within each file), project (across all files checked), or off." };
        consistency.AcceptOnlyFromAmong("document", "project", "off");

        var command = new Command("check", "Report spellings that differ from the glossary's preferred forms.")
        {
            format, failLevel, unused, output, color, noColor, explain, consistency,
        };
        inputs.AddTo(command);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(console, inputs.Workspace(console, parse, cancellationToken), new Settings(
            inputs.Read(parse),
            parse.GetValue(format),
            parse.GetValue(failLevel),
            parse.GetValue(unused),
            parse.GetValue(output),
            parse.GetValue(noColor) ? false : parse.GetValue(color) ? true : null)
        {
            Explain = parse.GetValue(explain),
            Consistency = parse.GetValue(consistency),
        }, cancellationToken)));
        return command;
    }

    private sealed record Settings(
        (string[] Operands, string? StdinName, string? InputFormat) Inputs,
        ReportFormat? Format,
        FailLevel? FailLevel,
        bool ReportUnused,
        string? OutputPath,
        bool? Color)
    {
        public bool Explain { get; init; }

        public string? Consistency { get; init; }
    }

    private static int Run(CliConsole console, Workspace workspace, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Inputs.Operands.Length == 0)
            throw new CliUsageException("check: give the files or folders to check, or '-' for stdin");

        var inputs = workspace.ExpandInputs(settings.Inputs.Operands, settings.Inputs.StdinName);
        CommonOptions.CheckOutput("check", settings.OutputPath, inputs.Select(i => i.Path));
        Workspace.PrepareReaders(inputs, settings.Inputs.InputFormat);
        var compiled = inputs.Select(i => workspace.GlossaryFor(i.Config)).ToArray();
        if (workspace.GlossaryFailed)
            return Program.ExitError;

        var configuredFormat = inputs.Select(i => i.Config.Format).FirstOrDefault(f => f is not null);
        var format = settings.Format ?? (configuredFormat is not null && ReportFormats.TryParse(configuredFormat, out var parsed) ? parsed : ReportFormat.Text);
        var entries = compiled.OfType<CompiledGlossary>().Distinct().SelectMany(g => g.Entries).DistinctBy(e => e.Id).ToList();

        var unusedLines = new List<string>?[inputs.Count];
        var warningLines = new List<string>?[inputs.Count];
        var progress = new Progress(console, inputs.Count);
        var scope = settings.Consistency ?? inputs.Select(i => i.Config.Consistency).FirstOrDefault(c => c is not null) ?? "document";
        DocumentOptions OptionsOf(int i) => Workspace.OptionsFor(inputs[i], settings.Inputs.InputFormat) with { Consistency = scope != "off" };

        // Project scope: every file is read and checked with the others before the report starts.
        var together = scope == "project" ? CheckTogether(workspace, inputs, compiled, OptionsOf, cancellationToken) : null;
        FileReport? CheckOne(int i)
        {
            var input = inputs[i];
            var decoded = together is null ? workspace.Read(input) : together[i].Text;
            FileReport? report = null;
            if (decoded is not null)
            {
                var result = together?[i].Result ?? compiled[i]!.Analyze(decoded.Text, OptionsOf(i), cancellationToken);
                report = new FileReport(input.DisplayName, result.Findings, decoded.Text);
                // Suppression problems are warnings on stderr: they never change the exit code.
                warningLines[i] = result.Warnings.Select(w => $"{input.DisplayName}:{w.Position.Line}:{w.Position.Column}: warning: {w.Message}").ToList();
                if (settings.ReportUnused)
                    unusedLines[i] = result.UnusedSuppressions.Select(u => $"{input.DisplayName}:{u.Position.Line}:{u.Position.Column}: warning: {u.Message}").ToList();
            }

            progress.Step();
            return report;
        }

        // The report is written as the files are checked, in the order of the inputs, and each file's text is let go
        // once written (regression: issue #11 point 7, a report of 690,000 findings was built whole in memory).
        int files = 0, filesWithFindings = 0, findings = 0, warnings = 0;
        IEnumerable<FileReport> Counted()
        {
            foreach (var report in CheckInOrder(inputs.Count, CheckOne, cancellationToken))
            {
                files++;
                filesWithFindings += report.Findings.Count > 0 ? 1 : 0;
                findings += report.Findings.Count;
                warnings += report.Findings.Count(f => f.Level != DiagnosticSeverity.Suggestion);
                yield return report;
            }
        }

        WriteReport(console, settings, format, entries, Counted());
        progress.Done();
        foreach (var line in warningLines.Where(l => l is not null).SelectMany(l => l!))
            console.Error.WriteLine(line);
        var unusedCount = 0;
        foreach (var line in unusedLines.Where(l => l is not null).SelectMany(l => l!))
        {
            console.Error.WriteLine(line);
            unusedCount++;
        }

        console.Error.WriteLine(TextReport.Summary(files, filesWithFindings, findings));

        if (workspace.Failed)
            return Program.ExitError;
        var configuredLevel = inputs.Select(i => i.Config.FailLevel).FirstOrDefault(f => f is not null);
        var failLevel = settings.FailLevel ?? (configuredLevel is null ? FailLevel.Warning : FailLevels.Names[configuredLevel]);
        var fails = failLevel switch
        {
            FailLevel.Warning => warnings > 0 || unusedCount > 0,
            FailLevel.Suggestion => findings > 0 || unusedCount > 0,
            _ => false,
        };
        return fails ? Program.ExitFindings : Program.ExitClean;
    }

    /// <summary>Reads every input and checks those that share a glossary together (<c>--consistency project</c>).</summary>
    private static (TextFile? Text, CheckResult? Result)[] CheckTogether(Workspace workspace, List<Input> inputs, CompiledGlossary?[] compiled, Func<int, DocumentOptions> options, CancellationToken cancellationToken)
    {
        var done = new (TextFile? Text, CheckResult? Result)[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
            done[i] = (workspace.Read(inputs[i]), null);
        foreach (var group in Enumerable.Range(0, inputs.Count).Where(i => done[i].Text is not null).GroupBy(i => compiled[i]!))
        {
            var members = group.ToList();
            var results = group.Key.AnalyzeTogether([.. members.Select(i => (inputs[i].DisplayName, done[i].Text!.Text, options(i)))], cancellationToken);
            for (var k = 0; k < members.Count; k++)
                done[members[k]] = (done[members[k]].Text, results[k]);
        }

        return done;
    }

    /// <summary>
    /// The reports of inputs 0 … count − 1 in order, checked on all cores a window at a time, so that only the
    /// texts of one window are held; one input (a pre-commit hook, an editor) needs no thread pool.
    /// </summary>
    private static IEnumerable<FileReport> CheckInOrder(int count, Func<int, FileReport?> checkOne, CancellationToken cancellationToken)
    {
        var window = Math.Max(1, 4 * Environment.ProcessorCount);
        var results = new FileReport?[Math.Min(window, count)];
        for (var from = 0; from < count; from += window)
        {
            var size = Math.Min(window, count - from);
            if (size == 1)
                results[0] = checkOne(from);
            else
                Parallel.For(0, size, new ParallelOptions { CancellationToken = cancellationToken }, k => results[k] = checkOne(from + k));
            for (var k = 0; k < size; k++)
            {
                if (results[k] is { } report)
                    yield return report;
                results[k] = null;
            }
        }
    }

    /// <summary>Writes the report to stdout, or to <c>--output</c> (UTF-8, no BOM, <c>\n</c> line ends).</summary>
    private static void WriteReport(CliConsole console, Settings settings, ReportFormat format, IReadOnlyList<Glossary.GlossaryEntry> entries, IEnumerable<FileReport> done)
    {
        // Colour only for people: stdout on a terminal without NO_COLOR, unless a flag says otherwise.
        var color = settings.Color ?? (settings.OutputPath is null && console.ColorByDefault);
        var options = new ReportOptions { Entries = entries, Color = color, Explain = settings.Explain };
        if (settings.OutputPath is null)
        {
            ReportFormats.Write(format, console.Out, done, options);
            return;
        }

        StreamWriter opened;
        try
        {
            opened = new StreamWriter(settings.OutputPath, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"check: --output {settings.OutputPath}: {e.Message}");
        }

        using var file = opened;
        ReportFormats.Write(format, file, done, options);
    }
}
