namespace Glossary.Model;

/// <summary>
/// Every glossary diagnostic: its stable id and message text, in one place. Ids never change meaning;
/// tests assert against these constants.
/// </summary>
internal static class GlossaryMessages
{
    public const string SyntaxId = "GLS001";
    public const string Syntax = "YAML syntax error: {0}";

    public const string RootShapeId = "GLS002";
    public const string RootShape = "a glossary file is a mapping with an 'entries' list";

    public const string UnknownKeyId = "GLS003";
    public const string UnknownKey = "unknown key '{0}' (expected one of: {1})";

    public const string DuplicateKeyId = "GLS004";
    public const string DuplicateKey = "duplicate key '{0}' (first at line {1})";

    public const string WrongTypeId = "GLS005";
    public const string WrongType = "'{0}' must be {1}, not {2}";

    public const string MissingEnId = "GLS006";
    public const string MissingEn = "entry has no 'en' (the preferred English spelling)";

    public const string DuplicateIdId = "GLS007";
    public const string DuplicateIdMessage = "duplicate id '{0}' (first defined at {1})";

    public const string SpellingClaimedId = "GLS008";
    public const string SpellingClaimed = "'{0}' is claimed by entry '{1}' as {2} and by entry '{3}' as {4} (at {5})";

    public const string InvalidKindId = "GLS009";
    public const string InvalidKind = "unknown kind '{0}' (expected person, place, organization, term or other)";

    public const string InvalidIdId = "GLS010";
    public const string InvalidId = "id '{0}' must be lower-case letters, digits and hyphens, starting with a letter or digit";

    public const string UnreadableId = "GLS011";
    public const string Unreadable = "cannot read glossary: {0}";
    public const string UnreadableConfig = "cannot read project config: {0}";

    public const string EmptySpellingId = "GLS012";
    public const string EmptySpelling = "empty spelling in '{0}'";

    public const string VariantIsPreferredId = "GLS013";
    public const string VariantIsPreferred = "variant '{0}' is the preferred form itself (ignoring case and separators); it is ignored";

    public const string NativeScriptId = "GLS014";
    public const string NativeScript = "'{0}: {1}' has no {2} characters";

    public const string UnsupportedYamlId = "GLS015";
    public const string UnsupportedYaml = "{0} are not supported in glossary files";

    public const string NoEntriesId = "GLS016";
    public const string NoEntries = "no glossary files found in '{0}' (expected *.yaml or *.yml)";

    public const string BadSpellingStartId = "GLS017";
    public const string BadSpellingStart = "spelling '{0}' must start with a letter or digit";

    public const string OverrideWithoutIdId = "GLS018";
    public const string OverrideWithoutId = "an entry with 'override: true' needs the 'id' of the entry it overrides";

    public const string OverrideUnknownId = "GLS019";
    public const string OverrideUnknown = "'override: true' names id '{0}', but no earlier entry has it";

    public const string BadTestId = "GLS020";
    public const string BadTest = "a test is either {flag: TEXT} (optionally with fix: TEXT) or {pass: TEXT}";

    public const string OverridesId = "GLS021";
    public const string Overrides = "entry '{0}' overrides the entry defined at {1}";

    public const string InvalidValueId = "GLS022";
    public const string InvalidValue = "'{0}' must be {1}, not '{2}'";

    public const string InvalidGlobId = "GLS023";
    public const string InvalidGlob = "invalid glob '{0}' in '{1}': {2}";
    public const string GlobUnclosedBrace = "the '{{' at character {0} is never closed";
    public const string GlobEmpty = "it is empty";

    public const string InvisibleCharacterId = "GLS024";
    public const string InvisibleCharacter = "'{0}' value '{1}' contains an invisible character ({2}) at character {3}; it would be written into text unseen";

    public const string VariantInsideOtherId = "GLS201";
    public const string VariantInsideOther = "variant '{0}' stands inside the preferred form '{1}' of entry '{2}' (it is never flagged there)";

    public const string VariantIsWordId = "GLS202";
    public const string VariantIsWord = "variant '{0}' is {1}; it would flag ordinary text";

    public const string AllowUnusedId = "GLS203";
    public const string AllowUnused = "allowed form '{0}' never matters: no spelling of any entry is found inside it";

    public const string CrossCheckId = "GLS204";
    public const string CrossCheck = "'{0}' is not a spelling the romanization engines give for {1} '{2}' (closest: {3}); check the native form, or add 'irregular: true' and say why in 'note'";

    public const string DroppedId = "GLS205";
    public const string Dropped = "generated spelling '{0}' is not used: {1}";

    public const string SuggestionOnlyId = "GLS206";
    public const string SuggestionOnly = "{0} generated spelling(s) are suggestions unless the document has evidence, and the entry has no 'context:' term to give it: {1}; 'glossary variants {2}' says why for each";

    public const string NeedsEvidenceUnknownId = "GLS207";
    public const string NeedsEvidenceUnknown = "needs-evidence '{0}' is neither a listed variant nor a generated spelling of the entry";

    public const string StaleNoteId = "GLS208";
    public const string StaleNote = "the note names an office ('{0}') and {1}; re-verify it and set 'checked: YYYY-MM-DD' (twelve months at most)";

    public const string TestPassedId = "GLS209";

    public const string TestFailedId = "GLS210";
    public const string TestFailed = "test failed: {0}";

    public const string SameReadingId = "GLS211";
    public const string SameReading = "preferred form '{0}' reads as {1}, as '{2}' ({3}) does: likely one name entered twice; if they are namesakes, give both native forms or a note naming the other entry";

    public const string AkaConflictId = "GLS212";
    public const string AkaConflict = "aka '{0}' also finds '{1}' ({2}) by lookup: it does not say which is meant; remove it or move it to the right entry";

    // Problems in a checked document (not in a glossary): positioned in the document, with an empty path.
    public const string DocumentDirectiveId = "GLS301";

    public const string UnknownSuppressedIdId = "GLS302";
    public const string UnknownSuppressedId = "suppression names unknown entry id '{0}'";

    public const string DegradedDocumentId = "GLS303";

    public const string UnusedSuppressionId = "GLS304";
    public const string UnusedSuppression = "unused suppression '{0}'";

    public static string Format(string template, params object?[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, args);
}
