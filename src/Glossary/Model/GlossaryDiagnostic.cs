namespace Glossary;

/// <summary>
/// How bad a glossary diagnostic is (errors stop the glossary from loading), and the level of a
/// <see cref="Finding"/>: <see cref="Warning"/> or <see cref="Suggestion"/>.
/// </summary>
public enum DiagnosticSeverity
{
    /// <summary>For information only (what overrides what, generated spellings that were dropped).</summary>
    Info = -2,

    /// <summary>
    /// A finding that may name someone or something else: reported, but not fixed unless asked and not failing a
    /// check unless <c>--fail-level suggestion</c> ("Kim Yeo-jung" with nothing in the document about Kim Yo-jong).
    /// </summary>
    Suggestion = -1,

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
        $"{Position}: {Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Info => "info", DiagnosticSeverity.Suggestion => "suggestion", _ => "warning" }} {Id}: {Message}";
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
