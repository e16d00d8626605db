namespace Glossary;

/// <summary>
/// One reading of a romanized name: the language (<c>ko</c>, <c>zh</c>), the native reading (Hangul: <c>이재명</c>;
/// toneless pinyin syllables apart: <c>xi jin ping</c>), its surname and given name, and the systems that write the
/// name so (<c>mr</c>; <c>customary surname, mr given name</c>).
/// </summary>
public sealed record NameReading(string Language, string Native, string Surname, string Given, string System)
{
    /// <summary>The glossary entry whose native form reads so, when a glossary was given.</summary>
    public string? EntryId { get; init; }

    /// <summary>The Hanzi of a Chinese reading, where the glossary knows them (Hanzi are not recoverable from letters).</summary>
    public string? Hanzi { get; init; }
}
