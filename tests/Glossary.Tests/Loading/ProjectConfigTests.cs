using Glossary.Cli;
using Glossary.Cli.Output;
using Glossary.Model;

namespace Glossary.Tests.Loading;

/// <summary>
/// <c>.glossary.yaml</c> is read as strictly as a glossary (regression: issue #11 point 13): every problem is a
/// positioned GLS diagnostic from the one message table, and any error means no config.
/// </summary>
public sealed class ProjectConfigTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("glossary-config-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (ProjectConfig? Config, IReadOnlyList<GlossaryDiagnostic> Diagnostics) Load(string yaml)
    {
        var path = System.IO.Path.Combine(folder, ProjectConfig.FileName);
        File.WriteAllText(path, yaml);
        return ProjectConfig.Load(path, ReportFormats.Names, [.. FailLevels.Names.Keys]);
    }

    private static string Render(GlossaryDiagnostic d) => $"{d.Position.Line}:{d.Position.Column} {d.Id} {d.Message}";

    [Fact]
    public void Load_EveryKey_Read()
    {
        var (config, diagnostics) = Load("root: true\nglossaries: [bundled, house/]\ninclude: [\"docs/**/*.{md,txt}\"]\nexclude: [docs/vendor/]\n"
            + "format: sarif\nfail-level: none\nstyle: ap\nhtml: { attributes: true, skip-classes: [no-glossary] }\n");
        Assert.Empty(diagnostics);
        Assert.NotNull(config);
        Assert.Equal(["docs/**/*.{md,txt}"], config.Include);
        Assert.Equal(["docs/vendor/"], config.Exclude);
        Assert.Equal(("sarif", "none", "ap"), (config.Format, config.FailLevel, config.Style));
        Assert.True(config.HtmlAttributes);
        Assert.Equal(["no-glossary"], config.HtmlSkipClasses);
        Assert.Equal("bundled", config.Glossaries[0]);
    }

    public static TheoryData<string, string, string> Invalid => new()
    {
        // name, config text, "line:col id message" of the one error
        { "duplicate key", "format: json\nformat: sarif\n", "2:1 GLS004 " + GlossaryMessages.Format(GlossaryMessages.DuplicateKey, "format", 1) },
        { "duplicate html key", "html:\n  attributes: true\n  attributes: false\n", "3:3 GLS004 " + GlossaryMessages.Format(GlossaryMessages.DuplicateKey, "attributes", 2) },
        { "unknown key", "glossarys: [house]\n", "1:1 GLS003 " + GlossaryMessages.Format(GlossaryMessages.UnknownKey, "glossarys", "root, glossaries, include, exclude, format, fail-level, html, style, names, consistency") },
        { "unknown html key", "html: { attribute: true }\n", "1:9 GLS003 " + GlossaryMessages.Format(GlossaryMessages.UnknownKey, "attribute", "attributes, skip-classes") },
        { "number for a list", "include: 5\n", "1:10 GLS005 " + GlossaryMessages.Format(GlossaryMessages.WrongType, "include", "a list of strings", "a number") },
        { "string for a list", "glossaries: house/\n", "1:13 GLS005 " + GlossaryMessages.Format(GlossaryMessages.WrongType, "glossaries", "a list of strings", "a string") },
        { "mapping in a list", "exclude:\n  - a/\n  - { b: c }\n", "3:5 GLS005 " + GlossaryMessages.Format(GlossaryMessages.WrongType, "exclude", "a list of strings", "a mapping") },
        { "list for a string", "format: [json]\n", "1:9 GLS005 " + GlossaryMessages.Format(GlossaryMessages.WrongType, "format", "a string", "a list") },
        { "html not a mapping", "html: true\n", "1:7 GLS005 " + GlossaryMessages.Format(GlossaryMessages.WrongType, "html", "a mapping", "a boolean") },
        { "root not a boolean", "root: yes\n", "1:7 GLS005 " + GlossaryMessages.Format(GlossaryMessages.WrongType, "root", "true or false", "a string") },
        { "attributes not a boolean", "html: { attributes: on }\n", "1:21 GLS005 " + GlossaryMessages.Format(GlossaryMessages.WrongType, "html.attributes", "true or false", "a string") },
        { "unclosed brace", "include: [\"docs/*.md\", \"{a,b\"]\n", "1:24 GLS023 " + GlossaryMessages.Format(GlossaryMessages.InvalidGlob, "{a,b", "include", GlossaryMessages.Format(GlossaryMessages.GlobUnclosedBrace, 1)) },
        { "unclosed inner brace", "exclude: [\"x/{a,{b,c}\"]\n", "1:11 GLS023 " + GlossaryMessages.Format(GlossaryMessages.InvalidGlob, "x/{a,{b,c}", "exclude", GlossaryMessages.Format(GlossaryMessages.GlobUnclosedBrace, 3)) },
        { "empty glob", "include: [\"  \"]\n", "1:11 GLS023 " + GlossaryMessages.Format(GlossaryMessages.InvalidGlob, "  ", "include", GlossaryMessages.GlobEmpty) },
        { "empty item", "include: [a, ~]\n", "1:14 GLS005 " + GlossaryMessages.Format(GlossaryMessages.WrongType, "include", "a list of strings", "empty") },
        { "format", "format: yaml\n", "1:9 GLS022 " + GlossaryMessages.Format(GlossaryMessages.InvalidValue, "format", "one of text, json, jsonl, sarif, github, rdjsonl, checkstyle", "yaml") },
        { "fail level", "fail-level: error\n", "1:13 GLS022 " + GlossaryMessages.Format(GlossaryMessages.InvalidValue, "fail-level", "one of warning, none, suggestion", "error") },
        { "blank style", "style: \" \"\n", "1:8 GLS022 " + GlossaryMessages.Format(GlossaryMessages.InvalidValue, "style", "a style name (as written under an entry's 'styles:')", " ") },
        { "invisible style", "style: \"a\\u200Bp\"\n", "1:8 GLS022 " + GlossaryMessages.Format(GlossaryMessages.InvalidValue, "style", "a style name (as written under an entry's 'styles:')", "a<U+200B>p") },
        { "not a mapping", "- a\n", "1:1 GLS005 " + GlossaryMessages.Format(GlossaryMessages.WrongType, ProjectConfig.FileName, "a mapping", "a list") },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Load_Invalid_OnePositionedErrorAndNoConfig(string name, string yaml, string expected)
    {
        var (config, diagnostics) = Load(yaml);
        Assert.Null(config);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.True(expected == Render(error), $"{name}: {Render(error)}");
    }

    [Fact]
    public void Load_SeveralProblems_AllReported()
    {
        var (config, diagnostics) = Load("include: 5\nformat: yaml\nformat: json\nextra: 1\n");
        Assert.Null(config);
        Assert.Equal(["GLS005", "GLS022", "GLS004", "GLS003"], diagnostics.Select(d => d.Id));
    }

    [Theory]
    [InlineData("docs/**/*.md")]
    [InlineData("*.{md,txt}")]
    [InlineData("a}b")]
    [InlineData("{a,{b,c}}/x")]
    public void GlobProblem_ValidGlob_None(string glob) => Assert.Null(ProjectConfig.GlobProblem(glob));
}
