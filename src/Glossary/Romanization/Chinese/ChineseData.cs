namespace Glossary.Romanization.Chinese;

/// <summary>
/// The embedded tables the engine reads, each loaded on first use and then shared. None of them
/// needs ICU4N: the ICU-derived ones were precomputed by the tests' <c>ChineseTableGenerator</c>.
/// </summary>
internal static class ChineseData
{
    private static readonly Lazy<ReadingTable> ReadingsValue = new(() => ReadingTable.Parse(Bytes(ReadingTable.FileName)));
    private static readonly Lazy<Lexicon> NameReadingsValue = new(() => Lexicon.Sorted(Bytes("han-latin-names.txt")));
    private static readonly Lazy<Lexicon> CharReadingsValue = new(() => Lexicon.Sorted(Bytes("char-readings-pinyin-pro.txt")));
    private static readonly Lazy<Lexicon> SimplifiedValue = new(() => Lexicon.Sorted(Bytes("hant-hans.txt")));
    private static readonly Lazy<Lexicon> SurnamesValue = new(() => Lexicon.Indexed(Bytes("surnames.txt")));
    private static readonly Lazy<Lexicon> GivenNamesValue = new(() => Lexicon.Indexed(Bytes("given-names.txt")));
    private static readonly Lazy<Lexicon> PlacesValue = new(() => Lexicon.Indexed(Bytes("places.txt")));
    private static readonly Lazy<Lexicon> WordsValue = new(() => Lexicon.Indexed(Bytes("words.txt")));
    private static readonly Lazy<Lexicon> DictionaryValue = new(() => Lexicon.Sorted(Bytes("words-pinyin-pro.txt")));
    private static readonly Lazy<Lexicon> FunctionWordsValue = new(() => Lexicon.Indexed(Bytes("function-words.txt")));
    private static readonly Lazy<WadeGilesTable> WadeGilesValue = new(() => WadeGilesTable.Parse(Bytes("wade-giles.txt")));

    /// <summary>ICU Han-Latin reading of each character (han-latin.txt).</summary>
    public static ReadingTable Readings => ReadingsValue.Value;

    /// <summary>ICU Han-Latin/Names surname reading of a lone character, where it differs (han-latin-names.txt).</summary>
    public static Lexicon NameReadings => NameReadingsValue.Value;

    /// <summary>ICU Hant-Hans, one character to one character (hant-hans.txt).</summary>
    public static Lexicon Simplified => SimplifiedValue.Value;

    /// <summary>Character readings that replace ICU's (char-readings-pinyin-pro.txt).</summary>
    public static Lexicon CharReadings => CharReadingsValue.Value;

    public static Lexicon Surnames => SurnamesValue.Value;

    public static Lexicon GivenNames => GivenNamesValue.Value;

    public static Lexicon Places => PlacesValue.Value;

    public static Lexicon Words => WordsValue.Value;

    /// <summary>The large derived word list (words-pinyin-pro.txt).</summary>
    public static Lexicon Dictionary => DictionaryValue.Value;

    public static Lexicon FunctionWords => FunctionWordsValue.Value;

    public static WadeGilesTable WadeGiles => WadeGilesValue.Value;

    /// <summary>The resource name of a data file.</summary>
    public static string ResourceName(string fileName) => "Glossary.Romanization.Chinese.Data." + fileName;

    /// <summary>The bytes of an embedded data file.</summary>
    public static byte[] Bytes(string fileName)
    {
        using var stream = typeof(ChineseData).Assembly.GetManifestResourceStream(ResourceName(fileName))
            ?? throw new InvalidOperationException($"Missing embedded resource {ResourceName(fileName)}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
