using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Glossary.Documents;

/// <summary>
/// What <c>statx(2)</c> says about a file on Linux: its type, identity (device and inode), link count and owner.
/// .NET exposes none of these; other systems get null and the callers fall back to what .NET can tell.
/// </summary>
internal readonly record struct FileStatus(int Type, ulong Device, ulong Inode, uint Links, uint Owner, uint Group)
{
    public const int RegularFile = 0x8000;
    private const int AtFdCwd = -100;
    private const uint BasicStats = 0x7ff;

    public bool IsRegular => Type == RegularFile;

    /// <summary>Whether the system answers (Linux with a libc that has <c>statx</c>): only then does a null from <see cref="Of"/> mean the file cannot be had.</summary>
    public static bool Supported { get; } = Of("/") is not null;

    /// <summary>The status of <paramref name="path"/> (symbolic links followed), or null when it cannot be had.</summary>
    public static FileStatus? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
            return null;
        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, BasicStats, buffer) != 0)
                return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        // struct statx has one layout on every Linux architecture (include/uapi/linux/stat.h).
        var span = buffer.AsSpan();
        var links = BinaryPrimitives.ReadUInt32LittleEndian(span[16..]);
        var uid = BinaryPrimitives.ReadUInt32LittleEndian(span[20..]);
        var gid = BinaryPrimitives.ReadUInt32LittleEndian(span[24..]);
        var mode = BinaryPrimitives.ReadUInt16LittleEndian(span[28..]);
        var inode = BinaryPrimitives.ReadUInt64LittleEndian(span[32..]);
        var device = ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(span[136..]) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(span[140..]);
        if (!BitConverter.IsLittleEndian)
            return null;
        return new FileStatus(mode & 0xF000, device, inode, links, uid, gid);
    }

    /// <summary>Gives <paramref name="path"/> the owner and group of <paramref name="status"/>; false when not allowed.</summary>
    public static bool TryChown(string path, FileStatus status)
    {
        try
        {
            return Chown(path, status.Owner, status.Group) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code for these signatures; DllImport marshals them fine, also under Native AOT.
#pragma warning disable CA2101 // The strings are marshaled as UTF-8 (LPUTF8Str) explicitly; CA2101 reads them as ANSI.
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", EntryPoint = "chown", SetLastError = true)]
    private static extern int Chown([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint owner, uint group);
#pragma warning restore CA2101
#pragma warning restore SYSLIB1054
}
