using System.Diagnostics;
using System.Text;
using Glossary.Cli.Output;
using Glossary.Fixing;

namespace Glossary.Tests.Output;

/// <summary>
/// The unified diff built from a fix's edits (regression: issue #11 point 4, a Myers diff of the whole file took
/// 12 GB on 20,000 edited lines) and its headers (issue #11 point 16): the same bytes as a Myers diff where the
/// edits keep the lines, a patch that applies in every other case, and names git apply reads back.
/// </summary>
public sealed class UnifiedDiffTests
{
    private static readonly string[] Words = ["Pusan", "Busan", "and", "Kim", "a", "Cheju", "Jeju", "of", "the"];

    [Fact]
    public void Issue11_EditsKeepingTheLines_SameBytesAsMyersDiff()
    {
        var random = new Random(11);
        var compared = 0;
        for (var round = 0; round < 400; round++)
        {
            var (before, edits) = RandomText(random, breaks: false);
            var after = TextEdits.Apply(before, edits);
            if (after == before)
                continue;
            Assert.Equal(MyersReference.Create("x.txt", before, after), UnifiedDiff.Create("x.txt", before, edits));
            compared++;
        }

        Assert.True(compared > 300, $"only {compared} texts changed");
    }

    [Fact]
    public void Issue11_EditsAddingAndRemovingLineBreaks_PatchGivesTheFixedText()
    {
        var random = new Random(12);
        var counted = 0;
        for (var round = 0; round < 400; round++)
        {
            var (before, edits) = RandomText(random, breaks: true);
            var after = TextEdits.Apply(before, edits);
            var diff = UnifiedDiff.Create("x.txt", before, edits);
            Assert.Equal(after, PatchReference.Apply(before, diff));
            counted += Lines(after) != Lines(before) ? 1 : 0;
        }

        Assert.True(counted > 100, $"only {counted} texts changed their number of lines");
    }

    [Fact]
    public void Create_TwoTexts_SameBytesAsMyersDiffWhenTheLinesAreKept()
    {
        const string before = "a\nPusan one\nb\nc\nd\ne\nf\ng\nh\ni\nPusan two\nj";
        const string after = "a\nBusan one\nb\nc\nd\ne\nf\ng\nh\ni\nBusan two\nj";
        Assert.Equal(MyersReference.Create("x.txt", before, after), UnifiedDiff.Create("x.txt", before, after));
        Assert.Equal(string.Empty, UnifiedDiff.Create("x.txt", before, before));
    }

    [Fact]
    public void Fix_ReplacementWithoutTheLineBreak_HunkCountsOneLineLess()
    {
        // The line break of "Kim Jong\nUn" falls inside the word "Jong-un": it cannot be kept.
        const string text = "He met Kim Jong\nUn today.\n";
        var fix = CompiledGlossary.Bundled.Fix(text);
        Assert.Equal("He met Kim Jong-un today.\n", fix.Text);
        Assert.Equal("--- a/x.txt\n+++ b/x.txt\n@@ -1,2 +1 @@\n-He met Kim Jong\n-Un today.\n+He met Kim Jong-un today.\n", UnifiedDiff.Create("x.txt", text, fix));
    }

    [Fact]
    public void Fix_ResultMadeByHand_DiffComparesTheTexts() =>
        Assert.Equal("--- a/x.txt\n+++ b/x.txt\n@@ -1 +1 @@\n-Pusan\n+Busan\n", UnifiedDiff.Create("x.txt", "Pusan\n", new FixResult("Busan\n", [])));

    [Fact]
    public void Fix_SeveralPasses_DiffReachesTheFinalText()
    {
        // The second pass fixes the case of "UNIVERSITY", which only the first pass's replacement makes a match.
        const string text = "1\n2\n3\n4\nSun Yat Sen UNIVERSITY\n";
        var fix = CompiledGlossary.Bundled.Fix(text);
        Assert.Equal("1\n2\n3\n4\nSun Yat-sen University\n", fix.Text);
        Assert.Equal(fix.Text, PatchReference.Apply(text, UnifiedDiff.Create("x.txt", text, fix)));
    }

    [Theory]
    [InlineData("several edits on one line", "Pusan, Cheju and Pusan again\nend\n")]
    [InlineData("CRLF", "Pusan\r\nmiddle\r\nCheju\r\n")]
    [InlineData("no final line break", "first\nPusan")]
    [InlineData("no final line break, last line kept", "Pusan\nlast")]
    [InlineData("lone CR", "Pusan\rmiddle\rCheju\r")]
    [InlineData("line count changes", "a\nb\nc\nd\nKim\nJong Un met Kim\r\nJong Un\nx\ny\nz\nw\nv\nu\nPusan")]
    [InlineData("byte order mark", "\uFEFFPusan\n")]
    public void Fix_Diff_GitApplyGivesTheFixedText(string name, string text)
    {
        var fix = CompiledGlossary.Bundled.Fix(text);
        Assert.True(fix.Changed, name);
        AssertGitApplies("x.txt", Encoding.UTF8.GetBytes(text), UnifiedDiff.Create("x.txt", text, fix), Encoding.UTF8.GetBytes(fix.Text));
    }

