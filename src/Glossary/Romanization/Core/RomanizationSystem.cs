namespace Glossary;

/// <summary>A romanization system or convention that a romanizer can write.</summary>
public enum RomanizationSystem
{
    /// <summary>Korean Revised Romanization (2000), transcription by standard pronunciation: 신라 → Silla.</summary>
    RevisedRomanization,

    /// <summary>Korean Revised Romanization, transliteration mode of rule §8 (spelling-based, reversible): 신라 → sinla.</summary>
    RevisedRomanizationTransliteration,

    /// <summary>Korean McCune–Reischauer with breves and apostrophes: 판문점 → P'anmunjŏm.</summary>
    McCuneReischauer,

    /// <summary>McCune–Reischauer without breves and apostrophes, as most press writes it: 판문점 → Panmunjom.</summary>
    McCuneReischauerSimplified,

    /// <summary>Korean Yale romanization as used in linguistics: 한글 → hankul.</summary>
    Yale,

    /// <summary>Hanyu Pinyin with tone marks: 习近平 → Xí Jìnpíng.</summary>
    Pinyin,

    /// <summary>Hanyu Pinyin without tone marks: 习近平 → Xi Jinping.</summary>
    PinyinToneless,

    /// <summary>Hanyu Pinyin with tone numbers: 习近平 → Xi2 Jin4ping2.</summary>
    PinyinToneNumbers,

    /// <summary>Wade–Giles with aspiration apostrophes and umlauts: 毛泽东 → Mao Tse-tung, 邓小平 → Teng Hsiao-p'ing.</summary>
    WadeGiles,

    /// <summary>Wade–Giles without apostrophes and umlauts, as the press prints it: 邓小平 → Teng Hsiao-ping.</summary>
    WadeGilesSimplified,
}

/// <summary>What kind of text is romanized; it changes capitals, spacing and sound rules.</summary>
internal enum RomanizationKind
{
    /// <summary>A common word: lower case, word sound changes apply.</summary>
    Word,

    /// <summary>A place name: capitalized; Korean administrative units split off with a hyphen.</summary>
    Place,

    /// <summary>A personal name: surname, space, given name; no sound changes inside the given name.</summary>
    Name,
}

/// <summary>A script language that has a romanizer.</summary>
internal enum ScriptLanguage
{
    /// <summary>Korean, written in Hangul.</summary>
    Korean,

    /// <summary>Chinese, written in Han characters (Simplified or Traditional).</summary>
    Chinese,
}
