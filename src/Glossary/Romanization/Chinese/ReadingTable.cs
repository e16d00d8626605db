using System.Globalization;
using System.Text;

namespace Glossary.Romanization.Chinese;

/// <summary>
/// The ICU-derived reading of every Han character, read straight from the embedded bytes without
/// building a per-character dictionary, so loading it costs one copy and a scan of its lines.
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

    private readonly byte[] bytes;
    private readonly int[] syllableStarts;
    private readonly string?[] syllables;
    private readonly Dictionary<int, int> blockOffsets;

    private ReadingTable(byte[] bytes, int[] syllableStarts, Dictionary<int, int> blockOffsets)
    {
        this.bytes = bytes;
        this.syllableStarts = syllableStarts;
        syllables = new string?[syllableStarts.Length - 1];
        this.blockOffsets = blockOffsets;
    }

    /// <summary>The number of characters that have a reading.</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var offset in blockOffsets.Values)
            {
                for (var i = 0; i < BlockSize; i++)
                    count += bytes[offset + (2 * i)] == (byte)'.' ? 0 : 1;
            }

            return count;
        }
    }

    /// <summary>The reading of <paramref name="codePoint"/> with a tone digit (<c>"xi2"</c>), or <see langword="null"/>.</summary>
    public string? Reading(int codePoint)
    {
        if (!blockOffsets.TryGetValue(codePoint / BlockSize, out var offset))
            return null;
        var at = offset + (2 * (codePoint % BlockSize));
        var high = bytes[at];
        if (high == (byte)'.')
            return null;
        var index = (Digit(high) * Digits.Length) + Digit(bytes[at + 1]);
        return syllables[index] ??= Encoding.UTF8.GetString(bytes, syllableStarts[index], syllableStarts[index + 1] - syllableStarts[index] - 1);
    }

    /// <summary>
    /// Indexes the file without decoding it: the offsets of the syllables in the <c>@</c> line (each
    /// syllable becomes a string on first use) and the offset of each block line.
    /// </summary>
    public static ReadingTable Parse(byte[] bytes)
    {
        var syllableStarts = new List<int>();
        var blocks = new Dictionary<int, int>();
        var start = 0;
        while (start < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0)
                end = bytes.Length;
            if (bytes[start] == (byte)'@')
            {
                for (var i = start + 2; i < end; i++)
                {
                    if (i == start + 2 || bytes[i - 1] == (byte)' ')
                        syllableStarts.Add(i);
                }

                syllableStarts.Add(end + 1); // so that syllable k ends at syllableStarts[k + 1] - 1
            }
            else if (end > start && bytes[start] != (byte)'#')
            {
                var block = 0;
                var i = start;
                for (; bytes[i] != (byte)' '; i++)
                    block = (block * 16) + HexDigit(bytes[i]);
                blocks[block] = i + 1;
            }

            start = end + 1;
        }

        return new ReadingTable(bytes, [.. syllableStarts], blocks);
    }

    private static int Digit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'A' and <= (byte)'Z' => b - 'A' + 10,
        _ => b - 'a' + 36,
    };

    private static int HexDigit(byte b) => b <= (byte)'9' ? b - '0' : (b | 0x20) - 'a' + 10;

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
            text.Append(block.ToString("X4", CultureInfo.InvariantCulture)).Append(' ');
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
