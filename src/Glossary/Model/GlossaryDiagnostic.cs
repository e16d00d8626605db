namespace Glossary;

/// <summary>How bad a glossary diagnostic is: errors stop the glossary from loading.</summary>
public enum DiagnosticSeverity
{
    /// <summary>For information only (what overrides what, generated spellings that were dropped).</summary>
    Info = -1,

    /// <summary>The glossary loads; the problem should still be fixed.</summary>
    Warning = 0,

    /// <summary>The glossary does not load.</summary>
    Error,
}

/// <summary>
/// A problem found in a glossary, with its stable id and position:
/// <c>glossary/ko.yaml:12:7: error GLS004: duplicate key 'en'</c>.
/// </summary>
public sealed record GlossaryDiagnostic(string Id, DiagnosticSeverity Severity, string Message, SourcePosition Position)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Position}: {Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Info => "info", _ => "warning" }} {Id}: {Message}";
}

/// <summary>Thrown when a glossary cannot be compiled; carries every diagnostic, not just the first.</summary>
public sealed class GlossaryLoadException : Exception
{
    /// <summary>Creates the exception from the diagnostics that stopped the load.</summary>
    public GlossaryLoadException(IReadOnlyList<GlossaryDiagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every diagnostic of the load, errors and warnings.</summary>
    public IReadOnlyList<GlossaryDiagnostic> Diagnostics { get; }
}
