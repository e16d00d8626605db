using System.Text;

namespace Glossary.Documents;

/// <summary>
/// A decoded text file that remembers how it was encoded, so that a fix writes it back the same way:
/// UTF-8 (with or without BOM), UTF-16 LE/BE or UTF-32 LE with BOM. Line endings are never changed
/// because the text is kept as decoded.
/// </summary>
public sealed record DecodedText(string Text, Encoding Encoding, bool HasBom)
{
    /// <summary>The bytes of <paramref name="text"/> in this file's encoding, with its BOM if it had one.</summary>
    public byte[] Encode(string text)
    {
        var preamble = HasBom ? Encoding.GetPreamble() : [];
        var body = Encoding.GetBytes(text);
        return [.. preamble, .. body];
    }
}

/// <summary>Thrown when input bytes are not text: invalid UTF-8, or binary content.</summary>
public sealed class UnreadableTextException(string message) : Exception(message);

/// <summary>Reads and writes text files without losing encoding, BOM, line endings or permissions.</summary>
public static class TextFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding StrictUtf8WithBom = new(true, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes bytes: a BOM decides the encoding; otherwise they must be valid UTF-8 without NUL bytes.
    /// </summary>
    /// <exception cref="UnreadableTextException">Invalid UTF-8 (with the byte offset) or binary data.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new DecodedText(DecodeUtf8(bytes[3..], 3), StrictUtf8WithBom, true);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return Strict(new UTF32Encoding(false, true, true), bytes[4..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Strict(new UnicodeEncoding(false, true, true), bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Strict(new UnicodeEncoding(true, true, true), bytes[2..]);

        if (bytes.IndexOf((byte)0) is var nul and >= 0)
            throw new UnreadableTextException($"binary file (NUL byte at offset {nul})");
        return new DecodedText(DecodeUtf8(bytes, 0), StrictUtf8, false);
    }

    /// <summary>Reads and decodes a file (see <see cref="Decode"/>).</summary>
    public static DecodedText Read(string path) => Decode(File.ReadAllBytes(path));

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="text"/> encoded as <paramref name="original"/> was:
    /// the bytes go to a temporary file in the same folder, which then takes the file's place in one
    /// rename, keeping its Unix permissions. The file is never left half-written; a symbolic link is
    /// followed, so the link survives and its target is rewritten.
    /// </summary>
    public static void WriteAtomic(string path, DecodedText original, string text)
    {
        // A symbolic link stays a link: the file it points to is the one replaced.
        var full = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.glossary-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(original.Encode(text));
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, int offset)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new UnreadableTextException($"not valid UTF-8 (byte offset {offset + Math.Max(e.Index, 0)})");
        }
    }

    private static DecodedText Strict(Encoding encoding, ReadOnlySpan<byte> body)
    {
        try
        {
            return new DecodedText(encoding.GetString(body), encoding, true);
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableTextException($"not valid {encoding.WebName}");
        }
    }
}
