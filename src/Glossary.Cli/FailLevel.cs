namespace Glossary.Cli;

/// <summary>Which findings make a check fail (exit 1): <c>fail-level</c> in <c>.glossary.yaml</c>, <c>--fail-level</c> of the CLI.</summary>
internal enum FailLevel
{
    /// <summary><c>warning</c>: any finding at level warning (suggestions do not fail).</summary>
    Warning,

    /// <summary><c>none</c>: no finding; the check fails only on errors.</summary>
    None,

    /// <summary><c>suggestion</c>: any finding, suggestions included.</summary>
    Suggestion,
}

/// <summary>The names of <see cref="FailLevel"/> values, as written in a config and after <c>--fail-level</c>.</summary>
internal static class FailLevels
{
    public static IReadOnlyDictionary<string, FailLevel> Names { get; } = new Dictionary<string, FailLevel>(StringComparer.Ordinal)
    {
        ["warning"] = FailLevel.Warning,
        ["none"] = FailLevel.None,
        ["suggestion"] = FailLevel.Suggestion,
    };
}
