using System.Collections.Frozen;

namespace Glossary.Romanization.Chinese;

/// <summary>
/// The pre-pinyin spellings of Chinese places that no rule yields (Peking, Canton, Amoy, Tsinan), from the postal
/// table <c>Data/postal.txt</c>, joined to a place by its Hanzi (Simplified or Traditional; a trailing 市 or 省 is
/// ignored). Spellings that also name something outside China carry <see cref="RomanizedSpelling.NeedsEvidence"/>.
/// </summary>
internal static class PostalSpellings
{
    private const string Convention = "Chinese postal romanization (1906) and the atlases' pre-pinyin spellings";

    private static readonly Lazy<FrozenDictionary<string, RomanizedSpelling[]>> Table = new(Load);

    /// <summary>The table's spellings of the place <paramref name="hanzi"/>, most usual first; empty when it has none.</summary>
    public static IReadOnlyList<RomanizedSpelling> Of(string hanzi)
    {
        var key = ChineseScript.ToSimplified(hanzi.Trim());
        if (Table.Value.TryGetValue(key, out var found))
            return found;
        return key.Length > 2 && key[^1] is '市' or '省' && Table.Value.TryGetValue(key[..^1], out found) ? found : [];
    }

    private static FrozenDictionary<string, RomanizedSpelling[]> Load()
    {
        var rows = new Dictionary<string, RomanizedSpelling[]>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.Rows(ChineseData.ResourceName("postal.txt"), 3))
        {
            var elsewhere = row.Length > 3 && row[3] == "elsewhere";
            var source = row[2] switch
            {
                "P" => "postal romanization",
                "E" => "European name kept by the postal atlas",
                _ => "Wade–Giles atlas form",
            };
            // A place may have several rows: spellings that also name something elsewhere stand on a row of their own.
            rows[row[0]] = [.. rows.GetValueOrDefault(row[0], []), .. row[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(text => new RomanizedSpelling(text, RomanizationSystem.WadeGilesSimplified, $"{Convention}: {source}")
                {
                    Origin = SpellingOrigin.Postal,
                    NeedsEvidence = elsewhere,
                })];
        }

        return rows.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
