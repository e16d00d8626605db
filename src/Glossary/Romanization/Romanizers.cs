using Glossary.Model;
using Glossary.Romanization.Chinese;
using Glossary.Romanization.Core;
using Glossary.Romanization.Korean;

namespace Glossary;

/// <summary>
/// The romanizers this library ships, created on first use and shared (they are immutable and
/// thread-safe). Nothing here is touched by checking or fixing text with a compiled glossary.
/// </summary>
internal static class Romanizers
{
    private static readonly Lazy<IRomanizer> ChineseInstance = new(() => new ChineseRomanizer());

    /// <summary>The Korean romanizer (Revised Romanization, McCune–Reischauer, Yale).</summary>
    public static IRomanizer Korean => KoreanRomanizer.Shared;

    /// <summary>The same Korean romanizer with its name rules (surname split, syllable spellings), for the name checks.</summary>
    public static KoreanRomanizer KoreanNames => KoreanRomanizer.Shared;

    /// <summary>The Chinese romanizer (Hanyu Pinyin, Wade–Giles).</summary>
    public static IRomanizer Chinese => ChineseInstance.Value;

    /// <summary>The romanizer for <paramref name="language"/>.</summary>
    public static IRomanizer For(ScriptLanguage language) => language switch
    {
        ScriptLanguage.Korean => Korean,
        ScriptLanguage.Chinese => Chinese,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    /// <summary>
    /// The language whose script <paramref name="text"/> is written in: Hangul → Korean, Han → Chinese;
    /// <see langword="null"/> when it has neither, or both. Example: <c>"서울"</c> → Korean.
    /// </summary>
    public static ScriptLanguage? DetectLanguage(string text)
    {
        var hangul = false;
        var han = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            if (Scripts.IsHangul(v))
                hangul = true;
            else if (Scripts.IsHan(v))
                han = true;
        }

        return (hangul, han) switch
        {
            (true, false) => ScriptLanguage.Korean,
            (false, true) => ScriptLanguage.Chinese,
            _ => null,
        };
    }
}
