namespace Glossary.Model;

/// <summary>The one order in which diagnostics are reported, whoever found them (loader, importers, linter, config).</summary>
internal static class DiagnosticOrder
{
    /// <summary>
    /// By file (ordinal), line and column. The sort is stable: diagnostics at one position keep the order in which
    /// they were found, so a run's output does not depend on the sort.
    /// </summary>
    public static List<GlossaryDiagnostic> ByPosition(IEnumerable<GlossaryDiagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Position.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Position.Line)
        .ThenBy(d => d.Position.Column)
        .ToList();
}
