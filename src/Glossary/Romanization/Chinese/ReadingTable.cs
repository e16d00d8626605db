using System.Reflection;
using System.Text;

namespace Glossary.Romanization.Chinese;

/// <summary>
/// The ICU-derived reading of every Han character, read straight from the embedded text without
/// building a per-character dictionary, so loading it costs one string and a few hundred lines.
/// </summary>
/// <remarks>
/// Layout of <c>han-latin.txt</c>, after <c>#</c> comment lines: one line <c>@ syl1 syl2 …</c>
/// listing every syllable (tone digits), then one line per block of 64 code points that has any
/// reading: the block number (code point / 64) in hexadecimal, a space, and 64 two-character codes,
/// each an index into the syllable list in base 62, or <c>..</c> for no reading.
/// </remarks>
internal sealed class ReadingTable
{
    public const string FileName = "han-latin.txt";
    private const int BlockSize = 64;
    private const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private readonly string _text;
    private readonly string[] _syllables;
    private readonly Dictionary<int, int> _blockOffsets;

    private ReadingTable(string text, string[] syllables, Dictionary<int, int> blockOffsets)
    {
        _text = text;
        _syllables = syllables;
        _blockOffsets = blockOffsets;
    }

    /// <summary>The number of characters that have a reading.</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var offset in _blockOffsets.Values)
            {
                for (var i = 0; i < BlockSize; i++)
                    count += _text[offset + (2 * i)] == '.' ? 0 : 1;
            }

            return count;
        }
    }

    /// <summary>The reading of <paramref name="codePoint"/> with a tone digit (<c>"xi2"</c>), or <see langword="null"/>.</summary>
    public string? Reading(int codePoint)
    {
        if (!_blockOffsets.TryGetValue(codePoint / BlockSize, out var offset))
            return null;
        var at = offset + (2 * (codePoint % BlockSize));
        var high = _text[at];
        if (high == '.')
            return null;
        return _syllables[(Digits.IndexOf(high) * Digits.Length) + Digits.IndexOf(_text[at + 1])];
    }

    public static ReadingTable Load(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {resourceName}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    public static ReadingTable Parse(string text)
    {
        string[] syllables = [];
        var blocks = new Dictionary<int, int>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            var line = text.AsSpan(start, end - start);
            if (line.StartsWith("@ "))
            {
                syllables = line[2..].ToString().Split(' ');
            }
            else if (line.Length > 0 && line[0] != '#')
            {
                var space = line.IndexOf(' ');
                blocks[int.Parse(line[..space], System.Globalization.NumberStyles.HexNumber)] = start + space + 1;
            }

            start = end + 1;
        }

        return new ReadingTable(text, syllables, blocks);
    }

    /// <summary>Writes <paramref name="readings"/> (code point → syllable) in the layout above.</summary>
    public static string Write(IReadOnlyDictionary<int, string> readings, string header)
    {
        var syllables = readings.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (syllables.Length > Digits.Length * Digits.Length)
            throw new InvalidOperationException("Too many syllables for two-digit codes.");
        var index = syllables.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);

        var text = new StringBuilder(header);
        text.Append("@ ").AppendJoin(' ', syllables).Append('\n');
        foreach (var block in readings.Keys.Select(cp => cp / BlockSize).Distinct().Order())
        {
            text.Append(block.ToString("X4")).Append(' ');
            for (var cp = block * BlockSize; cp < (block + 1) * BlockSize; cp++)
            {
                if (readings.TryGetValue(cp, out var syllable))
                {
                    var i = index[syllable];
                    text.Append(Digits[i / Digits.Length]).Append(Digits[i % Digits.Length]);
                }
                else
                {
                    text.Append("..");
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
