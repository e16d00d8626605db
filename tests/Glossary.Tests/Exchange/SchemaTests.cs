using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Glossary.Exchange;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace Glossary.Tests.Exchange;

/// <summary>The JSON Schema accepts every bundled glossary file and rejects what the loader rejects.</summary>
public sealed class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(GlossarySchema.Json);

    public static TheoryData<string> BundledFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RoundTripTests.RepoRoot(), "glossary"), "*.yaml").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(BundledFiles))]
    public void BundledFile_ValidatesAgainstTheSchema(string name)
    {
        var text = File.ReadAllText(Path.Combine(RoundTripTests.RepoRoot(), "glossary", name));
        Assert.StartsWith("# yaml-language-server: $schema=./schema/glossary.schema.json\n# ", text, StringComparison.Ordinal);
        var result = Evaluate(text);
        Assert.True(result.IsValid, Describe(result));
    }

    [Fact]
    public void Schema_InTheRepository_IsTheEmbeddedOne() =>
        Assert.Equal(File.ReadAllText(Path.Combine(RoundTripTests.RepoRoot(), "glossary", "schema", "glossary.schema.json")), GlossarySchema.Json);

    [Fact]
    public void YamlWriterOutput_ValidatesAgainstTheSchema() =>
        Assert.True(Evaluate(YamlExport.Write(ExchangeSamples.Tricky)).IsValid);

    public static TheoryData<string, string> Invalid => new()
    {
        { "unknown key", "entries:\n  - en: Busan\n    colour: blue\n" },
        { "missing en", "entries:\n  - ko: 부산\n" },
        { "en not a string", "entries:\n  - en: [Busan]\n" },
        { "empty en", "entries:\n  - en: \"\"\n" },
        { "variants not a list", "entries:\n  - en: Busan\n    variants: Pusan\n" },
        { "empty variant", "entries:\n  - en: Busan\n    variants: [\"\"]\n" },
        { "unknown kind", "entries:\n  - en: Busan\n    kind: city\n" },
        { "bad id", "entries:\n  - en: Busan\n    id: Busan\n" },
        { "unknown top-level key", "version: 1\nentries: []\n" },
        { "no entries", "title: x\n" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void InvalidSample_FailsValidation(string why, string yaml) => Assert.False(Evaluate(yaml).IsValid, why);

    private static EvaluationResults Evaluate(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var json = ToJson(stream.Documents[0].RootNode)?.ToJsonString() ?? "null";
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    /// <summary>YAML 1.2 core schema: plain null/booleans/numbers become JSON ones, everything else a string.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, ToJson(p.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } plain => Plain(plain.Value ?? string.Empty),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? string.Empty),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonValue? Plain(string value)
    {
        if (value is "" or "~" or "null" or "Null" or "NULL")
            return null;
        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
            return JsonValue.Create(value.Equals("true", StringComparison.OrdinalIgnoreCase));
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && char.IsAsciiDigit(value[^1]))
            return JsonValue.Create(number);
        return JsonValue.Create(value);
    }
}
