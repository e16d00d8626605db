using System.Collections.Frozen;
using Glossary.Romanization.Chinese;
using Glossary.Romanization.Korean;

namespace Glossary.Romanization;

/// <summary>
/// Whether a word is one romanized syllable of a Korean or Chinese name, from the engines' own tables: Korean
/// syllables as Revised Romanization letters compose them (initial, vowel, spoken final) and the customary
/// spellings of given-name syllables and surnames; Chinese syllables as toneless pinyin and as Wade–Giles without
/// apostrophes or umlauts. "lin", "jong", "chiang", "hsien" are syllables; "led", "era", "style" are not.
/// </summary>
internal static class RomanizedSyllables
{
    // The finals RR writes at the end of a syllable (ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ as pronounced there).
    private static readonly string[] SpokenFinals = ["", "k", "n", "t", "l", "m", "p", "ng"];

    private static readonly Lazy<FrozenSet<string>> Shared = new(Build);

    /// <summary>Every romanized syllable, lower case. Reads the Korean and Chinese tables: compile time only.</summary>
    public static FrozenSet<string> All => Shared.Value;

    private static FrozenSet<string> Build()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        string[] initials = [.. Writers.TranslitInitials, "r"];
        foreach (var initial in initials)
        {
            foreach (var vowel in Writers.RrVowels)
            {
                foreach (var final in SpokenFinals)
                    set.Add(initial + vowel + final);
            }
        }

        var korean = KoreanData.Instance;
        foreach (var spellings in korean.GivenSyllables.Values)
            set.UnionWith(spellings);
        foreach (var surname in korean.Surnames.Values)
            set.UnionWith(surname.Customary.Append(surname.Rr).Append(surname.Mr).Select(Plain));

        foreach (var (pinyin, wadeGiles) in ChineseData.WadeGiles.Map)
        {
            set.Add(Plain(pinyin));
            set.Add(Plain(wadeGiles));
        }

        set.Remove(string.Empty);
        return set.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Lower case without apostrophes and with ü, ŏ, ŭ as u, o, u: the form a syllable takes in a plain-letter name.</summary>
    private static string Plain(string spelling) =>
        new([.. spelling.ToLowerInvariant().Where(c => c is not ('\'' or '’' or 'ʼ')).Select(c => c switch { 'ü' => 'u', 'ŏ' => 'o', 'ŭ' => 'u', _ => c })]);
}
