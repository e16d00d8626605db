namespace Glossary;

/// <summary>
/// A place in a source file: path, 1-based line and column (UTF-16 code units), 0-based offset.
/// Renders as <c>path:line:col</c>.
/// </summary>
public readonly record struct SourcePosition(string Path, int Line, int Column, int Offset)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
