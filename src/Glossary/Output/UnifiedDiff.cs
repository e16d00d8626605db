using System.Text;

namespace Glossary.Output;

/// <summary>
/// A unified diff of two versions of a text that <c>git apply</c> and <c>patch -p1</c> accept:
/// <c>--- a/PATH</c>, <c>+++ b/PATH</c>, hunks with three lines of context, and
/// <c>\ No newline at end of file</c> where a version ends without one. Line endings are kept as they are.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff from <paramref name="before"/> to <paramref name="after"/>; empty when they are equal.</summary>
    public static string Create(string path, string before, string after)
    {
        if (before == after)
            return string.Empty;

        var a = SplitLines(before);
        var b = SplitLines(after);
        var edits = Diff(a, b);
        var sb = new StringBuilder();
        var name = path.Replace('\\', '/').TrimStart('/');
        sb.Append("--- a/").Append(name).Append('\n');
        sb.Append("+++ b/").Append(name).Append('\n');

        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == ' ')
            {
                i++;
                continue;
            }

            // A hunk: from Context lines before the first change to Context lines after the last change
            // that is followed by no other change within 2 × Context lines.
            var start = Math.Max(0, i - Context);
            var end = i;
            while (true)
            {
                while (end < edits.Count && edits[end].Kind != ' ')
                    end++;
                var next = end;
                while (next < edits.Count && edits[next].Kind == ' ' && next - end < 2 * Context)
                    next++;
                if (next < edits.Count && edits[next].Kind != ' ')
                {
                    end = next;
                    continue;
                }

                end = Math.Min(edits.Count, end + Context);
                break;
            }

            WriteHunk(sb, edits, start, end, a, b);
            i = end;
        }

        return sb.ToString();
    }

    private static void WriteHunk(StringBuilder sb, List<(char Kind, int A, int B)> edits, int start, int end, List<string> a, List<string> b)
    {
        var firstA = edits[start].A;
        var firstB = edits[start].B;
        var countA = edits.Skip(start).Take(end - start).Count(e => e.Kind != '+');
        var countB = edits.Skip(start).Take(end - start).Count(e => e.Kind != '-');
        sb.Append("@@ -").Append(Range(firstA, countA)).Append(" +").Append(Range(firstB, countB)).Append(" @@\n");
        for (var k = start; k < end; k++)
        {
            var (kind, ia, ib) = edits[k];
            var line = kind == '+' ? b[ib] : a[ia];
            sb.Append(kind).Append(line);
            if (!line.EndsWith('\n'))
                sb.Append("\n\\ No newline at end of file\n");
        }
    }

    private static string Range(int first, int count) => count == 0 ? $"{first},0" : count == 1 ? $"{first + 1}" : $"{first + 1},{count}";

    /// <summary>Lines with their terminators (<c>\n</c>, <c>\r\n</c>; a lone <c>\r</c> ends a line too).</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
            lines.Add(text[start..]);
        return lines;
    }

    /// <summary>Myers' O(ND) shortest edit script over lines, as (kind, index in a, index in b).</summary>
    private static List<(char Kind, int A, int B)> Diff(List<string> a, List<string> b)
    {
        int n = a.Count, m = b.Count, max = n + m;
        var v = new int[2 * max + 2];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[max + k] = x;
                if (x >= n && y >= m)
                    return Backtrack(trace, a, b, d, max);
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    private static List<(char, int, int)> Backtrack(List<int[]> trace, List<string> a, List<string> b, int depth, int max)
    {
        var result = new List<(char, int, int)>();
        int x = a.Count, y = b.Count;
        for (var d = depth; d > 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var prevK = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? k + 1 : k - 1;
            var prevX = v[max + prevK];
            var prevY = prevX - prevK;
            while (x > prevX && y > prevY)
                result.Add((' ', --x, --y));
            if (x == prevX)
                result.Add(('+', x, --y));
            else
                result.Add(('-', --x, y));
        }

        while (x > 0 && y > 0)
            result.Add((' ', --x, --y));
        result.Reverse();
        return result;
    }
}
