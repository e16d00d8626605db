namespace Glossary.Exchange;

/// <summary>
/// The diagnostics of TBX and CSV import: stable ids (the <c>GLS1xx</c> range is kept for exchange
/// formats) and message texts in one place; tests assert against these constants. Checks shared with
/// the YAML loader (duplicate ids, spellings claimed twice) keep the loader's ids.
/// </summary>
internal static class ExchangeMessages
{
    public const string XmlSyntaxId = "GLS101";
    public const string XmlSyntax = "XML syntax error: {0}";

    public const string TbxRootId = "GLS102";
    public const string TbxRoot = "not a TBX file: the root element is <{0}> (expected <tbx> (TBX v3) or <martif> (TBX 2008))";

    public const string NoPreferredTermId = "GLS103";
    public const string NoPreferredTerm = "concept '{0}' has no English term (a langSec/langSet with xml:lang=\"en\")";

    public const string UnknownStatusId = "GLS104";
    public const string UnknownStatus = "unknown administrativeStatus '{0}' for '{1}'; the term is read as admitted (never flagged)";

    public const string IgnoredLanguageId = "GLS105";
    public const string IgnoredLanguage = "language '{0}' is not a glossary language (en, ko, zh, zh-Hans, zh-Hant, ja); its terms are ignored";

    public const string ExtraNativeTermId = "GLS106";
    public const string ExtraNativeTerm = "'{0}' has a second {1} term '{2}'; only the first is kept";

    public const string DtdRefusedId = "GLS107";
    public const string DtdRefused = "a DTD (<!DOCTYPE …>) is not read, for safety: remove the DOCTYPE declaration (TBX needs none)";

    public const string TooDeepId = "GLS108";
    public const string TooDeep = "XML elements nested more than {0} deep (TBX nests about ten); the file is not read";

    public const string NothingToImportId = "GLS109";
    public const string NothingToImport = "no entries found: {0}";
    public const string TbxNoConcepts = "no conceptEntry (TBX v3) or termEntry (TBX 2008) elements under text/body";
    public const string CsvNoRows = "the CSV has a header but no rows";

    public const string CsvSyntaxId = "GLS111";
    public const string CsvUnterminatedQuote = "unterminated quoted cell (it starts here)";
    public const string CsvTextAfterQuote = "text after the closing quote of a cell";

    public const string CsvHeaderId = "GLS112";
    public const string CsvHeader = "unknown CSV header (expected the wide layout '{0}' or the long layout '{1}')";

    public const string CsvCellCountId = "GLS113";
    public const string CsvCellCount = "row has {0} cells, the header has {1}";

    public const string CsvFieldId = "GLS114";
    public const string CsvField = "unknown field '{0}' (expected one of: {1})";

    public const string CsvRepeatedFieldId = "GLS115";
    public const string CsvRepeatedField = "field '{0}' of entry '{1}' is given twice";

    public static string Format(string template, params object?[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, args);
}
