using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Glossary.Documents;

/// <summary>
/// Reads HTML character references as the HTML standard's tokenizer does (§13.2.5.72–80): named references
/// from the standard's table (<c>Data/html-entities.tsv</c>), the longest name that matches, where the legacy
/// names (<c>&amp;amp</c>, <c>&amp;nbsp</c>, <c>&amp;not</c> …) may lack their <c>;</c>; numeric references
/// (<c>&amp;#233;</c>, <c>&amp;#xE9;</c>, with or without <c>;</c>) with the standard's replacements (0, surrogates and
/// values past U+10FFFF become U+FFFD; 0x80–0x9F are read as windows-1252). Anything else, such as the
/// <c>&amp;</c> of <c>R&amp;D</c>, is text.
/// </summary>
internal static class HtmlCharacterReferences
{
    private const string Resource = "Glossary.Documents.Data.html-entities.tsv";

    private static readonly Lazy<(FrozenDictionary<string, string> Names, int Longest)> Table = new(LoadTable);

    private static readonly Lazy<Encoding> Windows1252 = new(() => CodePagesEncodingProvider.Instance.GetEncoding(1252)!);

    /// <summary>
    /// Reads the reference that starts with the <c>&amp;</c> at <paramref name="text"/>[<paramref name="at"/>]: the
    /// number of characters it takes (0 when that <c>&amp;</c> starts none) and the text it stands for.
    /// <paramref name="inAttribute"/>: in an attribute value a legacy name without <c>;</c> that is followed by a letter,
    /// a digit or <c>=</c> is text (<c>href="?a=1&amp;copy=2"</c>).
    /// </summary>
    public static int Read(ReadOnlySpan<char> text, int at, bool inAttribute, out string decoded)
    {
        decoded = string.Empty;
        if (at + 1 >= text.Length)
            return 0;
        return text[at + 1] == '#' ? ReadNumeric(text, at, out decoded) : ReadNamed(text, at, inAttribute, out decoded);
    }

    /// <summary>Decodes every reference in <paramref name="raw"/>: <c>"R&amp;D &amp;amp; Q&amp;A&amp;nbsp;"</c> → <c>"R&amp;D &amp; Q&amp;A\u00A0"</c>.</summary>
    public static string Decode(string raw, bool inAttribute = false)
    {
        if (!raw.Contains('&', StringComparison.Ordinal))
            return raw;
        var result = new StringBuilder(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            var amp = raw.IndexOf('&', i);
            if (amp < 0)
            {
                result.Append(raw, i, raw.Length - i);
                break;
            }

            result.Append(raw, i, amp - i);
            var length = Read(raw, amp, inAttribute, out var decoded);
            if (length == 0)
            {
                result.Append('&');
                i = amp + 1;
            }
            else
            {
                result.Append(decoded);
                i = amp + length;
            }
        }

        return result.ToString();
    }

    private static int ReadNamed(ReadOnlySpan<char> text, int at, bool inAttribute, out string decoded)
    {
        decoded = string.Empty;
        var (names, longest) = Table.Value;
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = at + 1;
        var run = 0;
        while (start + run < text.Length && run < longest && char.IsAsciiLetterOrDigit(text[start + run]))
            run++;
        if (run == 0)
            return 0;

        // A name with ';' matches only where the run of letters and digits ends at a ';'; otherwise the longest
        // prefix of the run that is a legacy name (written without ';') matches: "&notit;" reads as "¬it;".
        if (start + run < text.Length && text[start + run] == ';' && lookup.TryGetValue(text.Slice(start, run + 1), out var full))
        {
            decoded = full;
            return run + 2;
        }

        for (var length = run; length > 0; length--)
        {
            if (!lookup.TryGetValue(text.Slice(start, length), out var legacy))
                continue;
            var next = start + length < text.Length ? text[start + length] : '\0';
            if (inAttribute && (next == '=' || char.IsAsciiLetterOrDigit(next)))
                return 0;
            decoded = legacy;
            return length + 1;
        }

        return 0;
    }

    private static int ReadNumeric(ReadOnlySpan<char> text, int at, out string decoded)
    {
        decoded = string.Empty;
        var i = at + 2;
        var hex = i < text.Length && text[i] is 'x' or 'X';
        if (hex)
            i++;
        var digitsStart = i;
        long value = 0;
        while (i < text.Length && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
        {
            // Past U+10FFFF the exact value no longer matters: it becomes U+FFFD.
            value = Math.Min(value * (hex ? 16 : 10) + HexValue(text[i]), 0x110000);
            i++;
        }

        if (i == digitsStart)
            return 0;
        if (i < text.Length && text[i] == ';')
            i++;
        decoded = FromCodePoint((int)value);
        return i - at;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static string FromCodePoint(int value)
    {
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return "\uFFFD";

        // The standard reads 0x80–0x9F as windows-1252 where that code page has a character (0x80 → €, 0x99 → ™);
        // the five bytes it leaves undefined stay the C1 control they name.
        if (value is >= 0x80 and <= 0x9F)
        {
            var mapped = Windows1252.Value.GetString([(byte)value]);
            return mapped.Length == 1 && mapped[0] != '?' ? mapped : ((char)value).ToString();
        }

        return char.ConvertFromUtf32(value);
    }

    private static (FrozenDictionary<string, string>, int) LoadTable()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.Rows(Resource, minColumns: 2))
        {
            var value = new StringBuilder(2);
            foreach (var hex in row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                value.Append(char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            names.Add(row[0], value.ToString());
        }

        return (names.ToFrozenDictionary(StringComparer.Ordinal), names.Keys.Max(n => n.Length));
    }
}
