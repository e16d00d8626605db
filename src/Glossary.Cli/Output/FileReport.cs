
namespace Glossary.Cli.Output;

/// <summary>
/// The findings of one checked input. <paramref name="Path"/> is as the user named it (<c>-</c> for stdin);
/// <paramref name="Text"/> is the decoded text that was checked, when the format needs it (UTF-8 byte
/// columns, context lines).
/// </summary>
public sealed record FileReport(string Path, IReadOnlyList<Finding> Findings, string? Text = null);
