using System.Text.RegularExpressions;
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
internal static partial class HouseNames
{
    /// <summary>The rule's id in findings and suppressions.</summary>
    public const string Rule = "house-format";

    /// <summary>What a finding of the rule says, by language.</summary>
    private const string KoreanReason = "house format: Korean given names {0}";
    private const string ChineseReason = "house format: Chinese given names {0}";

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}*(?:-\p{L}+)?(?: \p{Lu}\p{Ll}*(?:-\p{L}+)?)+\b")]
    private static partial Regex CapitalizedRun();

    /// <summary>A name to rewrite: its span in the prose, the house spelling and why.</summary>
    public sealed record Suggestion(int Start, int End, string Replacement, string Reason);

    /// <summary>
    /// The names of <paramref name="prose"/> written other than the house format; <paramref name="taken"/> says whether a
    /// span is the glossary's (reported or protected by it).
    /// </summary>
    public static List<Suggestion> Find(string prose, DocumentOptions options, EntryReadings entries, Func<int, int, bool> taken)
    {
        var found = new List<Suggestion>();
        if (options.KoreanGivenNames is null && options.ChineseGivenNames is null)
            return found;
        foreach (Match run in CapitalizedRun().Matches(prose))
        {
            var words = run.Value.Split(' ');
            var starts = new int[words.Length];
            for (int i = 0, at = run.Index; i < words.Length; at += words[i].Length + 1, i++)
                starts[i] = at;
            for (var i = 0; i < words.Length - 1;)
            {
                var length = Math.Min(3, words.Length - i);
                Suggestion? suggestion = null;
                for (; length >= 2 && suggestion is null; length--)
                    suggestion = Try(words[i..(i + length)], starts[i], options, entries);
                if (suggestion is null)
                {
                    i++;
                    continue;
                }

                if (!taken(suggestion.Start, suggestion.End))
                    found.Add(suggestion);
                i += length + 1;
            }
        }

        return found;
    }

    private static Suggestion? Try(string[] words, int start, DocumentOptions options, EntryReadings entries)
    {
        var readings = NameReadings.Read(words);
        if (readings.Count == 0 || entries.Find(readings[0]) is not null)
            return null;
        var best = readings[0];
        var korean = best.Language == NameLanguage.Korean;
        var format = korean ? options.KoreanGivenNames : options.ChineseGivenNames;
        if (format is null || (!korean && !best.System.StartsWith("pinyin", StringComparison.Ordinal)))
            return null;
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
        var written = string.Join(' ', words[1..]);
        if (given == written)
            return null;
        var end = start + string.Join(' ', words).Length;
        return new Suggestion(start, end, words[0] + " " + given, string.Format(System.Globalization.CultureInfo.InvariantCulture, korean ? KoreanReason : ChineseReason, format));
    }

    private static string Capitalized(string part) => char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant();

    /// <summary>Throws when a format is not one of <see cref="DocumentOptions.GivenNameFormats"/>.</summary>
    public static void Validate(DocumentOptions options)
    {
        foreach (var (name, value) in new[] { (nameof(options.KoreanGivenNames), options.KoreanGivenNames), (nameof(options.ChineseGivenNames), options.ChineseGivenNames) })
        {
            if (value is not null && !DocumentOptions.GivenNameFormats.Contains(value))
                throw new ArgumentException($"{name}: '{value}' is not one of {string.Join(", ", DocumentOptions.GivenNameFormats)}", nameof(options));
        }
    }
}
