using System.Text;

namespace Glossary.Romanization.Korean;

/// <summary>
/// Letter tables and writers for each system. RR and MR write a <see cref="Pronounced"/> run; Yale and RR
/// transliteration write the spelling. A hyphen mask (bit i = hyphen before syllable i) places name and unit
/// hyphens; a hyphen before a linked initial goes after it, as ALA-LC writes Ch'ŏr-wŏn and Mog-wŏl.
/// </summary>
internal static class Writers
{
    // Revised Romanization (notice §2).
    private static readonly string[] RrInitials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
    internal static readonly string[] RrVowels = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];
    private static readonly string[] RrCodas = ["", "k", "n", "t", "l", "m", "p", "ng"];

    // RR transliteration (notice §3.8): spelling letter by letter; ㄱㄷㅂㄹ always g d b l.
    internal static readonly string[] TranslitInitials = ["g", "kk", "n", "d", "tt", "l", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
    internal static readonly string[] TranslitFinals =
        ["", "g", "kk", "gs", "n", "nj", "nh", "d", "l", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m", "b", "bs", "s", "ss", "ng", "j", "ch", "k", "t", "p", "h"];

    // McCune–Reischauer (ALA-LC table): voiceless initial, voiced form for ㄱㄷㅂㅈ between voiced sounds.
    private static readonly string[] MrInitials = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h"];
    private static readonly string[] MrSimpleInitials = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k", "t", "p", "h"];
    private static readonly string[] MrVowels = ["a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i"];
    private static readonly string[] MrSimpleVowels = ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"];

    // Yale (linguistics): ㅜ is u after the labials ㅁㅂㅃㅍ, wu elsewhere.
    private static readonly string[] YaleInitials = ["k", "kk", "n", "t", "tt", "l", "m", "p", "pp", "s", "ss", "", "c", "cc", "ch", "kh", "th", "ph", "h"];
    private static readonly string[] YaleVowels = ["a", "ay", "ya", "yay", "e", "ey", "ye", "yey", "o", "wa", "way", "oy", "yo", "wu", "we", "wey", "wi", "yu", "u", "uy", "i"];
    private static readonly string[] YaleFinals =
        ["", "k", "kk", "ks", "n", "nc", "nh", "t", "l", "lk", "lm", "lp", "ls", "lth", "lph", "lh", "m", "p", "ps", "s", "ss", "ng", "c", "ch", "kh", "th", "ph", "h"];

    private static bool HyphenBefore(ulong mask, int i) => i < 64 && ((mask >> i) & 1) != 0;

    /// <param name="sb">Where to write.</param>
    /// <param name="p">The pronounced run.</param>
    /// <param name="hyphens">Bit i set: a hyphen before syllable i.</param>
    /// <param name="syllableWise">Given names: each syllable as if alone, so ㄹ starting a syllable stays r (Seolran).</param>
    public static void WriteRr(StringBuilder sb, Pronounced p, ulong hyphens, bool syllableWise)
    {
        for (var i = 0; i < p.Length; i++)
        {
            var hyphen = HyphenBefore(hyphens, i);
            if (hyphen && !p.IsLinked(i))
                sb.Append('-');
            var onset = p.Onsets[i];
            sb.Append(onset == Ini.R && i > 0 && p.Codas[i - 1] == Coda.L && !syllableWise ? "l" : RrInitials[onset]);
            if (hyphen && p.IsLinked(i))
                sb.Append('-');
            sb.Append(RrVowels[Hangul.Vowel(p.Run[i])]);
            sb.Append(RrCodas[(int)p.Codas[i]]);
        }
    }

    public static void WriteMr(StringBuilder sb, Pronounced p, ulong hyphens, bool simple)
    {
        var initials = simple ? MrSimpleInitials : MrInitials;
        var vowels = simple ? MrSimpleVowels : MrVowels;
        for (var i = 0; i < p.Length; i++)
        {
            var hyphen = HyphenBefore(hyphens, i);
            if (hyphen && !p.IsLinked(i))
                sb.Append('-');
            int onset = p.Onsets[i];
            var vowel = Hangul.Vowel(p.Run[i]);
            var before = i == 0 ? (Coda?)null : p.Codas[i - 1];
            var voiced = !p.IsTensed(i) && (before is Coda.None or Coda.N or Coda.M or Coda.Ng
                || (before == Coda.L && onset is Ini.G or Ini.B));
            switch (onset)
            {
                case Ini.G when voiced:
                    if (before == Coda.N && !hyphen && !simple)
                        sb.Append('\'');
                    sb.Append('g');
                    break;
                case Ini.D when voiced:
                    sb.Append('d');
                    break;
                case Ini.B when voiced:
                    sb.Append('b');
                    break;
                case Ini.J when voiced:
                    sb.Append('j');
                    break;
                case Ini.R:
                    sb.Append(before == Coda.L ? 'l' : 'r');
                    break;
                case Ini.S when vowel == Vow.WI:
                    sb.Append("sh");
                    break;
                default:
                    sb.Append(initials[onset]);
                    break;
            }

            if (hyphen && p.IsLinked(i))
                sb.Append('-');
            sb.Append(vowels[vowel]);

            // MR writes ㄹ before ㅎ as r: 발해 Parhae, 실학 Sirhak, 철학 ch'ŏrhak.
            var rBeforeH = p.Codas[i] == Coda.L && i + 1 < p.Length && p.Onsets[i + 1] == Ini.H;
            sb.Append(rBeforeH ? "r" : RrCodas[(int)p.Codas[i]]);
        }
    }

    public static void WriteYale(StringBuilder sb, ReadOnlySpan<char> run, ulong hyphens)
    {
        for (var i = 0; i < run.Length; i++)
        {
            if (HyphenBefore(hyphens, i))
                sb.Append('-');
            var initial = Hangul.Initial(run[i]);
            var vowel = Hangul.Vowel(run[i]);
            sb.Append(YaleInitials[initial]);
            sb.Append(vowel == Vow.U && initial is Ini.M or Ini.B or Ini.BB or Ini.P ? "u" : YaleVowels[vowel]);
            sb.Append(YaleFinals[Hangul.Final(run[i])]);
        }
    }

    /// <summary>
    /// RR transliteration. A hyphen goes where reading back would otherwise go wrong: before a silent ㅇ after a
    /// final (mul-yeos), where the letters of a final and the next initial would split differently (eoss-seub), and
    /// between vowels that would read as one (a-e). <see cref="RrTransliteration.Reverse"/> reads it back.
    /// </summary>
    public static void WriteTransliteration(StringBuilder sb, ReadOnlySpan<char> run, ulong hyphens)
    {
        for (var i = 0; i < run.Length; i++)
        {
            var initial = Hangul.Initial(run[i]);
            if (HyphenBefore(hyphens, i) || (i > 0 && RrTransliteration.NeedsHyphen(run[i - 1], run[i])))
                sb.Append('-');
            sb.Append(TranslitInitials[initial]);
            sb.Append(RrVowels[Hangul.Vowel(run[i])]);
            sb.Append(TranslitFinals[Hangul.Final(run[i])]);
        }
    }

    /// <summary>A lone compatibility jamo (ㄱ, ㅏ): its RR letters as an initial (a final-only letter as a final), or its vowel.</summary>
    public static bool TryWriteCompatibility(StringBuilder sb, char c, RomanizationSystem system)
    {
        if (!Hangul.TryReadCompatibility(c, out var initial, out var vowel, out var final))
            return false;
        if (vowel >= 0)
        {
            sb.Append(system switch
            {
                RomanizationSystem.McCuneReischauer => MrVowels[vowel],
                RomanizationSystem.McCuneReischauerSimplified => MrSimpleVowels[vowel],
                RomanizationSystem.Yale => YaleVowels[vowel],
                _ => RrVowels[vowel],
            });
            return true;
        }

        if (initial == Ini.Silent)
        {
            sb.Append("ng");
            return true;
        }

        if (initial < 0)
        {
            sb.Append(system == RomanizationSystem.Yale ? YaleFinals[final] : TranslitFinals[final]);
            return true;
        }

        sb.Append(system switch
        {
            RomanizationSystem.McCuneReischauer => MrInitials[initial],
            RomanizationSystem.McCuneReischauerSimplified => MrSimpleInitials[initial],
            RomanizationSystem.Yale => YaleInitials[initial],
            RomanizationSystem.RevisedRomanizationTransliteration => TranslitInitials[initial],
            _ => RrInitials[initial],
        });
        return true;
    }
}
