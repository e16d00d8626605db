namespace Glossary.Romanization.Chinese;

// Placeholder until the Chinese engine (issue 4) lands; replaced wholesale by it.
internal sealed class ChineseRomanizer : IRomanizer
{
    public ScriptLanguage Language => ScriptLanguage.Chinese;

    public IReadOnlyList<RomanizationSystem> Systems { get; } = [];

    public string Romanize(string text, RomanizationSystem system, RomanizationKind kind) =>
        throw new NotSupportedException("The Chinese romanizer is not built yet.");

    public IReadOnlyList<RomanizedSpelling> EnumerateSpellings(string text, RomanizationKind kind) => [];
}
