namespace Glossary.Model;

/// <summary>
/// The one table of which code points belong to the scripts the glossary knows: language detection and the
/// loader's "native form has no Hangul/Han characters" check both read it, so they cannot disagree.
/// </summary>
internal static class Scripts
{
    /// <summary>
    /// Hangul: syllables, conjoining jamo with Extended-A (U+A960–A97F) and Extended-B (U+D7B0–D7FF), and
    /// compatibility jamo. Example: <c>'ꥠ'</c> (U+A960) → true.
    /// </summary>
    public static bool IsHangul(int codePoint) =>
        codePoint is >= 0xAC00 and <= 0xD7A3 or >= 0x1100 and <= 0x11FF or >= 0x3130 and <= 0x318F or >= 0xA960 and <= 0xA97F or >= 0xD7B0 and <= 0xD7FF;

    /// <summary>
    /// Han: CJK unified ideographs with Extension A and the supplementary planes (Extensions B–H), compatibility
    /// ideographs, and 〇 (U+3007), the zero Chinese writes among ideographs (二〇二四). Example: <c>'〇'</c> → true.
    /// </summary>
    public static bool IsHan(int codePoint) =>
        codePoint is 0x3007 or >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF;

    /// <summary>Hiragana and katakana (U+3040–30FF).</summary>
    public static bool IsKana(int codePoint) => codePoint is >= 0x3040 and <= 0x30FF;

    /// <summary>Whether any character of <paramref name="text"/> is in the script <paramref name="test"/> accepts.</summary>
    public static bool Any(string text, Func<int, bool> test)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (test(rune.Value))
                return true;
        }

        return false;
    }
}
