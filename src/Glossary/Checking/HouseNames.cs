using Glossary.Reading;

namespace Glossary.Checking;

/// <summary>
/// The house format for names the glossary does not know (issue #16 point 3): a run of capitalized words that the name
/// reader reads whole as a Korean or Chinese personal name (surname, then a given name of two syllables written as two
/// parts) and that is no entry's reading is a suggestion toward the configured way of writing the given name:
/// "Choi Jae Young" → "Choi Jae-young" (Korean, hyphenated). Chinese names follow the format only when read as pinyin
/// and written apart ("Wang Xiao Ming"): Wade–Giles, the customary spellings and a hyphenated given name are the
/// conventions of Taiwan, Hong Kong and Singapore, the bearers' own. A given name
/// written as one word is left alone: where it splits is a guess.
/// </summary>
internal static class HouseNames
{
    /// <summary>The rule's id in findings and suppressions.</summary>
    public const string Rule = "house-format";

    /// <summary>What a finding of the rule says, by language.</summary>
    private const string KoreanReason = "house format: Korean given names {0}";
    private const string ChineseReason = "house format: Chinese given names {0}";


    /// <summary>A name to rewrite: its span in the prose, the house spelling and why.</summary>
    public sealed record Suggestion(int Start, int End, string Replacement, string Reason);

    /// <summary>Whether a house format is set, so that the rule reads the document's names.</summary>
    public static bool Applies(DocumentOptions options) => options.KoreanGivenNames is not null || options.ChineseGivenNames is not null;

    /// <summary>
    /// The names among <paramref name="names"/> (the document's, as <see cref="Consistency.Find(string, CancellationToken)"/> read them) written
    /// other than the house format; <paramref name="entries"/> is asked for only when a format is set;
    /// <paramref name="taken"/> says whether a span is the glossary's (reported or protected by it).
    /// </summary>
    public static List<Suggestion> Find(IReadOnlyList<Consistency.Occurrence> names, DocumentOptions options, Func<EntryReadings> entries, Func<int, int, bool> taken)
    {
        var found = new List<Suggestion>();
        if (!Applies(options) || names.Count == 0)
            return found;
        var readings = entries();
        foreach (var name in names)
        {
            if (Rewrite(name, options, readings) is { } form)
            {
                var korean = name.Reading.Language == NameLanguage.Korean;
                var format = korean ? options.KoreanGivenNames : options.ChineseGivenNames;
                var suggestion = new Suggestion(name.Start, name.Start + name.Text.Length, form, string.Format(System.Globalization.CultureInfo.InvariantCulture, korean ? KoreanReason : ChineseReason, format));
                if (!taken(suggestion.Start, suggestion.End))
                    found.Add(suggestion);
            }
        }

        return found;
    }

    /// <summary>The name as the house format writes it when that differs from how it is written; null otherwise.</summary>
    public static string? Rewrite(Consistency.Occurrence name, DocumentOptions options, EntryReadings entries) =>
        Form(name, options, entries) is { } form && form != name.Text ? form : null;

    /// <summary>
    /// Whether a name is written in the house format: the consistency rule's tie-break between two spellings of a name
    /// used as often (false when no format is set or it does not apply: an entry, a given name of one word).
    /// </summary>
    public static bool Follows(Consistency.Occurrence name, DocumentOptions options, EntryReadings entries) =>
        Form(name, options, entries) is { } form && form == name.Text;

    /// <summary>The name as the house format writes it; null when no format applies to it.</summary>
    /// <remarks>
    /// Reads the name's best reading only, and nothing when no format is set: the consistency rule asks it of every
    /// spelling of a name written two ways, format or none.
    /// </remarks>
    private static string? Form(Consistency.Occurrence name, DocumentOptions options, EntryReadings entries)
    {
        var best = name.Reading;
        var korean = best.Language == NameLanguage.Korean;
        var format = korean ? options.KoreanGivenNames : options.ChineseGivenNames;
        if (format is null || (!korean && !best.System.StartsWith("pinyin", StringComparison.Ordinal)) || entries.Find(best) is not null)
            return null;
        var words = name.Text.Split(' ');
        var syllables = korean ? best.Given.Length : best.Given.Split(' ').Length;
        // A hyphenated Chinese given name is the Taiwan, Hong Kong or Singapore convention (Wu Chao-ming), the bearer's own.
        if (!korean && words[1..].Any(w => w.Contains('-', StringComparison.Ordinal)))
            return null;
        var parts = words[1..].SelectMany(w => w.Split('-')).ToArray();
        if (syllables != 2 || parts.Length != 2)
            return null;

        var first = Capitalized(parts[0]);
        var second = parts[1].ToLowerInvariant();
        var given = format switch
        {
            "hyphenated" => first + "-" + second,
            "spaced" => first + " " + Capitalized(second),
            _ => first + (!korean && second[0] is 'a' or 'e' or 'o' ? "'" : string.Empty) + second,
        };
        return words[0] + " " + given;
    }

    private static string Capitalized(string part) => char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant();

    /// <summary>Throws when a format is not one of <see cref="DocumentOptions.GivenNameFormats"/>.</summary>
    public static void Validate(DocumentOptions options)
    {
        Check(nameof(options.KoreanGivenNames), options.KoreanGivenNames, nameof(options));
        Check(nameof(options.ChineseGivenNames), options.ChineseGivenNames, nameof(options));

        static void Check(string name, string? value, string parameter)
        {
            if (value is not null && !DocumentOptions.GivenNameFormats.Contains(value))
                throw new ArgumentException($"{name}: '{value}' is not one of {string.Join(", ", DocumentOptions.GivenNameFormats)}", parameter);
        }
    }
}
