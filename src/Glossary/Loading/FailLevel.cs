namespace Glossary.Loading;

/// <summary>Which findings make a check fail (exit 1): <c>fail-level</c> in <see cref="ProjectConfig"/>, <c>--fail-level</c> of the CLI.</summary>
public enum FailLevel
{
    /// <summary><c>warning</c>: any finding at level warning (suggestions do not fail).</summary>
    Warning,

    /// <summary><c>none</c>: no finding; the check fails only on errors.</summary>
    None,

    /// <summary><c>suggestion</c>: any finding, suggestions included.</summary>
    Suggestion,
}
