using Glossary.Model;

namespace Glossary.Output;

/// <summary>The findings of one checked input; <paramref name="Path"/> is as the user named it (<c>-</c> for stdin).</summary>
public sealed record FileReport(string Path, IReadOnlyList<Finding> Findings);
