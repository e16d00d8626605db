namespace Glossary;

/// <summary>The library's embedded data files: tab-separated rows, with <c>#</c> comment lines and blank lines skipped.</summary>
internal static class EmbeddedData
{
    /// <summary>The rows of an embedded resource; a row with fewer than <paramref name="minColumns"/> cells is a build error.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing or a row is short (with its line number).</exception>
    public static List<string[]> Rows(string resource, int minColumns = 1)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var cells = line.Split('\t');
            if (cells.Length < minColumns)
                throw new InvalidOperationException($"{resource}:{lineNumber}: expected {minColumns} tab-separated columns.");
            rows.Add(cells);
        }

        return rows;
    }
}
