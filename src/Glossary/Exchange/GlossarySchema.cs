namespace Glossary.Exchange;

/// <summary>
/// The JSON Schema (draft-07) of glossary YAML format v1, as published in the repository at
/// <c>glossary/schema/glossary.schema.json</c>, for editors (yaml-language-server reads the modeline
/// <c># yaml-language-server: $schema=./schema/glossary.schema.json</c>) and validators.
/// </summary>
internal static class GlossarySchema
{
    private const string ResourceName = "Glossary.Schema.glossary.schema.json";

    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(GlossarySchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the resource {ResourceName} is missing from the assembly");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    });

    /// <summary>The schema's JSON text: <c>{ "$schema": "http://json-schema.org/draft-07/schema#", … }</c>.</summary>
    public static string Json => Text.Value;
}
