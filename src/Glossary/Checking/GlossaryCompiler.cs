using System.Security.Cryptography;
using System.Text;
using Glossary.Checking;

namespace Glossary;

/// <summary>The outcome of <see cref="GlossaryCompiler.Compile"/>.</summary>
/// <param name="Glossary">The compiled glossary, or null when the glossaries have errors.</param>
/// <param name="Diagnostics">What loading the YAML reported (empty when served from the cache or the bundled build).</param>
/// <param name="FromCache">Whether the glossary was read from the cache instead of compiled.</param>
internal sealed record CompileResult(CompiledGlossary? Glossary, IReadOnlyList<GlossaryDiagnostic> Diagnostics, bool FromCache);

/// <summary>
/// How <see cref="CompiledGlossary.Compile"/> compiles and caches:
/// <c>new CompileOptions { Style = "ap", CacheFolder = "/var/cache/glossary" }</c>.
/// </summary>
public sealed record CompileOptions
{
    /// <summary>The default of <see cref="MaxCacheBytes"/>: 64 MiB.</summary>
    public const long DefaultMaxCacheBytes = 64L << 20;

    /// <summary>The default of <see cref="MaxCacheFiles"/>.</summary>
    public const int DefaultMaxCacheFiles = 32;

    /// <summary>The house style whose forms entries prefer (see an entry's <c>styles:</c>); null for the default forms.</summary>
    public string? Style { get; init; }

    /// <summary>The folder compiled glossaries are cached in, created when needed; null (the default) caches nothing.</summary>
    public string? CacheFolder { get; init; }

    /// <summary>The most bytes of compiled glossaries the cache keeps; past it the least recently used files are removed.</summary>
    public long MaxCacheBytes { get; init; } = DefaultMaxCacheBytes;

    /// <summary>The most compiled glossaries the cache keeps; past it the least recently used files are removed.</summary>
    public int MaxCacheFiles { get; init; } = DefaultMaxCacheFiles;
}

/// <summary>
/// Loads and compiles glossaries, once: the bundled glossary comes precompiled from the assembly, and
/// any other set of glossary files is compiled on first use and, when a <see cref="CompileOptions.CacheFolder"/>
/// is given, cached on disk, keyed by the files' content, the style, the tool version and the format version.
/// A stale or corrupt cache file is ignored and rebuilt, never trusted.
/// </summary>
/// <remarks>
/// The cache is safe to share between processes: a compiled glossary is written to a temporary file and renamed
/// into place, so a reader sees a whole file or none. After each write the cache is pruned to
/// <see cref="CompileOptions.MaxCacheFiles"/> files and <see cref="CompileOptions.MaxCacheBytes"/> bytes,
/// removing the least recently used files first (a read marks a file used); a file another process removes
/// meanwhile is simply rebuilt by whoever needs it next.
/// </remarks>
internal static class GlossaryCompiler
{
    private const string Extension = ".glc";

    /// <summary>Temporary files left by a process that died while writing are removed once they are this old.</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    /// <summary>
    /// Compiles <paramref name="sources"/> (files, folders, or <see cref="GlossaryLoader.BundledName"/>) as
    /// <paramref name="options"/> say: <c>Compile(["house.yaml"], new CompileOptions { CacheFolder = cache })</c>.
    /// </summary>
    public static CompileResult Compile(IReadOnlyList<string> sources, CompileOptions? options = null)
    {
        options ??= new CompileOptions();
        var style = options.Style;
        if (sources.Count == 1 && sources[0] == GlossaryLoader.BundledName && style is null)
            return new CompileResult(CompiledGlossary.Bundled, [], true);

        string? cacheFile = null;
        if (options.CacheFolder is { Length: > 0 } folder && Key(sources, style) is { } key)
        {
            cacheFile = Path.Combine(folder, key + Extension);
            if (TryRead(cacheFile) is { } cached)
                return new CompileResult(cached, [], true);
        }

        var loaded = GlossaryLoader.Load(sources);
        if (loaded.HasErrors)
            return new CompileResult(null, loaded.Diagnostics, false);

        var glossary = new GlossaryBuilder().AddRange(loaded.Entries).UseStyle(style).Build();
        if (cacheFile is not null && TryWrite(cacheFile, glossary))
            Prune(options.CacheFolder!, options.MaxCacheFiles, options.MaxCacheBytes, keep: cacheFile);
        return new CompileResult(glossary, loaded.Diagnostics, false);
    }

    /// <summary>The cache key: SHA-256 of the format and tool versions, the style, and every source file's name and bytes; null when a source cannot be read.</summary>
    internal static string? Key(IReadOnlyList<string> sources, string? style)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));
        Add($"format:{CompiledGlossaryFormat.Version}");
        Add($"tool:{CompiledGlossaryFormat.ToolVersion}");
        Add($"style:{style}");
        try
        {
            foreach (var source in sources)
            {
                if (source == GlossaryLoader.BundledName)
                {
                    Add("bundled");
                    continue;
                }

                var files = Directory.Exists(source) ? GlossaryLoader.FilesIn(source) : [source];
                foreach (var file in files)
                {
                    // A FIFO or device can be read once only: the loader reads it, uncached.
                    if (!TextFile.IsRegularFile(file))
                        return null;
                    Add(Path.GetFullPath(file));
                    hash.AppendData(TextFile.ReadBytes(file, TextFile.DefaultMaxBytes));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static CompiledGlossary? TryRead(string file)
    {
        try
        {
            CompiledGlossary glossary;
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
                glossary = CompiledGlossary.Load(stream);
            Touch(file);
            return glossary;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException)
        {
            if (e is not FileNotFoundException and not DirectoryNotFoundException)
                TryDelete(file);
            return null;
        }
    }

    private static bool TryWrite(string file, CompiledGlossary glossary)
    {
        var temp = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var stream = File.Create(temp))
                glossary.Save(stream);
            File.Move(temp, file, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return false;
        }
    }

    /// <summary>Marks a cache file used, for <see cref="Prune"/>: its write time is its last use.</summary>
    private static void Touch(string file)
    {
        try
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Read-only cache or removed meanwhile: it is only pruned a little early.
        }
    }

    /// <summary>
    /// Removes the least recently used compiled glossaries of <paramref name="folder"/> until at most
    /// <paramref name="maxFiles"/> files and <paramref name="maxBytes"/> bytes remain (never <paramref name="keep"/>,
    /// the one just written), and temporary files abandoned by a process that died while writing.
    /// </summary>
    internal static void Prune(string folder, int maxFiles, long maxBytes, string keep)
    {
        var compiled = new List<FileInfo>();
        try
        {
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles())
            {
                if (file.Name.EndsWith(Extension, StringComparison.Ordinal))
                    compiled.Add(file);
                else if (file.Name.EndsWith(".tmp", StringComparison.Ordinal) && DateTime.UtcNow - file.LastWriteTimeUtc > AbandonedAfter)
                    TryDelete(file.FullName);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        // Newest first: what is kept is a prefix; the file just written counts first whatever its clock says.
        var keepPath = Path.GetFullPath(keep);
        var newestFirst = compiled.OrderByDescending(f => f.FullName == keepPath).ThenByDescending(f => f.LastWriteTimeUtc).ToList();
        long bytes = 0;
        for (var i = 0; i < newestFirst.Count; i++)
        {
            long length;
            try
            {
                length = newestFirst[i].Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            bytes += length;
            if (i > 0 && (i >= maxFiles || bytes > maxBytes))
            {
                TryDelete(newestFirst[i].FullName);
                bytes -= length;
            }
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be cleaned is only a cache: it is rebuilt next time.
        }
    }
}
