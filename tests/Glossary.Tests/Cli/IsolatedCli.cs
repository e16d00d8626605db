using System.Diagnostics;

namespace Glossary.Tests.Cli;

/// <summary>
/// The built CLI copied into a new folder with only the assemblies a test allows, run in its own process:
/// proves what a command does not load (a missing assembly would end it with an internal error, exit 2).
/// </summary>
internal sealed class IsolatedCli : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("glossary-isolated-");

    /// <summary>Copies Glossary.Cli (without its deps.json, so nothing else is required) and the named assemblies.</summary>
    public IsolatedCli(params string[] assemblies)
    {
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory))
        {
            var name = Path.GetFileName(file);
            if ((name.StartsWith("Glossary.Cli.", StringComparison.Ordinal) && !name.EndsWith(".deps.json", StringComparison.Ordinal))
                || assemblies.Contains(name))
            {
                File.Copy(file, Path.Combine(folder.FullName, name));
            }
        }
    }

    public string Folder => folder.FullName;

    public (int Code, string Stdout, string Stderr) Run(string stdin, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder.FullName,
        };
        start.ArgumentList.Add(Path.Combine(folder.FullName, "Glossary.Cli.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result.ReplaceLineEndings("\n"), stderr);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
