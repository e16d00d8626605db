using Glossary.Exchange;
using Glossary.Tests.Cli;

namespace Glossary.Tests.Exchange;

/// <summary>The real <c>glossary export</c>, <c>import</c> and <c>schema</c> commands.</summary>
public sealed class ExchangeCommandTests
{
    [Theory]
    [InlineData("tbx", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<tbx type=\"TBX-Basic\"")]
    [InlineData("csv", "id,en,kind,ko,zh,zh-Hans,zh-Hant,ja,variants,allow,note,source\r\n")]
    [InlineData("markdown", "| Preferred | Native | Kind | Do not write | Note |\n")]
    public void Export_Bundled_ToStdout(string format, string start)
    {
        var result = CliRunner.Args("export", "--to", format);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.StartsWith(start, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_CsvLong_ThenImport_GivesTheSameEntries()
    {
        using var scratch = new TestFiles.Scratch();
        var csv = Path.Combine(scratch.Root, "g.csv");
        var yaml = Path.Combine(scratch.Root, "g.yaml");
        var export = CliRunner.Args("export", "--to", "csv", "--csv-layout", "long", "--output", csv);
        Assert.Equal((0, string.Empty, string.Empty), (export.ExitCode, export.Stdout, export.Stderr));
        Assert.StartsWith("entry_id,field,value\r\n", File.ReadAllText(csv), StringComparison.Ordinal);

        var import = CliRunner.Args("import", csv, "-o", yaml);
        Assert.Equal((0, string.Empty, string.Empty), (import.ExitCode, import.Stdout, import.Stderr));
        ExchangeSamples.AssertSameEntries(ExchangeSamples.Bundled(), GlossaryLoader.Load([yaml]));
    }

    [Fact]
    public void Export_FromGivenGlossary_Markdown()
    {
        using var scratch = new TestFiles.Scratch();
        var yaml = scratch.File("small.yaml", System.Text.Encoding.UTF8.GetBytes(ExchangeSamples.SmallYaml));
        var result = CliRunner.Args("export", "--to", "markdown", "--glossary", yaml);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(MarkdownExport.Write(ExchangeSamples.Small()), result.Stdout);
    }

    [Fact]
    public void Export_BrokenGlossary_Exit2WithDiagnostics()
    {
        var result = CliRunner.Args("export", "--to", "tbx", "--glossary", TestFiles.Glossary("broken.yaml"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains("error GLS", result.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("nothing was written\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_Tbx_ControlCharacterInANote_Exit2()
    {
        using var scratch = new TestFiles.Scratch();
        var yaml = scratch.File("g.yaml", "entries:\n  - en: Busan\n    note: \"bell \\x07\"\n"u8.ToArray());
        var result = CliRunner.Args("export", "--to", "tbx", "--glossary", yaml);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("glossary: error: export: ", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("export", "--to", "pdf")]
    [InlineData("export", "--to", "tbx", "--csv-layout", "long")]
    [InlineData("import", "glossary.txt")]
    [InlineData("import", "--from", "tbx", "/no/such/file.tbx")]
    public void UsageErrors_Exit2(params string[] args)
    {
        var result = CliRunner.Args(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.NotEqual(string.Empty, result.Stderr);
    }

    [Fact]
    public void Import_TbxFromStdin_WritesYaml()
    {
        var tbx = TbxExport.Write(ExchangeSamples.Small());
        var result = CliRunner.Run(tbx, "import", "--from", "tbx", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Imported from stdin (tbx) by glossary import.\nentries:\n  - en: Lee Jae-myung\n", result.Stdout, StringComparison.Ordinal);
        ExchangeSamples.AssertSameEntries(ExchangeSamples.Small(), GlossaryLoader.LoadText(result.Stdout, "out.yaml"));
    }

    [Fact]
    public void Import_MalformedCsv_Exit2WithPositionedError()
    {
        var result = CliRunner.Run("en,note\r\nBusan,\"open\r\n", "import", "--from", "csv", "-");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal("-:2:7: error GLS111: unterminated quoted cell (it starts here)\nglossary: error: stdin has 1 error; nothing was written\n", result.Stderr);
    }

    [Fact]
    public void Import_MalformedTbx_Exit2WithPositionedError()
    {
        using var scratch = new TestFiles.Scratch();
        var tbx = scratch.File("bad.tbx", "<tbx>\n  <text>\n</tbx>\n"u8.ToArray());
        var result = CliRunner.Args("import", tbx);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"{tbx}:3:3: error GLS101: XML syntax error: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue11_ImportOfATbxWithoutConcepts_Exit2NotAnEmptyGlossary()
    {
        using var scratch = new TestFiles.Scratch();
        var tbx = scratch.File("empty.tbx", "<tbx>\n  <text><body/></text>\n</tbx>\n"u8.ToArray());
        var result = CliRunner.Args("import", tbx);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.StartsWith($"{tbx}:2:10: error GLS109: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue11_CheckWithAGlossaryHoldingAnInvisibleCharacter_Exit2NothingChecked()
    {
        using var scratch = new TestFiles.Scratch();
        var glossary = scratch.File("g.yaml", "entries:\n  - en: \"Bu\u200Bsan\"\n    variants: [Pusan]\n"u8.ToArray());
        var result = CliRunner.Run("Pusan", "fix", "-", "--glossary", glossary);
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("\u200B", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.StartsWith($"{glossary}:2:9: error GLS024: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_PrintsTheEmbeddedSchema()
    {
        var result = CliRunner.Args("schema");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(GlossarySchema.Json, result.Stdout);
        Assert.Contains("\"$schema\": \"http://json-schema.org/draft-07/schema#\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_Output_WritesTheFile()
    {
        using var scratch = new TestFiles.Scratch();
        var file = Path.Combine(scratch.Root, "s.json");
        Assert.Equal(0, CliRunner.Args("schema", "--output", file).ExitCode);
        Assert.Equal(GlossarySchema.Json, File.ReadAllText(file));
    }
}
