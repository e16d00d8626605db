using System.Text;

namespace Glossary.Romanization.Korean;

/// <summary>
/// The reading rules of RR transliteration (notice §3.8), shared by the writer and by <see cref="Reverse"/>,
/// which proves the spelling reversible. A reader takes a consonant cluster between two vowels as the longest
/// initial that ends it, after a final that starts it; vowels are read longest first. The writer puts a hyphen
/// wherever that reading would not give back the syllables written.
/// </summary>
internal static class RrTransliteration
{
    private static readonly string[] VowelsLongestFirst =
        [.. RrVowelSpellings().Select((s, i) => (s, i)).OrderByDescending(t => t.s.Length).Select(t => t.s)];

    private static string[] RrVowelSpellings() =>
        ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];

    private static readonly Dictionary<string, int> VowelIndex =
        RrVowelSpellings().Select((s, i) => (s, i)).ToDictionary(t => t.s, t => t.i);

    private static readonly Dictionary<string, int> InitialIndex =
        Writers.TranslitInitials.Select((s, i) => (s, i)).Where(t => t.s.Length > 0).ToDictionary(t => t.s, t => t.i);

    private static readonly Dictionary<string, int> FinalIndex =
        Writers.TranslitFinals.Select((s, i) => (s, i)).ToDictionary(t => t.s, t => t.i);

    // Whether a hyphen is needed between two syllables, for every (final, initial) and (vowel, vowel) pair: built once.
    private static readonly bool[,] ClusterNeedsHyphen = BuildClusterTable();
    private static readonly bool[,] HiatusNeedsHyphen = BuildHiatusTable();

    public static bool NeedsHyphen(char previous, char current)
    {
        var final = Hangul.Final(previous);
        var initial = Hangul.Initial(current);
        if (initial == Ini.Silent)
            return final != Fin.None || HiatusNeedsHyphen[Hangul.Vowel(previous), Hangul.Vowel(current)];
        return final != Fin.None && ClusterNeedsHyphen[final, initial];
    }

    private static bool[,] BuildClusterTable()
    {
        var table = new bool[28, 19];
        for (var f = 1; f < 28; f++)
        {
            for (var i = 0; i < 19; i++)
            {
                if (i == Ini.Silent)
                    continue;
                var cluster = Writers.TranslitFinals[f] + Writers.TranslitInitials[i];
                var (readFinal, readInitial) = SplitCluster(cluster);
                table[f, i] = readFinal != Writers.TranslitFinals[f] || readInitial != Writers.TranslitInitials[i];
            }
        }

        return table;
    }

    private static bool[,] BuildHiatusTable()
    {
        var spellings = RrVowelSpellings();
        var table = new bool[21, 21];
        for (var a = 0; a < 21; a++)
        {
            for (var b = 0; b < 21; b++)
                table[a, b] = LongestVowel(spellings[a] + spellings[b], 0).Length != spellings[a].Length;
        }

        return table;
    }

    /// <summary>How a reader splits a consonant cluster between two vowels: (final, initial).</summary>
    private static (string? Final, string Initial) SplitCluster(string cluster)
    {
        for (var start = 0; start < cluster.Length; start++)
        {
            var initial = cluster[start..];
            if (InitialIndex.ContainsKey(initial) && FinalIndex.ContainsKey(cluster[..start]))
                return (cluster[..start], initial);
        }

        return (null, string.Empty);
    }

    private static string LongestVowel(string text, int at)
    {
        foreach (var v in VowelsLongestFirst)
        {
            if (string.CompareOrdinal(text, at, v, 0, v.Length) == 0 && at + v.Length <= text.Length)
                return v;
        }

        return string.Empty;
    }

    private static bool IsVowelLetter(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'w' or 'y';

    /// <summary>
    /// Reads an RR transliteration back into Hangul: <c>"eobs-eoss-seubnida"</c> → <c>"없었습니다"</c>.
    /// Lower-case words only; spaces pass through. Returns null for text that no transliteration produces.
    /// </summary>
    public static string? Reverse(string text)
    {
        var sb = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (sb.Length > 0)
                sb.Append(' ');
            if (!ReverseWord(word.ToLowerInvariant(), sb))
                return null;
        }

        return sb.ToString();
    }

    private static bool ReverseWord(string word, StringBuilder sb)
    {
        var pos = 0;
        var initial = -1;
        var vowel = -1;
        while (pos <= word.Length)
        {
            // Consonants up to the next vowel, hyphen or end.
            var start = pos;
            while (pos < word.Length && !IsVowelLetter(word[pos]) && word[pos] != '-')
                pos++;
            var cluster = word[start..pos];
            var atBreak = pos == word.Length || word[pos] == '-';
            string finalText;
            string initialText;
            if (vowel < 0)
            {
                finalText = string.Empty;
                initialText = cluster;
            }
            else if (atBreak)
            {
                finalText = cluster;
                initialText = string.Empty;
            }
            else
            {
                var (f, i) = SplitCluster(cluster);
                if (f is null && cluster.Length > 0)
                    return false;
                finalText = f ?? string.Empty;
                initialText = cluster.Length == 0 ? string.Empty : i;
            }

            if (vowel >= 0)
            {
                if (!FinalIndex.TryGetValue(finalText, out var final))
                    return false;
                sb.Append(Hangul.Compose(initial, vowel, final));
                vowel = -1;
            }

            if (pos == word.Length)
                return initialText.Length == 0;
            if (word[pos] == '-')
            {
                if (initialText.Length > 0)
                    return false;
                pos++;
                continue;
            }

            if (initialText.Length == 0)
                initial = Ini.Silent;
            else if (!InitialIndex.TryGetValue(initialText, out initial))
                return false;

            var v = LongestVowel(word, pos);
            if (v.Length == 0)
                return false;
            vowel = VowelIndex[v];
            pos += v.Length;
        }

        return true;
    }
}
