using System.Reflection;

namespace Glossary.Cli.Output;

/// <summary>
/// What the formats of <see cref="ReportFormats"/> may need besides the findings:
/// <c>new ReportOptions { Entries = glossary.Entries, Color = true }</c>.
/// </summary>
public sealed record ReportOptions
{
    /// <summary>
    /// The glossary entries the findings refer to, for SARIF rule metadata and source links (SARIF, rdjsonl).
    /// A finding whose entry is missing is still reported, with what the finding itself carries.
    /// </summary>
    public IReadOnlyCollection<GlossaryEntry> Entries { get; init; } = [];

    /// <summary>The tool version SARIF reports as <c>semanticVersion</c>; defaults to <see cref="DefaultToolVersion"/>.</summary>
    public string ToolVersion { get; init; } = DefaultToolVersion;

    /// <summary>The tool's home page, written as SARIF <c>informationUri</c> when set.</summary>
    public Uri? InformationUri { get; init; }

    /// <summary>Whether the text format uses ANSI colours; other formats ignore it.</summary>
    public bool Color { get; init; }

    /// <summary>Whether the text format says under each finding why it fired and the evidence used (<c>check --explain</c>).</summary>
    public bool Explain { get; init; }

    /// <summary>The library's version without build metadata: <c>0.1.0</c>.</summary>
    public static string DefaultToolVersion { get; } = ReadVersion();

    internal IReadOnlyDictionary<string, GlossaryEntry> EntriesById()
    {
        var byId = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        foreach (var entry in Entries)
            byId.TryAdd(entry.Id, entry);
        return byId;
    }

    private static string ReadVersion() => (typeof(ReportOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