    [Fact]
    public void Fix_DiffWithByteOrderMark_MarkStaysOnTheFirstLine()
    {
        var fix = CompiledGlossary.Bundled.Fix("Pusan\n");
        var diff = UnifiedDiff.Create("x.txt", "Pusan\n", fix, byteOrderMark: true);
        Assert.Equal("--- a/x.txt\n+++ b/x.txt\n@@ -1 +1 @@\n-\uFEFFPusan\n+\uFEFFBusan\n", diff);
        AssertGitApplies("x.txt", [0xEF, 0xBB, 0xBF, .. "Pusan\n"u8], diff, [0xEF, 0xBB, 0xBF, .. "Busan\n"u8]);
    }

    [Theory]
    [InlineData("plain/name.md", "plain/name.md")]
    [InlineData("tab\there.md", "\"a/tab\\there.md\"")]
    [InlineData("new\nline.md", "\"a/new\\nline.md\"")]
    [InlineData("back\\slash.md", "\"a/back\\\\slash.md\"")]
    [InlineData("say \"hi\".md", "\"a/say \\\"hi\\\".md\"")]
    [InlineData("bell\a\u0001\u007f.md", "\"a/bell\\a\\001\\177.md\"")]
    [InlineData("서울 news.md", "a/서울 news.md")]
    public void QuotePath_AsGitQuotesIt(string name, string header)
    {
        var quoted = UnifiedDiff.QuotePath("a/" + name);
        Assert.Equal(header.StartsWith('"') ? header : "a/" + name, quoted);
    }

    [Theory]
    [InlineData("tab\there.md")]
    [InlineData("new\nline.md")]
    [InlineData("back\\slash.md")]
    [InlineData("say \"hi\".md")]
    [InlineData("서울.md")]
    [InlineData("with space.md")]
    [InlineData("dir/trailing space .md")]
    public void Issue11_SpecialFileName_GitApplyPatchesThatFile(string name)
    {
        if (OperatingSystem.IsWindows() && name.IndexOfAny(['\t', '\n', '\\', '"']) >= 0)
            return;
        var fix = CompiledGlossary.Bundled.Fix("Pusan\n");
        AssertGitApplies(name, "Pusan\n"u8.ToArray(), UnifiedDiff.Create(name, "Pusan\n", fix), "Busan\n"u8.ToArray());
    }

    /// <summary>Applies <paramref name="diff"/> with <c>git apply</c> in a new repository holding <paramref name="name"/>.</summary>
    internal static void AssertGitApplies(string name, byte[] before, string diff, byte[] after)
    {
        using var scratch = new Cli.TestFiles.Scratch();
        var file = scratch.File(name, before);
        var patch = scratch.File("fix.patch", Encoding.UTF8.GetBytes(diff));
        Assert.Equal(0, Git(scratch.Root, "init", "-q").ExitCode);
        var check = Git(scratch.Root, "apply", "--check", patch);
        Assert.True(check.ExitCode == 0, $"git apply --check: {check.Stderr}\n{diff}");
        Assert.Equal(0, Git(scratch.Root, "apply", patch).ExitCode);
        Assert.Equal(after, File.ReadAllBytes(file));
    }

