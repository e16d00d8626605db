using System.Diagnostics.CodeAnalysis;
using System.Text;
using Glossary.Documents;
using Glossary.Model;

namespace Glossary;

/// <summary>
/// Thrown when input is not text (invalid UTF-8 or UTF-16, binary content) or is larger than the size limit;
/// <see cref="Line"/> and <see cref="Column"/> (1-based, UTF-16 columns) say where the first bad byte is, when there is one.
/// </summary>
internal sealed class UnreadableTextException(string message, int? line = null, int? column = null) : IOException(message)
{
    /// <summary>The line of the first bad byte, or null.</summary>
    public int? Line { get; } = line;

    /// <summary>The column of the first bad byte, or null.</summary>
    public int? Column { get; } = column;
}

/// <summary>
/// A text file decoded the way it was encoded, so that a fix writes it back the same way: UTF-8 (with or without
/// BOM), UTF-16 LE/BE or UTF-32 LE with BOM. Line endings are never changed because the text is kept as decoded.
/// Reads and writes without losing encoding, BOM, line endings, permissions, owner or hard links.
/// </summary>
public sealed class TextFile
{
    /// <summary>The default size limit of a file read: 64 MiB.</summary>
    public const long DefaultMaxBytes = 64L << 20;

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding StrictUtf8WithBom = new(true, throwOnInvalidBytes: true);

    private TextFile(string text, Encoding encoding, bool hasBom)
    {
        Text = text;
        Encoding = encoding;
        HasBom = hasBom;
    }

    /// <summary>The decoded text, line endings as they were.</summary>
    public string Text { get; }

    /// <summary>The encoding the bytes were in.</summary>
    public Encoding Encoding { get; }

    /// <summary>Whether the bytes started with a byte order mark.</summary>
    public bool HasBom { get; }

    /// <summary>The bytes of <paramref name="text"/> in this file's encoding, with its BOM if it had one.</summary>
    public byte[] Encode(string text)
    {
        var preamble = HasBom ? Encoding.GetPreamble() : [];
        var body = Encoding.GetBytes(text);
        return [.. preamble, .. body];
    }

    /// <summary>
    /// Decodes bytes named <paramref name="name"/> (in the error): a BOM decides the encoding; otherwise they must be
    /// valid UTF-8 without NUL bytes. False, with a positioned error (<c>GLS011</c>: where the first bad byte is), when
    /// they are not text.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, string name, [NotNullWhen(true)] out TextFile? file, [NotNullWhen(false)] out GlossaryDiagnostic? error)
    {
        try
        {
            file = Decode(bytes);
            error = null;
            return true;
        }
        catch (UnreadableTextException e)
        {
            file = null;
            error = Unreadable(name, e);
            return false;
        }
    }

    /// <summary>
    /// Reads and decodes a file (see <see cref="TryDecode"/>) of at most <paramref name="maxBytes"/>. False, with a
    /// positioned error (<c>GLS011</c>), when it is larger or not text; a missing or unreadable file throws as
    /// <see cref="File.ReadAllBytes(string)"/> does.
    /// </summary>
    public static bool TryRead(string path, long maxBytes, [NotNullWhen(true)] out TextFile? file, [NotNullWhen(false)] out GlossaryDiagnostic? error)
    {
        try
        {
            file = Read(path, maxBytes);
            error = null;
            return true;
        }
        catch (UnreadableTextException e)
        {
            file = null;
            error = Unreadable(path, e);
            return false;
        }
    }

    private static GlossaryDiagnostic Unreadable(string name, UnreadableTextException e) =>
        new(GlossaryMessages.UnreadableId, DiagnosticSeverity.Error, e.Message, new SourcePosition(name, e.Line ?? 0, e.Column ?? 0, 0));

