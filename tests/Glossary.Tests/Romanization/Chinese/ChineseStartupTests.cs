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
        using var cli = new Cli.IsolatedCli("Glossary.dll", "System.CommandLine.dll", "YamlDotNet.dll");
        Assert.False(File.Exists(Path.Combine(cli.Folder, "ICU4N.dll")));
        foreach (var kind in new[] { "name", "place", "word" })
        {
            var (code, stdout, stderr) = cli.Run("习近平\n長孫無忌\n西安\n谢谢\n", "romanize", "-", "--lang", "zh", "--system", "all", "--kind", kind);
            Assert.True(code == 0, $"exit {code}: {stderr}");
            Assert.Contains("hsi", stdout, StringComparison.OrdinalIgnoreCase);
        }

        var single = cli.Run(string.Empty, "romanize", "--lang", "zh", "--kind", "name", "--system", "pinyin-toneless", "习近平");
        Assert.Equal("Xi Jinping\n", single.Stdout);
    }
}
