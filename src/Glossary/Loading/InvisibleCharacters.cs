using System.Globalization;
using System.Text;

namespace Glossary.Loading;

/// <summary>
/// Characters that show nothing, or move text around, where they stand: format characters (category Cf: zero-width
/// spaces and joiners, bidirectional controls, the soft hyphen, tags), control characters, line and paragraph
/// separators, variation selectors and the Hangul fillers. In a spelling they would be matched or written into
/// articles unseen (the "Trojan Source" class), so the readers refuse them.
/// </summary>
internal static class InvisibleCharacters
{
    /// <summary>The first invisible character of <paramref name="text"/> and its 1-based character index: <c>"Lee\u200BJae"</c> → (4, "U+200B, a format character").</summary>
    public static (int Index, string Description)? Find(string text)
    {
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            index++;
            if (Kind(rune) is { } kind)
                return (index, $"U+{rune.Value:X4}, {kind}");
        }

        return null;
    }

    /// <summary>The text with each invisible character shown as <c>&lt;U+200B&gt;</c>, so that a message never carries one to a terminal.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Kind(rune) is null)
                sb.Append(rune.ToString());
            else
                sb.Append(CultureInfo.InvariantCulture, $"<U+{rune.Value:X4}>");
        }

        return sb.ToString();
    }

    private static string? Kind(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Format => "a format character",
        UnicodeCategory.Control => "a control character",
        UnicodeCategory.LineSeparator => "a line separator",
        UnicodeCategory.ParagraphSeparator => "a paragraph separator",
        _ => rune.Value switch
        {
            >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF => "a variation selector",
            0x034F => "a combining grapheme joiner",
            0x115F or 0x1160 or 0x3164 or 0xFFA0 => "a Hangul filler",
            _ => null,
        },
    };
}
