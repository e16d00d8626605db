using System.Diagnostics;

namespace Glossary.Tests.Romanization.Chinese;

/// <summary>
/// Romanizing Chinese never loads ICU4N: the engine reads precomputed tables. Proved in a separate
/// process (this test process loads ICU4N for <see cref="ChineseTableGeneratorTests"/>): the CLI is
/// copied without ICU4N.dll, J2N.dll and its deps.json, so any attempt to load ICU4N would fail with
/// FileNotFoundException, which the CLI reports as an internal error with exit code 2.
/// </summary>
public sealed class ChineseStartupTests
{
    [Fact]
    public void RomanizeCli_WithoutIcu4NOnDisk_RomanizesEverySystemAndKind()
    {
        var app = Directory.CreateTempSubdirectory("glossary-no-icu-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory))
            {
                var name = Path.GetFileName(file);
                if ((name.StartsWith("Glossary.Cli.", StringComparison.Ordinal) && !name.EndsWith(".deps.json", StringComparison.Ordinal))
                    || name is "Glossary.dll" or "System.CommandLine.dll" or "YamlDotNet.dll")
                {
                    File.Copy(file, Path.Combine(app.FullName, name));
                }
            }

            Assert.False(File.Exists(Path.Combine(app.FullName, "ICU4N.dll")));
            foreach (var kind in new[] { "name", "place", "word" })
            {
                var (code, stdout, stderr) = Run(app.FullName, "习近平\n長孫無忌\n西安\n谢谢\n", "romanize", "-", "--lang", "zh", "--system", "all", "--kind", kind);
                Assert.True(code == 0, $"exit {code}: {stderr}");
                Assert.Contains("hsi", stdout, StringComparison.OrdinalIgnoreCase);
            }

            var single = Run(app.FullName, string.Empty, "romanize", "--lang", "zh", "--kind", "name", "--system", "pinyin-toneless", "习近平");
            Assert.Equal("Xi Jinping\n", single.Stdout.ReplaceLineEndings("\n"));
        }
        finally
        {
            app.Delete(recursive: true);
        }
    }

    private static (int Code, string Stdout, string Stderr) Run(string folder, string stdin, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add(Path.Combine(folder, "Glossary.Cli.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }
}