    /// <summary>Decodes bytes: a BOM decides the encoding; otherwise they must be valid UTF-8 without NUL bytes.</summary>
    /// <exception cref="UnreadableTextException">Invalid UTF-8 (with the byte offset) or binary data.</exception>
    internal static TextFile Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new TextFile(DecodeUtf8(bytes[3..], 3), StrictUtf8WithBom, true);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return Strict(new UTF32Encoding(false, true, true), bytes[4..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Strict(new UnicodeEncoding(false, true, true), bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Strict(new UnicodeEncoding(true, true, true), bytes[2..]);

        if (bytes.IndexOf((byte)0) is var nul and >= 0)
            throw new UnreadableTextException($"binary file (NUL byte at offset {nul})");
        return new TextFile(DecodeUtf8(bytes, 0), StrictUtf8, false);
    }

    /// <summary>Reads and decodes a file of at most <paramref name="maxBytes"/> bytes.</summary>
    /// <exception cref="UnreadableTextException">The file is larger, or not text.</exception>
    internal static TextFile Read(string path, long maxBytes) => Decode(ReadBytes(path, maxBytes));

    /// <summary>
    /// The bytes of a file, at most <paramref name="maxBytes"/>: read to its end whatever its length says, so a
    /// FIFO, a device such as <c>/dev/zero</c> or a file that grows while read ends with an error, not all memory.
    /// </summary>
    /// <exception cref="IOException">The file is larger than <paramref name="maxBytes"/>.</exception>
    public static byte[] ReadBytes(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        return ReadBytes(stream, maxBytes);
    }

    /// <summary>The bytes of <paramref name="stream"/> to its end, at most <paramref name="maxBytes"/>.</summary>
    /// <exception cref="IOException">The stream holds more than <paramref name="maxBytes"/>.</exception>
    public static byte[] ReadBytes(Stream stream, long maxBytes)
    {
        var capacity = 0L;
        if (stream.CanSeek)
        {
            try
            {
                capacity = Math.Min(stream.Length, maxBytes) + 1;
            }
            catch (IOException)
            {
                capacity = 0;
            }
        }

        using var buffer = new MemoryStream((int)Math.Min(capacity, Array.MaxLength));
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw new UnreadableTextException($"larger than the size limit of {DescribeSize(maxBytes)}");
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Whether <paramref name="path"/> (symbolic links followed) is a regular file: not a folder, FIFO, socket or
    /// device, which a folder walk must not open. Where the system cannot tell (not Linux), whether it is a file.
    /// </summary>
    public static bool IsRegularFile(string path) => FileStatus.Supported ? FileStatus.Of(path) is { IsRegular: true } : File.Exists(path);

    /// <summary>
    /// Whether two paths name the same file: the same full path after resolving symbolic links, or (on Linux)
    /// the same device and inode, which also catches hard links.
    /// </summary>
    public static bool IsSameFile(string a, string b)
    {
        if (string.Equals(Resolve(a), Resolve(b), StringComparison.Ordinal))
            return true;
        return FileStatus.Of(a) is { } x && FileStatus.Of(b) is { } y && x.Device == y.Device && x.Inode == y.Inode;
    }

    /// <summary>The full path of <paramref name="path"/> with every symbolic link in it resolved.</summary>
    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        if (parent is not null && !string.Equals(parent, full, StringComparison.Ordinal))
            full = Path.Combine(Resolve(parent), Path.GetFileName(full));
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target ? Resolve(target.FullName) : full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    private static string DescribeSize(long bytes) => bytes % (1L << 20) == 0 ? $"{bytes >> 20} MiB" : $"{bytes} bytes";

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="text"/> encoded as <paramref name="original"/> was:
    /// the bytes go to a temporary file in the same folder, which then takes the file's place in one
    /// rename, keeping its Unix permissions and (on Linux) its owner and group. The file is never left
    /// half-written; a symbolic link is followed, so the link survives and its target is rewritten.
    /// A file with several hard links (or whose owner the temporary file cannot be given) is rewritten in
    /// place instead, so every link sees the new text: its old bytes are copied to a backup beside it first,
    /// put back if the write fails, and removed once the new bytes are on disk.
    /// </summary>
    public static void WriteAtomic(string path, TextFile original, string text)
    {
        // A symbolic link stays a link: the file it points to is the one replaced.
        var full = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        var bytes = original.Encode(text);
        var status = FileStatus.Of(full);
        if (status is { Links: > 1 })
        {
            WriteInPlace(full, bytes);
            return;
        }

        var temp = Scratch(full, "tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
            if (status is { } owned && FileStatus.Of(temp) is { } made && (made.Owner != owned.Owner || made.Group != owned.Group)
                && !FileStatus.TryChown(temp, owned))
            {
                File.Delete(temp);
                WriteInPlace(full, bytes);
                return;
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    private static string Scratch(string full, string extension) =>
        Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.glossary-{Guid.NewGuid():N}.{extension}");

    private static void WriteInPlace(string full, byte[] bytes)
    {
        var backup = Scratch(full, "bak");
        File.Copy(full, backup);
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Write);
            stream.SetLength(0);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            using (var restore = new FileStream(full, FileMode.Open, FileAccess.Write))
            {
                restore.SetLength(0);
                restore.Write(File.ReadAllBytes(backup));
            }

            File.Delete(backup);
            throw;
        }

        File.Delete(backup);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, int offset)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // The valid prefix gives the position: lines and columns count as everywhere (LineIndex).
            var chars = new char[bytes.Length];
            System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var bad, out var written, replaceInvalidSequences: false);
            var (line, column) = LineIndex.End(chars.AsSpan(0, written));
            throw new UnreadableTextException($"not valid UTF-8 (byte 0x{bytes[bad]:X2} at offset {offset + bad})", line, column);
        }
    }

    private static TextFile Strict(Encoding encoding, ReadOnlySpan<byte> body)
    {
        try
        {
            return new TextFile(encoding.GetString(body), encoding, true);
        }
        catch (DecoderFallbackException)
        {
            if (encoding is not UnicodeEncoding)
                throw new UnreadableTextException($"not valid {encoding.WebName}");
            var bigEndian = encoding.GetPreamble() is [0xFE, ..];
            var units = new char[body.Length / 2];
            for (var i = 0; i < units.Length; i++)
                units[i] = (char)(bigEndian ? (body[2 * i] << 8) | body[(2 * i) + 1] : body[2 * i] | (body[(2 * i) + 1] << 8));
            var valid = 0;
            while (valid < units.Length)
            {
                if (char.IsHighSurrogate(units[valid]) && valid + 1 < units.Length && char.IsLowSurrogate(units[valid + 1]))
                    valid += 2;
                else if (char.IsSurrogate(units[valid]))
                    break;
                else
                    valid++;
            }

            var (line, column) = LineIndex.End(units.AsSpan(0, valid));
            var what = valid < units.Length ? $"unpaired surrogate U+{(int)units[valid]:X4}" : "odd number of bytes";
            throw new UnreadableTextException($"not valid {encoding.WebName} ({what} at byte offset {2 + (2 * valid)})", line, column);
        }
    }
}
