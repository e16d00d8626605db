using System.Buffers;
using System.Text;

namespace Glossary.Romanization.Chinese;

/// <summary>
/// Pinyin syllables as the engine holds them: lower-case letters with <c>ü</c>, then the tone
/// digit, 1–4, or 5 for the neutral tone: <c>"lü3"</c>, <c>"xie5"</c>.
/// </summary>
internal static class Syllables
{
    private const string Vowels = "aeiouü";
    private static readonly SearchValues<char> VowelValues = SearchValues.Create(Vowels);

    /// <summary>Each letter followed by its forms in tones 1–4; <c>_</c> where Unicode has no precomposed letter.</summary>
    private const string Marked = "aāáǎàeēéěèiīíǐìoōóǒòuūúǔùüǖǘǚǜm_ḿ__n_ńňǹ";

    /// <summary>Reads one tone-marked syllable: <c>"lǚ"</c> → <c>"lü3"</c>; <see langword="null"/> when it is not one.</summary>
    public static string? FromToneMarks(string marked)
    {
        var letters = new StringBuilder(marked.Length + 1);
        var tone = 5;
        foreach (var c in marked.Normalize(NormalizationForm.FormD))
        {
            switch (c)
            {
                case >= 'a' and <= 'z':
                    letters.Append(c);
                    break;
                case '\u0304':
                    tone = 1;
                    break;
                case '\u0301':
                    tone = 2;
                    break;
                case '\u030C':
                    tone = 3;
                    break;
                case '\u0300':
                    tone = 4;
                    break;
                case '\u0308' when letters.Length > 0 && letters[^1] == 'u':
                    letters[^1] = 'ü';
                    break;
                default:
                    return null;
            }
        }

        return letters.Length == 0 ? null : letters.Append((char)('0' + tone)).ToString();
    }

    /// <summary>The tone, 1–5: <c>"xie5"</c> → 5.</summary>
    public static int Tone(string syllable) => syllable[^1] - '0';

    /// <summary>The letters without the tone digit: <c>"lü3"</c> → <c>"lü"</c>.</summary>
    public static string Letters(string syllable) => syllable[..^1];

    /// <summary>Replaces the tone: <c>("yi2", 1)</c> → <c>"yi1"</c>.</summary>
    public static string WithTone(string syllable, int tone) => string.Concat(syllable.AsSpan(0, syllable.Length - 1), ((char)('0' + tone)).ToString());

    /// <summary>
    /// Writes the tone mark on the main vowel (a, else o or e, else the last vowel, so iu → iú and
    /// ui → uí); neutral tone has no mark: <c>"lü3"</c> → <c>"lǚ"</c>, <c>"gui4"</c> → <c>"guì"</c>.
    /// </summary>
    public static string ToToneMarks(string syllable)
    {
        var letters = Letters(syllable);
        var tone = Tone(syllable);
        if (tone is < 1 or > 4)
            return letters;

        var at = letters.IndexOf('a');
        if (at < 0)
            at = letters.IndexOf('o');
        if (at < 0)
            at = letters.IndexOf('e');
        if (at < 0)
            at = letters.AsSpan().LastIndexOfAny(VowelValues);
        if (at < 0)
            at = letters.LastIndexOfAny(['m', 'n']); // the syllabic nasals ḿ, ń, ň, ǹ

        if (at < 0)
            return letters;

        // Precomposed letters where Unicode has them (all vowels, ḿ ń ň ǹ); a combining mark otherwise.
        var row = Marked.IndexOf(letters[at], StringComparison.Ordinal);
        var marked = row >= 0 && row % 5 == 0 ? Marked[row + tone] : '_';
        return marked == '_'
            ? string.Concat(letters.AsSpan(0, at + 1), (tone switch { 1 => '\u0304', 2 => '\u0301', 3 => '\u030C', _ => '\u0300' }).ToString(), letters.AsSpan(at + 1))
            : string.Concat(letters.AsSpan(0, at), marked.ToString(), letters.AsSpan(at + 1));
    }

    /// <summary>True when the syllable starts with a, o or e and so takes an apostrophe after another syllable.</summary>
    public static bool StartsWithAoe(string syllable) => syllable[0] is 'a' or 'o' or 'e';
}
