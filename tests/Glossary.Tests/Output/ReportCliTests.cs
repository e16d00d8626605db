using Glossary.Cli;
using Glossary.Tests.Cli;

namespace Glossary.Tests.Output;

/// <summary><c>glossary check</c>'s report options: <c>--output</c>, <c>--color</c>, <c>--no-color</c>.</summary>
public sealed class ReportCliTests
{
    [Fact]
    public void Output_File_GetsTheReportAndStdoutStaysEmpty()
    {
        using var scratch = new TestFiles.Scratch();
        var file = Path.Combine(scratch.Root, "report.sarif");
        var result = ReportFormatGoldenTests.Check("--format", "sarif", "--output", file);
        Assert.Equal((1, string.Empty, "5 findings in 1 of 1 file\n"), (result.ExitCode, result.Stdout, result.Stderr));
        var expected = ReportFormatGoldenTests.Check("--format", "sarif").Stdout;
        var written = File.ReadAllText(file).Replace(
            $"\"semanticVersion\": \"{Glossary.Cli.Output.ReportOptions.DefaultToolVersion}\"", $"\"semanticVersion\": \"{ReportFormatGoldenTests.TestVersion}\"", StringComparison.Ordinal);
        Assert.Equal(expected, written);
        Assert.False(File.ReadAllBytes(file).AsSpan().StartsWith("\uFEFF"u8), "no BOM");
    }

    [Fact]
    public void Output_CleanInput_WritesAnEmptyReportAndExitsZero()
    {
        using var scratch = new TestFiles.Scratch();
        var file = Path.Combine(scratch.Root, "report.jsonl");
        var result = CliRunner.Run("Busan", "check", "-", "--format", "jsonl", "-o", file);
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Stdout));
        Assert.Equal(string.Empty, File.ReadAllText(file));
    }

    [Fact]
    public void Output_MissingFolder_Exit2()
    {
        using var scratch = new TestFiles.Scratch();
        var result = CliRunner.Run("Pusan", "check", "-", "--output", Path.Combine(scratch.Root, "no", "such", "report.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("glossary: error: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_TextReport_NeverColouredByDefault()
    {
        using var scratch = new TestFiles.Scratch();
        var file = Path.Combine(scratch.Root, "report.txt");
        CliRunner.Run("Pusan", "check", "-", "--output", file);
        Assert.Equal("-:1:1: warning: 'Pusan' → 'Busan' [busan]\n", File.ReadAllText(file));
    }

    [Fact]
    public void Color_RedirectedOutput_PlainText()
    {
        // CliRunner's console stands for redirected output: ColorByDefault is false.
        var result = CliRunner.Run("Pusan", "check", "-");
        Assert.Equal("-:1:1: warning: 'Pusan' → 'Busan' [busan]\n", result.Stdout);
    }

    [Fact]
    public void Color_Flag_ColoursEvenWhenRedirected()
    {
        var result = CliRunner.Run("Pusan", "check", "-", "--color");
        Assert.Contains("\e[33mwarning\e[0m", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Color_NoColorFlag_WinsOverColor()
    {
        var result = CliRunner.Run("Pusan", "check", "-", "--color", "--no-color");
        Assert.Equal("-:1:1: warning: 'Pusan' → 'Busan' [busan]\n", result.Stdout);
    }

    [Fact]
    public void Color_OtherFormats_IgnoreIt()
    {
        var result = CliRunner.Run("Pusan", "check", "-", "--color", "--format", "jsonl");
        Assert.DoesNotContain("\e[", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, null, true)]
    [InlineData(false, "", true)]
    [InlineData(false, "1", false)]
    [InlineData(false, "0", false)]
    [InlineData(true, null, false)]
    [InlineData(true, "", false)]
    public void ShouldColor_TerminalAndNoColor(bool redirected, string? noColor, bool color) =>
        Assert.Equal(color, CliConsole.ShouldColor(redirected, noColor));

    [Fact]
    public void Format_Unknown_Exit2()
    {
        var result = CliRunner.Run("Pusan", "check", "-", "--format", "html");
        Assert.Equal((2, string.Empty), (result.ExitCode, result.Stdout));
    }
}
