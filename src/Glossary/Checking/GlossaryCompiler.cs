using System.Security.Cryptography;
using System.Text;
using Glossary.Loading;
using Glossary.Model;

namespace Glossary.Checking;

/// <summary>The outcome of <see cref="GlossaryCompiler.Compile"/>.</summary>
/// <param name="Glossary">The compiled glossary, or null when the glossaries have errors.</param>
/// <param name="Diagnostics">What loading the YAML reported (empty when served from the cache or the bundled build).</param>
/// <param name="FromCache">Whether the glossary was read from the cache instead of compiled.</param>
public sealed record CompileResult(CompiledGlossary? Glossary, IReadOnlyList<GlossaryDiagnostic> Diagnostics, bool FromCache);

/// <summary>
/// Loads and compiles glossaries, once: the bundled glossary comes precompiled from the assembly, and
/// any other set of glossary files is compiled on first use and cached on disk, keyed by the files'
/// content, the style, the tool version and the format version. A stale or corrupt cache file is
/// ignored and rebuilt, never trusted.
/// </summary>
public static class GlossaryCompiler
{
    /// <summary>The environment variable that moves the cache folder.</summary>
    public const string CacheVariable = "GLOSSARY_CACHE_DIR";

    /// <summary>The cache folder: <c>$GLOSSARY_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/glossary</c>, else <c>~/.cache/glossary</c> (local application data on Windows).</summary>
    public static string CacheFolder
    {
        get
        {
            if (Environment.GetEnvironmentVariable(CacheVariable) is { Length: > 0 } configured)
                return configured;
            if (OperatingSystem.IsWindows())
                return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "glossary", "cache");
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var root = string.IsNullOrEmpty(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache") : xdg;
            return Path.Combine(root, "glossary");
        }
    }

    /// <summary>
    /// Compiles <paramref name="sources"/> (files, folders, or <see cref="GlossaryLoader.BundledName"/>) with a
    /// house <paramref name="style"/>, reading and writing the cache unless <paramref name="useCache"/> is false.
    /// </summary>
    public static CompileResult Compile(IReadOnlyList<string> sources, string? style = null, bool useCache = true)
    {
        if (sources.Count == 1 && sources[0] == GlossaryLoader.BundledName && style is null)
            return new CompileResult(CompiledGlossary.Bundled, [], true);

        string? cacheFile = null;
        if (useCache && Key(sources, style) is { } key)
        {
            cacheFile = Path.Combine(CacheFolder, key + ".glc");
            if (TryRead(cacheFile) is { } cached)
                return new CompileResult(cached, [], true);
        }

        var loaded = GlossaryLoader.Load(sources);
        if (loaded.HasErrors)
            return new CompileResult(null, loaded.Diagnostics, false);

        var glossary = new GlossaryBuilder().AddRange(loaded.Entries).UseStyle(style).Build();
        if (cacheFile is not null)
            TryWrite(cacheFile, glossary);
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
                    if (!Documents.TextFile.IsRegularFile(file))
                        return null;
                    Add(Path.GetFullPath(file));
                    hash.AppendData(Documents.TextFile.ReadBytes(file, Documents.TextFile.DefaultMaxBytes));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Documents.UnreadableTextException)
        {
            return null;
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static CompiledGlossary? TryRead(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return CompiledGlossary.Load(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException)
        {
            if (e is not FileNotFoundException and not DirectoryNotFoundException)
                TryDelete(file);
            return null;
        }
    }

    private static void TryWrite(string file, CompiledGlossary glossary)
    {
        var temp = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var stream = File.Create(temp))
                glossary.Save(stream);
            File.Move(temp, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
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
