namespace Glossary.Model;

/// <summary>The script a native form is written in, as the loader checks it.</summary>
internal enum NativeScript
{
    /// <summary>Korean: Hangul syllables and jamo.</summary>
    Hangul,

    /// <summary>Chinese characters.</summary>
    Han,

    /// <summary>Japanese: kana and kanji.</summary>
    Japanese,
}

/// <summary>
/// A native-form key of glossary entries (<see cref="GlossaryEntry.Native"/>): the one table that the YAML
/// keys, the CSV columns, the TBX languages and the romanizers read, so a language is added in one line.
/// </summary>
/// <param name="Tag">The key as written in YAML and CSV (<c>zh-Hant</c>).</param>
/// <param name="Script">The script its text must contain.</param>
/// <param name="Romanized">Whether spellings are generated from it (<see cref="Script"/> picks the romanizer).</param>
/// <param name="TbxLanguage">The TBX language section it is written to and read from; keys that share one share the section.</param>
internal sealed record NativeLanguage(string Tag, NativeScript Script, bool Romanized, string TbxLanguage)
{
    /// <summary>Every native key, in the order entries are written and romanized (the first romanized form present is read).</summary>
    public static IReadOnlyList<NativeLanguage> All { get; } =
    [
        new("ko", NativeScript.Hangul, Romanized: true, TbxLanguage: "ko"),
        new("zh", NativeScript.Han, Romanized: true, TbxLanguage: "zh-Hans"),
        new("zh-Hans", NativeScript.Han, Romanized: true, TbxLanguage: "zh-Hans"),
        new("zh-Hant", NativeScript.Han, Romanized: true, TbxLanguage: "zh-Hant"),
        new("ja", NativeScript.Japanese, Romanized: false, TbxLanguage: "ja"),
    ];

    /// <summary>The tags of <see cref="All"/>, in order.</summary>
    public static IReadOnlyList<string> Tags { get; } = [.. All.Select(l => l.Tag)];

    /// <summary>The script's name in messages: <c>Hangul</c>, <c>Han</c>, <c>Japanese</c>.</summary>
    public string ScriptName => Script switch
    {
        NativeScript.Hangul => "Hangul",
        NativeScript.Japanese => "Japanese",
        _ => "Han",
    };

    /// <summary>Whether <paramref name="text"/> has at least one character of <see cref="Script"/>.</summary>
    public bool HasScript(string text) => Script switch
    {
        NativeScript.Hangul => Scripts.Any(text, Scripts.IsHangul),
        NativeScript.Japanese => Scripts.Any(text, c => Scripts.IsKana(c) || Scripts.IsHan(c)),
        _ => Scripts.Any(text, Scripts.IsHan),
    };
}
