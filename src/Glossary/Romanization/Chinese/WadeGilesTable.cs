namespace Glossary.Romanization.Chinese;

/// <summary>Pinyin syllable → Wade–Giles, from <c>wade-giles.txt</c> (strict form, with apostrophes and ü).</summary>
internal sealed class WadeGilesTable
{
    private readonly Dictionary<string, string> map;

    private WadeGilesTable(Dictionary<string, string> map) => this.map = map;

    public IReadOnlyDictionary<string, string> Map => map;

    public static WadeGilesTable Parse(byte[] text)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, entry) in Lexicon.Indexed(text).Entries())
            map[word] = entry.Syllables[0];
        return new WadeGilesTable(map);
    }

    /// <summary>The strict Wade–Giles form of a toneless pinyin syllable: <c>"ping"</c> → <c>"p'ing"</c>; unknown ones pass through.</summary>
    public string ToWadeGiles(string letters) => map.TryGetValue(letters, out var wg) ? wg : letters;
}
