using System.Text;

namespace Glossary.Cli.Output;

/// <summary>
/// A unified diff of two versions of a text that <c>git apply</c> and <c>patch -p1</c> accept:
/// <c>--- a/PATH</c>, <c>+++ b/PATH</c>, hunks with three lines of context (hunks whose context would overlap
/// are one), and <c>\ No newline at end of file</c> where a version ends without one. Line endings are kept as they are.
/// A path with a control character, <c>"</c> or <c>\</c> is quoted as git quotes it: <c>--- "a/tab\there.md"</c>.
/// </summary>
/// <remarks>
/// The diff is built from the edits, not by comparing the whole texts: time and memory grow with the length
/// of the text and the number of edits, never with their product. Lines an edit touches are replaced as a run
/// (<c>-</c> lines, then <c>+</c> lines); when an edit keeps the number of lines, the lines it leaves as they were
/// are context.
/// </remarks>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>
    /// The diff from <paramref name="before"/> to <paramref name="after"/>; empty when they are equal. The two are
    /// compared as one change from the first to the last character that differs; for a fix, prefer
    /// <see cref="Create(string, string, FixResult, bool)"/>, which knows each edit.
    /// </summary>
    public static string Create(string path, string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var prefix = before.AsSpan().CommonPrefixLength(after);
        if (prefix == before.Length && prefix == after.Length)
            return string.Empty;
        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[^(suffix + 1)] == after[^(suffix + 1)])
            suffix++;
        return Create(path, before, [new TextEdit(prefix, before.Length - suffix, after[prefix..(after.Length - suffix)])]);
    }

    /// <summary>
    /// The diff of what <paramref name="fix"/> changed in <paramref name="before"/>, the text it fixed; empty when
    /// nothing changed. With <paramref name="byteOrderMark"/>, both versions start with U+FEFF, as a file's bytes
    /// do when it has a UTF-8 byte order mark (git compares bytes, so the mark belongs to the first line).
    /// </summary>
    public static string Create(string path, string before, FixResult fix, bool byteOrderMark = false)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(fix);

        // A result made by hand, not by CompiledGlossary.Fix, carries no edits: compare the texts instead.
        if (fix.Edits.Count == 0 && fix.Text != before)
            return byteOrderMark ? Create(path, "\uFEFF" + before, "\uFEFF" + fix.Text) : Create(path, before, fix.Text);
        if (!byteOrderMark)
            return Create(path, before, fix.Edits);
        return Create(path, "\uFEFF" + before, fix.Edits.Select(e => e with { Start = e.Start + 1, End = e.End + 1 }).ToList());
    }

    /// <summary>The diff of <paramref name="edits"/> (in text order, not overlapping) made to <paramref name="before"/>.</summary>
    internal static string Create(string path, string before, IReadOnlyList<TextEdit> edits)
    {
        var a = SplitLines(before);
        var b = new List<string>(a.Count);
        var script = Script(before, a, b, edits);
        if (script.All(e => e.Kind == ' '))
            return string.Empty;

        var sb = new StringBuilder();
        var name = path.Replace(Path.DirectorySeparatorChar, '/');
        sb.Append("--- ").Append(QuotePath("a/" + name)).Append('\n');
        sb.Append("+++ ").Append(QuotePath("b/" + name)).Append('\n');

        var i = 0;
        while (i < script.Count)
        {
            if (script[i].Kind == ' ')
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
                while (end < script.Count && script[end].Kind != ' ')
                    end++;
                var next = end;
                while (next < script.Count && script[next].Kind == ' ' && next - end < 2 * Context)
                    next++;
                if (next < script.Count && script[next].Kind != ' ')
                {
                    end = next;
                    continue;
                }

                end = Math.Min(script.Count, end + Context);
                break;
            }

            WriteHunk(sb, script, start, end, a, b);
            i = end;
        }

        return sb.ToString();
    }

    /// <summary>
    /// A path as git writes it in a diff header: as it is, or, when it has a control character, <c>"</c> or <c>\</c>,
    /// in double quotes with C escapes (<c>\t</c>, <c>\n</c>, <c>\"</c>, <c>\\</c>, octal for other control
    /// characters). Non-ASCII characters stay as they are (UTF-8), which <c>git apply</c> reads either way.
    /// </summary>
    internal static string QuotePath(string path)
    {
        if (!path.Any(NeedsQuoting))
            return path;
        var sb = new StringBuilder(path.Length + 8).Append('"');
        foreach (var c in path)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\a': sb.Append("\\a"); break;
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\v': sb.Append("\\v"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (NeedsQuoting(c))
                        sb.Append('\\').Append(Convert.ToString(c, 8).PadLeft(3, '0'));
                    else
                        sb.Append(c);
                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    private static bool NeedsQuoting(char c) => c < ' ' || c == '"' || c == '\\' || c == '\x7f';

    /// <summary>
    /// The edit script over lines, as (kind, index in a, index in b), filling <paramref name="b"/> with the lines
    /// after the edits: unchanged lines are shared, and only the lines an edit touches are compared.
    /// </summary>
    private static List<(char Kind, int A, int B)> Script(string before, List<string> a, List<string> b, IReadOnlyList<TextEdit> edits)
    {
        var starts = new int[a.Count + 1];
        for (var l = 0; l < a.Count; l++)
            starts[l + 1] = starts[l] + a[l].Length;

        var script = new List<(char, int, int)>(a.Count + 8);
        var run = new Run(script, b);
        if (a.Count == 0)
        {
            foreach (var added in SplitLines(ApplyWithin(before, 0, 0, [.. edits])))
                run.Change(-1, added);
            run.Flush();
            return script;
        }

        var line = 0;
        var e = 0;
        while (e < edits.Count)
        {
            // A block: the lines from the one where an edit starts to the one where the last overlapping edit ends,
            // grown until its new text ends with a line break (or the text ends), so that the lines after it are whole.
            var first = LineOf(starts, edits[e].Start);
            var last = first;
            var blockEdits = new List<TextEdit>();
            string newText;
            while (true)
            {
                while (e < edits.Count && LineOf(starts, edits[e].Start) <= last)
                {
                    var edit = edits[e++];
                    blockEdits.Add(edit);
                    last = Math.Max(last, LineOf(starts, Math.Max(edit.Start, edit.End - 1)));
                }

                newText = ApplyWithin(before, starts[first], starts[last + 1], blockEdits);
                if (last + 1 >= a.Count || newText.Length == 0 || newText.EndsWith('\n'))
                    break;
                last++;
            }

            for (; line < first; line++)
                run.Same(line, a[line]);

            var newLines = SplitLines(newText);
            var oldCount = last - first + 1;
            if (newLines.Count == oldCount)
            {
                // Line for line: what an edit left as it was is context.
                for (var k = 0; k < oldCount; k++)
                {
                    if (a[first + k] == newLines[k])
                        run.Same(first + k, newLines[k]);
                    else
                        run.Change(first + k, newLines[k]);
                }
            }
            else
            {
                var head = 0;
                while (head < oldCount && head < newLines.Count && a[first + head] == newLines[head])
                    head++;
                var tail = 0;
                while (tail < oldCount - head && tail < newLines.Count - head && a[last - tail] == newLines[^(tail + 1)])
                    tail++;
                for (var k = 0; k < head; k++)
                    run.Same(first + k, newLines[k]);
                for (var k = head; k < Math.Max(oldCount, newLines.Count) - tail; k++)
                    run.Change(k < oldCount - tail ? first + k : -1, k < newLines.Count - tail ? newLines[k] : null);
                for (var k = tail; k > 0; k--)
                    run.Same(last - k + 1, newLines[^k]);
            }

            line = last + 1;
        }

        for (; line < a.Count; line++)
            run.Same(line, a[line]);
        run.Flush();
        return script;
    }

    /// <summary>
    /// Collects changed lines so that a run of them is written as its <c>-</c> lines, then its <c>+</c> lines,
    /// however many edits it took.
    /// </summary>
    private sealed class Run(List<(char Kind, int A, int B)> script, List<string> b)
    {
        private readonly List<int> removed = [];
        private readonly List<int> added = [];
        private int nextA;

        /// <summary>Line <paramref name="lineA"/> of a stays, as the next line of b.</summary>
        public void Same(int lineA, string text)
        {
            Flush();
            script.Add((' ', lineA, b.Count));
            b.Add(text);
            nextA = lineA + 1;
        }

        /// <summary>Line <paramref name="lineA"/> of a goes (unless −1); <paramref name="text"/> comes (unless null).</summary>
        public void Change(int lineA, string? text)
        {
            if (lineA >= 0)
            {
                removed.Add(lineA);
                nextA = lineA + 1;
            }

            if (text is not null)
            {
                added.Add(b.Count);
                b.Add(text);
            }
        }

        public void Flush()
        {
            if (removed.Count == 0 && added.Count == 0)
                return;

            // Each side's index where the other side has no line: where the run starts in b, where it ends in a.
            var atB = added.Count > 0 ? added[0] : b.Count;
            foreach (var lineA in removed)
                script.Add(('-', lineA, atB));
            foreach (var lineB in added)
                script.Add(('+', nextA, lineB));
            removed.Clear();
            added.Clear();
        }
    }

    private static string ApplyWithin(string text, int from, int to, List<TextEdit> edits)
    {
        var sb = new StringBuilder(to - from + 16);
        var at = from;
        foreach (var edit in edits)
        {
            sb.Append(text, at, edit.Start - at).Append(edit.Text);
            at = edit.End;
        }

        return sb.Append(text, at, to - at).ToString();
    }

    /// <summary>The line that holds <paramref name="offset"/>; the end of the text is on the last line.</summary>
    private static int LineOf(int[] starts, int offset)
    {
        var i = Array.BinarySearch(starts, offset);
        var lineIndex = i >= 0 ? i : ~i - 1;
        return Math.Clamp(lineIndex, 0, Math.Max(0, starts.Length - 2));
    }

    private static void WriteHunk(StringBuilder sb, List<(char Kind, int A, int B)> script, int start, int end, List<string> a, List<string> b)
    {
        var firstA = script[start].A;
        var firstB = script[start].B;
        int countA = 0, countB = 0;
        for (var k = start; k < end; k++)
        {
            countA += script[k].Kind != '+' ? 1 : 0;
            countB += script[k].Kind != '-' ? 1 : 0;
        }

        sb.Append("@@ -").Append(Range(firstA, countA)).Append(" +").Append(Range(firstB, countB)).Append(" @@\n");
        for (var k = start; k < end; k++)
        {
            var (kind, ia, ib) = script[k];
            var line = kind == '+' ? b[ib] : a[ia];
            sb.Append(kind).Append(line);
            if (!line.EndsWith('\n'))
                sb.Append("\n\\ No newline at end of file\n");
        }
    }

    private static string Range(int first, int count) => count == 0 ? $"{first},0" : count == 1 ? $"{first + 1}" : $"{first + 1},{count}";

    /// <summary>Lines with their <c>\n</c>; as for git, a lone <c>\r</c> is a character of its line.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
            lines.Add(text[start..]);
        return lines;
    }
}
