using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Glossary.Tests.Cli;
using Json.Schema;

namespace Glossary.Tests.Output;

/// <summary>The SARIF report against the official SARIF 2.1.0 schema, and against what GitHub code scanning requires beyond it.</summary>
public sealed class SarifSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static TheoryData<string, string> Inputs => new()
    {
        { "findings", ReportFormatGoldenTests.News },
        { "clean", "President Lee Jae-myung met reporters in Busan." },
        { "empty", string.Empty },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Sarif_Report_ValidatesAgainstTheSchema(string name, string text)
    {
        _ = name;
        var sarif = CliRunner.Run(text, "check", "-", "--stdin-filename", ReportFormatGoldenTests.StdinName, "--format", "sarif").Stdout;
        AssertValid(sarif);
    }

    [Fact]
    public void Sarif_GoldenFile_ValidatesAgainstTheSchema() =>
        AssertValid(File.ReadAllText(Path.Combine(OutputFolder(), "golden", "check.sarif")));

    [Fact]
    public void Sarif_RootedPath_ValidatesAgainstTheSchema()
    {
        using var scratch = new TestFiles.Scratch();
        var file = scratch.File("기사 1.md", "Pusan"u8.ToArray());
        AssertValid(CliRunner.Args("check", file, "--format", "sarif").Stdout);
    }

    [Fact]
    public void Schema_RejectsAWrongVersion()
    {
        // Guards the guard: the schema file is really read and enforced.
        var sarif = ReportFormatGoldenTests.Check("--format", "sarif").Stdout.Replace("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\"", StringComparison.Ordinal);
        using var document = JsonDocument.Parse(sarif);
        Assert.False(Schema.Value.Evaluate(document.RootElement, Options).IsValid);
    }

    [Fact]
    public void Schema_RejectsAnUnencodedUri()
    {
        // Why ArtifactUri percent-encodes: "uri-reference" is checked as a format.
        var sarif = ReportFormatGoldenTests.Check("--format", "sarif").Stdout.Replace(
            "docs/news%2C%20100%25%3A%20%22Q%26A%22%20%3Cdraft%3E.md", "docs/a b<>.md", StringComparison.Ordinal);
        using var document = JsonDocument.Parse(sarif);
        Assert.False(Schema.Value.Evaluate(document.RootElement, Options).IsValid);
    }

    [Fact]
    public void Sarif_Report_HasWhatGitHubCodeScanningRequires()
    {
        var root = JsonNode.Parse(ReportFormatGoldenTests.Check("--format", "sarif").Stdout)!;
        var run = root["runs"]![0]!;
        Assert.Equal("utf16CodeUnits", (string?)run["columnKind"]);
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.NotEmpty(rules);
        foreach (var rule in rules)
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)rule!["id"]));
            foreach (var text in new[] { "shortDescription", "fullDescription", "help" })
                Assert.False(string.IsNullOrWhiteSpace((string?)rule[text]?["text"]), $"{rule["id"]}: {text}.text");
        }

        var results = run["results"]!.AsArray();
        Assert.Equal(5, results.Count);
        foreach (var result in results)
        {
            var index = (int)result!["ruleIndex"]!;
            Assert.Equal((string?)rules[index]!["id"], (string?)result["ruleId"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)result["message"]!["text"]));
            Assert.Single(result["locations"]!.AsArray());
            var region = result["locations"]![0]!["physicalLocation"]!["region"]!;
            Assert.True((int)region["startLine"]! >= 1 && (int)region["startColumn"]! >= 1);
            Assert.Matches("^[0-9a-f]{16}:[0-9]+$", (string?)result["partialFingerprints"]!["primaryLocationLineHash"]);
        }
    }

    private static void AssertValid(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var result = Schema.Value.Evaluate(document.RootElement, Options);
        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"));
        Assert.True(result.IsValid, "SARIF does not validate:\n" + string.Join('\n', errors));
    }

    private static string SchemaPath() => Path.Combine(OutputFolder(), "schemas", "sarif-2.1.0-rtm.5.json");

    // The published schema is draft-04; JsonSchema.Net reads draft-07. Only the root keywords differ
    // here: $schema names the draft, and the draft-04 root "id" is dropped (the schema refers to itself
    // only by local "#/definitions/…" references).
    private static JsonSchema LoadSchema()
    {
        var root = JsonNode.Parse(File.ReadAllText(SchemaPath()))!.AsObject();
        root["$schema"] = "http://json-schema.org/draft-07/schema#";
        root.Remove("id");
        return JsonSchema.FromText(root.ToJsonString());
    }

    private static string OutputFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
