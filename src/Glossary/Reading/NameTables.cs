using System.Collections.Frozen;
using System.Text;

namespace Glossary.Reading;

/// <summary>
/// The name reader's tables as data files (<c>Reading/Data/*.tsv</c>): a spelling, then its readings cheapest first,
/// tab-separated, each reading's fields comma-separated (<c>myung	명,0,0,customary	…</c>).
/// </summary>
/// <remarks>
/// The files are generated from the romanizer's tables (<see cref="KoreanNameReader.Generate"/>,
/// <see cref="ChineseNameReader.Generate"/>), which stay the one source of the facts: generating costs a few hundred
/// milliseconds and the romanizers' own tables, which the first check of a process should not pay; reading the files
/// back costs a few. A test regenerates them and fails when they differ (<c>GLOSSARY_REGENERATE=1</c> rewrites them).
/// </remarks>
internal static class NameTables
{
    /// <summary>A reading parsed from its fields; <c>intern</c> makes each distinct text once.</summary>
    public delegate T Parser<T>(ReadOnlySpan<char> cell, Func<ReadOnlySpan<char>, string> intern);

    /// <summary>The text of a data file: its header, then a line per spelling in ordinal order.</summary>
    public static string Write<T>(string generator, IReadOnlyDictionary<string, T[]> table, Func<T, string> format)
    {
        var sb = new StringBuilder();
        sb.Append("# Generated from the romanizer's tables by ").Append(generator)
          .Append("; do not edit (GLOSSARY_REGENERATE=1 dotnet test --filter NameTableTests rewrites it).\n");
        foreach (var key in table.Keys.Order(StringComparer.Ordinal))
        {
            sb.Append(key);
            foreach (var reading in table[key])
                sb.Append('\t').Append(format(reading));
            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>A data file embedded as <c>Glossary.Reading.Data.FILE</c>, read back.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a build error).</exception>
    public static FrozenDictionary<string, T[]> Read<T>(string file, Parser<T> parse)
    {
        var resource = "Glossary.Reading.Data." + file;
        using var stream = typeof(NameTables).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();

        // Few distinct readings and systems stand in many lines: each is made once.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var pooled = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        string Intern(ReadOnlySpan<char> s)
        {
            if (!pooled.TryGetValue(s, out var known))
                pooled[s] = known = s.ToString();
            return known;
        }

        var table = new Dictionary<string, T[]>(StringComparer.Ordinal);
        var readings = new List<T>();
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range);
            if (line.IsEmpty || line[0] == '#')
                continue;
            readings.Clear();
            var key = string.Empty;
            var first = true;
            foreach (var cell in line.Split('\t'))
            {
                if (first)
                    key = line[cell].ToString();
                else
                    readings.Add(parse(line[cell], Intern));
                first = false;
            }

            table[key] = [.. readings];
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The comma-separated fields of a reading, as ranges of <paramref name="cell"/>.</summary>
    public static Span<Range> Fields(ReadOnlySpan<char> cell, Span<Range> into) => into[..cell.Split(into, ',')];
}