    internal static (int ExitCode, string Stderr) Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var git = Process.Start(start)!;
        git.StandardOutput.ReadToEnd();
        var stderr = git.StandardError.ReadToEnd();
        git.WaitForExit();
        return (git.ExitCode, stderr);
    }

    private static int Lines(string text) => text.Count(c => c == '\n');

    /// <summary>
    /// Unique lines of random words, and edits that replace words; with <paramref name="breaks"/>, some edits
    /// cover a line break or put one in.
    /// </summary>
    private static (string Text, List<TextEdit> Edits) RandomText(Random random, bool breaks)
    {
        var sb = new StringBuilder();
        var lineCount = random.Next(1, 30);
        for (var l = 0; l < lineCount; l++)
        {
            sb.Append(l);
            for (var w = random.Next(0, 5); w > 0; w--)
                sb.Append(' ').Append(Words[random.Next(Words.Length)]);
            if (l < lineCount - 1 || random.Next(3) > 0)
                sb.Append(random.Next(5) == 0 ? "\r\n" : "\n");
        }

        var text = sb.ToString();
        var edits = new List<TextEdit>();
        var at = 0;
        while (true)
        {
            at = text.IndexOf(' ', at);
            if (at < 0)
                break;
            var end = at + 1;
            while (end < text.Length && char.IsLetter(text[end]))
                end++;
            if (breaks && end < text.Length && random.Next(4) == 0)
            {
                end = text.IndexOf('\n', end) + 1;
                if (end == 0)
                    end = text.Length;
            }

            if (random.Next(3) == 0)
            {
                var replacement = " " + Words[random.Next(Words.Length)] + (breaks && random.Next(6) == 0 ? "\n" : string.Empty);
                edits.Add(new TextEdit(at, end, replacement + "~"));
            }

            at = end;
        }

        return (text, edits);
    }

    /// <summary>Applies a unified diff the way patch does, checking every context and removed line.</summary>
    private static class PatchReference
    {
        public static string Apply(string before, string diff)
        {
            var old = SplitKeep(before);
            var result = new List<string>();
            var lines = diff.Split('\n');
            var at = 0;
            var i = 2;
            if (diff.Length == 0)
                return before;
            Assert.StartsWith("--- ", lines[0], StringComparison.Ordinal);
            while (i < lines.Length && lines[i].StartsWith("@@ -", StringComparison.Ordinal))
            {
                var header = lines[i++].Split(' ');
                var (startA, countA) = ParseRange(header[1][1..]);
                var (_, countB) = ParseRange(header[2][1..]);
                var first = countA == 0 ? startA : startA - 1;
                while (at < first)
                    result.Add(old[at++]);
                int seenA = 0, seenB = 0;
                while (i < lines.Length && lines[i].Length > 0 && lines[i][0] is ' ' or '-' or '+')
                {
                    var kind = lines[i][0];
                    var line = lines[i++][1..] + "\n";
                    if (i < lines.Length && lines[i] == "\\ No newline at end of file")
                    {
                        line = line[..^1];
                        i++;
                    }

                    if (kind != '+')
                    {
                        Assert.Equal(old[at++], line);
                        seenA++;
                    }

                    if (kind != '-')
                    {
                        result.Add(line);
                        seenB++;
                    }
                }

                Assert.Equal((countA, countB), (seenA, seenB));
            }

            while (at < old.Count)
                result.Add(old[at++]);
            return string.Concat(result);
        }

        private static (int Start, int Count) ParseRange(string range)
        {
            var parts = range.Split(',');
            return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 1);
        }

        /// <summary>Lines split as the diff splits them ('\n', a lone '\r' kept inside a line by the reader above, so only '\n' here).</summary>
        private static List<string> SplitKeep(string text)
        {
            var lines = new List<string>();
            var start = 0;
            for (var k = 0; k < text.Length; k++)
            {
                if (text[k] == '\n')
                {
                    lines.Add(text[start..(k + 1)]);
                    start = k + 1;
                }
            }

            if (start < text.Length)
                lines.Add(text[start..]);
            return lines;
        }
    }

    /// <summary>The Myers diff that <c>fix --diff</c> used before issue #11: the reference for texts whose edits keep the lines.</summary>
    private static class MyersReference
    {
        public static string Create(string path, string before, string after)
        {
            var a = SplitLines(before);
            var b = SplitLines(after);
            var edits = Diff(a, b);
            var sb = new StringBuilder();
            sb.Append("--- a/").Append(path).Append('\n');
            sb.Append("+++ b/").Append(path).Append('\n');
            var i = 0;
            while (i < edits.Count)
            {
                if (edits[i].Kind == ' ')
                {
                    i++;
                    continue;
                }

                var start = Math.Max(0, i - 3);
                var end = i;
                while (true)
                {
                    while (end < edits.Count && edits[end].Kind != ' ')
                        end++;
                    var next = end;
                    while (next < edits.Count && edits[next].Kind == ' ' && next - end < 6)
                        next++;
                    if (next < edits.Count && edits[next].Kind != ' ')
                    {
                        end = next;
                        continue;
                    }

                    end = Math.Min(edits.Count, end + 3);
                    break;
                }

                var countA = edits.Skip(start).Take(end - start).Count(e => e.Kind != '+');
                var countB = edits.Skip(start).Take(end - start).Count(e => e.Kind != '-');
                sb.Append("@@ -").Append(Range(edits[start].A, countA)).Append(" +").Append(Range(edits[start].B, countB)).Append(" @@\n");
                for (var k = start; k < end; k++)
                {
                    var line = edits[k].Kind == '+' ? b[edits[k].B] : a[edits[k].A];
                    sb.Append(edits[k].Kind).Append(line);
                    if (!line.EndsWith('\n'))
                        sb.Append("\n\\ No newline at end of file\n");
                }

                i = end;
            }

            return sb.ToString();
        }

        private static string Range(int first, int count) => count == 0 ? $"{first},0" : count == 1 ? $"{first + 1}" : $"{first + 1},{count}";

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
}
