using System.Runtime.CompilerServices;
using System.Text;

namespace Glossary.Tests.Output;

/// <summary>
/// Plain golden files beside the tests (<c>Output/golden/NAME</c>), compared byte for byte as UTF-8 without BOM.
/// <c>UPDATE_GOLDEN=1 dotnet test</c> rewrites them; otherwise a test never writes, so CI sees a missing or stale file as a failure.
/// </summary>
internal static class GoldenFile
{
    public static void Match(string actual, string name, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerPath)!, "golden", name);
        var actualBytes = new UTF8Encoding(false).GetBytes(actual);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actualBytes);
            return;
        }

        if (!File.Exists(path))
            Assert.Fail($"golden file {path} is missing; run the tests with UPDATE_GOLDEN=1, review the file and commit it");
        var expectedBytes = File.ReadAllBytes(path);
        if (expectedBytes.AsSpan().SequenceEqual(actualBytes))
            return;
        Assert.Fail($"output differs from golden file {path} (UPDATE_GOLDEN=1 rewrites it):\n{Diff(Encoding.UTF8.GetString(expectedBytes), actual)}");
    }

    /// <summary>A unified-style diff: the changed lines with two lines of context, <c>-</c> golden, <c>+</c> actual.</summary>
    internal static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var sb = new StringBuilder();

        // Longest common subsequence table; golden files are small.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        }

        var lines = new List<(char Tag, string Text, int Line)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', a[x], x + 1));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                lines.Add(('+', b[y], x + 1));
                y++;
            }
            else
            {
                lines.Add(('-', a[x], x + 1));
                x++;
            }
        }

        var lastShown = -1;
        for (var k = 0; k < lines.Count; k++)
        {
            var near = Enumerable.Range(Math.Max(0, k - 2), Math.Min(lines.Count, k + 3) - Math.Max(0, k - 2)).Any(n => lines[n].Tag != ' ');
            if (!near)
                continue;
            if (k != lastShown + 1)
                sb.Append("@@ golden line ").Append(lines[k].Line).Append(" @@\n");
            sb.Append(lines[k].Tag).Append(' ').Append(lines[k].Text.Replace("\r", "\\r", StringComparison.Ordinal)).Append('\n');
            lastShown = k;
        }

        return sb.Length > 0 ? sb.ToString() : "(the texts differ only in bytes that lines do not show, such as a BOM)\n";
    }
}
