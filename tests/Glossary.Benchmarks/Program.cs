using BenchmarkDotNet.Running;

namespace Glossary.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line: <c>dotnet run -c Release -- --filter '*Korean*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["quick"])
            QuickRun.Run();
        else if (args is ["quick", var size])
            QuickRun.Run([int.Parse(size, System.Globalization.CultureInfo.InvariantCulture)]);
        else if (args is ["quick-bundled"])
            QuickRun.RunBundled();
        else if (args is ["profile", var entryCount])
            ProfileRun.Run(int.Parse(entryCount, System.Globalization.CultureInfo.InvariantCulture));
        else if (args is ["compile", var compileEntries])
            ProfileRun.RunCompile(int.Parse(compileEntries, System.Globalization.CultureInfo.InvariantCulture));
        else if (args is ["profile-check", var checkEntries, .. var checkRest])
            ProfileRun.RunCheck(int.Parse(checkEntries, System.Globalization.CultureInfo.InvariantCulture), checkRest is [var runs] ? int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture) : 200);
        else if (args is ["names"])
            NameRun.Run();
        else if (args is ["names-profile", var what])
            NameProfile.Run(what);
        else if (args is ["synthetic-yaml", var count, var file, .. var rest] && rest is [] or ["--variants"])
            SyntheticYaml.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), file, rest is ["--variants"]);
        else if (args is ["export-comparison", var entries, var kilobytes, var folder])
            ExportComparison.Run(int.Parse(entries, System.Globalization.CultureInfo.InvariantCulture), int.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture), folder);
        else
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
