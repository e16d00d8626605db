using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Glossary.Cli;

/// <summary>
/// The JSON documents of <c>romanize</c>, <c>lookup</c> and <c>variants</c>, serialized by source-generated code (no
/// reflection: the tool also ships compiled ahead of time): indented, camelCase names, non-ASCII letters as they are.
/// </summary>
internal static class CliJson
{
    private static readonly CliJsonContext Context = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The document as indented JSON with <c>\n</c> line ends.</summary>
    public static string Serialize<T>(T value) =>
        JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Context.GetTypeInfo(typeof(T))!).ReplaceLineEndings("\n");
}

/// <summary>One romanized input of <c>romanize --format json</c>.</summary>
internal sealed record RomanizeDocument(string Input, string Lang, string Kind, IReadOnlyDictionary<string, string> Romanizations);

/// <summary>One entry of <c>lookup --format json</c>.</summary>
internal sealed record LookupDocument(
    string Id,
    string En,
    string Kind,
    IReadOnlyDictionary<string, string> Native,
    IReadOnlyDictionary<string, string> Romanizations,
    IReadOnlyList<string> Variants,
    IReadOnlyList<string> Allow,
    string? Note,
    string? Source);

/// <summary>One entry of <c>variants --format json</c>.</summary>
internal sealed record VariantsDocument(
    string Id,
    string En,
    IReadOnlyList<string> Listed,
    IReadOnlyList<string> Allowed,
    IReadOnlyList<GeneratedDocument> Generated,
    IReadOnlyList<DroppedDocument> Dropped);

/// <summary>A generated spelling and why it exists.</summary>
internal sealed record GeneratedDocument(string Text, string System, string Rule)
{
    /// <summary>Why the spelling is only a suggestion without evidence in the document; null when it is always a warning.</summary>
    public string? NeedsEvidence { get; init; }
}

/// <summary>A generated spelling that a guard dropped, and why.</summary>
internal sealed record DroppedDocument(string Text, string Reason);

/// <summary>One input of <c>read --format json</c>: its readings, most likely first; empty when it is not a name.</summary>
internal sealed record ReadDocument(string Input, IReadOnlyList<NameReading> Readings);

// The options are given once, at run time (CliJson.Context): the attribute cannot name the encoder.
[JsonSerializable(typeof(List<RomanizeDocument>))]
[JsonSerializable(typeof(List<LookupDocument>))]
[JsonSerializable(typeof(List<VariantsDocument>))]
[JsonSerializable(typeof(List<ReadDocument>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
