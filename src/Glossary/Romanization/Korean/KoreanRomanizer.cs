namespace Glossary.Romanization.Korean;

// Placeholder until the Korean engine (issue 3) lands; replaced wholesale by it.
internal sealed class KoreanRomanizer : IRomanizer
{
    public ScriptLanguage Language => ScriptLanguage.Korean;

    public IReadOnlyList<RomanizationSystem> Systems { get; } = [];

    public string Romanize(string text, RomanizationSystem system, RomanizationKind kind) =>
        throw new NotSupportedException("The Korean romanizer is not built yet.");

    public IReadOnlyList<RomanizedSpelling> EnumerateSpellings(string text, RomanizationKind kind) => [];
}
