using Glossary.Documents;
using Glossary.Model;

namespace Glossary.Checking;

/// <summary>
/// Drops the findings that a document's suppressions cover and lists the suppressions that covered
/// nothing. <c>glossary-ignore-next-line</c> covers the line after the comment; <c>glossary-disable</c>
/// covers everything up to a matching <c>glossary-enable</c>; front matter <c>glossary: { ignore: […] }</c>
/// covers the whole document.
/// </summary>
internal static class SuppressionFilter
{
    public static CheckResult Apply(ParsedDocument document, List<Finding> findings, LineIndex lines, Func<string, bool> isKnownId)
    {
        if (document.Directives.Count == 0 && document.IgnoredIds.Count == 0 && document.FrontMatterDirectives.Count == 0)
            return new CheckResult(findings, []);

        var directives = document.Directives.OrderBy(d => d.Offset).ToList();

        var used = new HashSet<Directive>(ReferenceEqualityComparer.Instance);
        var by = Suppressors(findings, directives, document, lines);
        var kept = new List<Finding>(findings.Count);
        for (var i = 0; i < findings.Count; i++)
        {
            if (by[i] is null)
                kept.Add(findings[i]);
            else
                used.Add(by[i]!);
        }

        var unused = directives.Concat(document.FrontMatterDirectives)
            .Where(d => d.Kind is not DirectiveKind.Enable and not DirectiveKind.Unknown && !used.Contains(d))
            .Select(d =>
            {
                var (line, column) = lines.Locate(d.Offset);
                var text = document.Source.Substring(d.Offset, Math.Min(d.Length, document.Source.Length - d.Offset)).Trim();
                return Warning(GlossaryMessages.UnusedSuppressionId, GlossaryMessages.Format(GlossaryMessages.UnusedSuppression, text), line, column, d.Offset);
            })
            .ToList();
        var warnings = new List<GlossaryDiagnostic>();
        foreach (var directive in directives.Concat(document.FrontMatterDirectives).OrderBy(d => d.Offset))
        {
            var (line, column) = lines.Locate(directive.Offset);
            if (directive.Problem is { } problem)
                warnings.Add(Warning(GlossaryMessages.DocumentDirectiveId, problem, line, column, directive.Offset));
            foreach (var id in directive.Ids.Where(id => !isKnownId(id)))
                warnings.Add(Warning(GlossaryMessages.UnknownSuppressedIdId, GlossaryMessages.Format(GlossaryMessages.UnknownSuppressedId, id), line, column, directive.Offset));
        }

        return new CheckResult(kept, unused) { Warnings = warnings };
    }

    /// <summary>A warning about the checked document itself, positioned in it (its path is the caller's to add).</summary>
    public static GlossaryDiagnostic Warning(string id, string message, int line, int column, int offset) =>
        new(id, DiagnosticSeverity.Warning, message, new SourcePosition(string.Empty, line, column, offset));

    /// <summary>
    /// The directive that suppresses each finding, or null: one sweep over findings and directives in source order,
    /// so a document with many of both is checked in linear time (regression: issue #11 point 5).
    /// </summary>
    private static Directive?[] Suppressors(List<Finding> findings, List<Directive> directives, ParsedDocument document, LineIndex lines)
    {
        var by = new Directive?[findings.Count];
        var order = Enumerable.Range(0, findings.Count).OrderBy(i => findings[i].Offset).ToArray();
        Directive? disabledBy = null;
        var disabledIds = new Dictionary<string, Directive>(StringComparer.Ordinal);
        var ignoredLines = new Dictionary<int, List<Directive>>();
        var next = 0;
        foreach (var index in order)
        {
            var finding = findings[index];
            if (document.IgnoredIds.Contains(finding.EntryId))
            {
                by[index] = document.FrontMatterDirectives.FirstOrDefault(d => d.Covers(finding.EntryId));
                continue;
            }

            for (; next < directives.Count && directives[next].Offset < finding.Offset; next++)
            {
                var directive = directives[next];
                switch (directive.Kind)
                {
                    case DirectiveKind.IgnoreNextLine:
                        var (line, _) = lines.Locate(directive.Offset + Math.Max(directive.Length - 1, 0));
                        if (!ignoredLines.TryGetValue(line + 1, out var onLine))
                            ignoredLines[line + 1] = onLine = [];
                        onLine.Add(directive);
                        break;
                    case DirectiveKind.Disable when directive.Ids.Count == 0:
                        disabledBy = directive;
                        break;
                    case DirectiveKind.Disable:
                        foreach (var id in directive.Ids)
                            disabledIds[id] = directive;
                        break;
                    case DirectiveKind.Enable when directive.Ids.Count == 0:
                        disabledBy = null;
                        disabledIds.Clear();
                        break;
                    case DirectiveKind.Enable:
                        foreach (var id in directive.Ids)
                            disabledIds.Remove(id);
                        break;
                }
            }

            by[index] = (ignoredLines.TryGetValue(finding.Line, out var ignores) ? ignores.FirstOrDefault(d => d.Covers(finding.EntryId)) : null)
                ?? disabledBy ?? disabledIds.GetValueOrDefault(finding.EntryId);
        }

        return by;
    }
}
