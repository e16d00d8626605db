namespace Glossary;

/// <summary>A replacement of the half-open span <c>[Start, End)</c> of a text by <paramref name="Text"/>.</summary>
/// <param name="Start">0-based UTF-16 offset of the first character replaced.</param>
/// <param name="End">0-based UTF-16 offset just after the last character replaced.</param>
/// <param name="Text">What replaces the span.</param>
public readonly record struct TextEdit(int Start, int End, string Text);
