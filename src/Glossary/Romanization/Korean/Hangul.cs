namespace Glossary.Romanization.Korean;

/// <summary>
/// Unicode arithmetic for precomposed Hangul syllables (U+AC00–U+D7A3) and the jamo index
/// constants the engine uses. Index orders are Unicode's: 19 initials, 21 vowels, 28 finals
/// (final 0 = none).
/// </summary>
internal static class Hangul
{
    public const int SyllableBase = 0xAC00;
    public const int SyllableCount = 11172;
    private const int VowelCount = 21;
    private const int FinalCount = 28;
    private const int BlockSize = VowelCount * FinalCount;

    public static bool IsSyllable(char c) => (uint)(c - SyllableBase) < SyllableCount;

    public static int Initial(char c) => (c - SyllableBase) / BlockSize;

    public static int Vowel(char c) => (c - SyllableBase) % BlockSize / FinalCount;

    public static int Final(char c) => (c - SyllableBase) % FinalCount;

    public static char Compose(int initial, int vowel, int final) =>
        (char)(SyllableBase + (((initial * VowelCount) + vowel) * FinalCount) + final);

    /// <summary>True for conjoining jamo (U+1100–U+11FF), which NFC composes into syllables.</summary>
    public static bool IsConjoiningJamo(char c) => c is >= '\u1100' and <= '\u11FF';

    // Compatibility consonant jamo U+3131–U+314E, in code-point order → initial index (-1: only a final).
    private static readonly sbyte[] CompatibilityToInitial =
    [
        Ini.G, Ini.GG, -1, Ini.N, -1, -1, Ini.D, Ini.DD, Ini.R, -1, -1, -1, -1, -1, -1, -1,
        Ini.M, Ini.B, Ini.BB, -1, Ini.S, Ini.SS, Ini.Silent, Ini.J, Ini.JJ, Ini.CH, Ini.K, Ini.T, Ini.P, Ini.H,
    ];

    // Compatibility consonant jamo U+3131–U+314E → final index (0: not a final).
    private static readonly byte[] CompatibilityToFinal =
    [
        Fin.G, Fin.GG, Fin.GS, Fin.N, Fin.NJ, Fin.NH, Fin.D, 0, Fin.L, Fin.LG, Fin.LM, Fin.LB, Fin.LS, Fin.LT, Fin.LP, Fin.LH,
        Fin.M, Fin.B, 0, Fin.BS, Fin.S, Fin.SS, Fin.NG, Fin.J, 0, Fin.CH, Fin.K, Fin.T, Fin.P, Fin.H,
    ];

    /// <summary>
    /// A lone compatibility consonant as (initial, final) indices, or a vowel (U+314F–U+3163) as
    /// its vowel index; archaic letters (U+3164–U+318E) give false and pass through unchanged.
    /// </summary>
    public static bool TryReadCompatibility(char c, out int initial, out int vowel, out int final)
    {
        initial = -1;
        vowel = -1;
        final = 0;
        if (c is >= '\u3131' and <= '\u314E')
        {
            initial = CompatibilityToInitial[c - 0x3131];
            final = CompatibilityToFinal[c - 0x3131];
            return true;
        }

        if (c is >= '\u314F' and <= '\u3163')
        {
            vowel = c - 0x314F;
            return true;
        }

        return false;
    }
}

/// <summary>Initial consonant indices.</summary>
internal static class Ini
{
    public const sbyte G = 0, GG = 1, N = 2, D = 3, DD = 4, R = 5, M = 6, B = 7, BB = 8, S = 9, SS = 10,
        Silent = 11, J = 12, JJ = 13, CH = 14, K = 15, T = 16, P = 17, H = 18;
}

/// <summary>Vowel indices.</summary>
internal static class Vow
{
    public const int A = 0, AE = 1, YA = 2, YAE = 3, EO = 4, E = 5, YEO = 6, YE = 7, O = 8, WA = 9, WAE = 10,
        OE = 11, YO = 12, U = 13, WO = 14, WE = 15, WI = 16, YU = 17, EU = 18, UI = 19, I = 20;
}

/// <summary>Final consonant indices (0 = no final).</summary>
internal static class Fin
{
    public const byte None = 0, G = 1, GG = 2, GS = 3, N = 4, NJ = 5, NH = 6, D = 7, L = 8, LG = 9, LM = 10,
        LB = 11, LS = 12, LT = 13, LP = 14, LH = 15, M = 16, B = 17, BS = 18, S = 19, SS = 20, NG = 21, J = 22,
        CH = 23, K = 24, T = 25, P = 26, H = 27;

    // A final that moves to the next syllable as this initial (single finals), or -1.
    private static readonly sbyte[] AsInitial =
    [
        -1, Ini.G, Ini.GG, -1, Ini.N, -1, -1, Ini.D, Ini.R, -1, -1, -1, -1, -1, -1, -1,
        Ini.M, Ini.B, -1, Ini.S, Ini.SS, -1, Ini.J, Ini.CH, Ini.K, Ini.T, Ini.P, Ini.H,
    ];

    // Double finals: the part that stays (as a single final) and the part that moves (as an initial).
    private static readonly (byte Stays, sbyte Moves)[] Split =
    [
        (0, -1), (0, -1), (0, -1), (G, Ini.S), (0, -1), (N, Ini.J), (N, Ini.H), (0, -1), (0, -1), (L, Ini.G), (L, Ini.M),
        (L, Ini.B), (L, Ini.S), (L, Ini.T), (L, Ini.P), (L, Ini.H), (0, -1), (0, -1), (B, Ini.S), (0, -1), (0, -1),
        (0, -1), (0, -1), (0, -1), (0, -1), (0, -1), (0, -1), (0, -1),
    ];

    public static int ToInitial(int final) => AsInitial[final];

    public static bool IsDouble(int final) => Split[final].Moves >= 0;

    public static (byte Stays, sbyte Moves) SplitDouble(int final) => Split[final];
}

/// <summary>The seven sounds a syllable can end in after neutralization, plus none.</summary>
internal enum Coda : byte
{
    None,
    K,
    N,
    T,
    L,
    M,
    P,
    Ng,
}
