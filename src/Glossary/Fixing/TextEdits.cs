using System.Text;
using Glossary.Matching;

namespace Glossary.Fixing;

/// <summary>Turns findings into a new text; never searches.</summary>
internal static class TextEdits
{
    /// <summary>The edits that <see cref="Apply(string, IReadOnlyList{Finding}, Func{string, string}?)"/> makes, in text order.</summary>
    public static List<TextEdit> From(IReadOnlyList<Finding> findings, Func<string, string>? escape = null)
    {
        var edits = new List<TextEdit>(findings.Count);
        foreach (var finding in findings)
            edits.Add(new TextEdit(finding.Offset, finding.Offset + finding.Length, escape is null ? finding.Replacement : escape(finding.Replacement)));
        return edits;
    }

    /// <summary>
    /// The edits from an original text straight to the result of <paramref name="second"/>, where <paramref name="first"/>
    /// turns the original into <paramref name="middle"/> and <paramref name="second"/> is positioned in <paramref name="middle"/>.
    /// Edits that overlap or touch in <paramref name="middle"/> become one: <c>[0,5)→"Busan"</c> then <c>[5,6)→"-"</c> is <c>[0,5)→"Busan-"</c>.
    /// </summary>
    public static List<TextEdit> Compose(string middle, IReadOnlyList<TextEdit> first, IReadOnlyList<TextEdit> second)
    {
        var composed = new List<TextEdit>(first.Count + second.Count);
        int i = 0, j = 0, shift = 0; // shift: middle offset − original offset after the first edits taken so far
        while (i < first.Count || j < second.Count)
        {
            var firstStart = i < first.Count ? first[i].Start + shift : int.MaxValue;
            var secondStart = j < second.Count ? second[j].Start : int.MaxValue;
            var start = Math.Min(firstStart, secondStart);
            var originalStart = start - shift;
            var end = start;
            var secondFrom = j;

            // Group every edit that starts inside (or at the end of) what the group covers in the middle text; its end
            // is then outside every first edit, so the shift maps it back to the original.
            while (true)
            {
                if (i < first.Count && first[i].Start + shift <= end)
                {
                    var edit = first[i++];
                    end = Math.Max(end, edit.Start + shift + edit.Text.Length);
                    shift += edit.Text.Length - (edit.End - edit.Start);
                }
                else if (j < second.Count && second[j].Start <= end)
                {
                    end = Math.Max(end, second[j++].End);
                }
                else
                {
                    break;
                }
            }

            var sb = new StringBuilder();
            var at = start;
            for (var k = secondFrom; k < j; k++)
            {
                sb.Append(middle, at, second[k].Start - at).Append(second[k].Text);
                at = second[k].End;
            }

            sb.Append(middle, at, end - at);
            composed.Add(new TextEdit(originalStart, end - shift, sb.ToString()));
        }

        return composed;
    }

    /// <summary>The text with the edits (in text order, not overlapping) made.</summary>
    public static string Apply(string text, IReadOnlyList<TextEdit> edits)
    {
        var sb = new StringBuilder(text.Length + 16);
        var at = 0;
        foreach (var edit in edits)
        {
            sb.Append(text, at, edit.Start - at).Append(edit.Text);
            at = edit.End;
        }

        return sb.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>
    /// The text with every finding replaced. Findings must be in text order and must not overlap
    /// (as <c>CompiledGlossary.Check</c> returns them); everything between them is copied unchanged.
    /// </summary>
    public static string Apply(string text, IReadOnlyList<Finding> findings, Func<string, string>? escape = null)
    {
        if (findings.Count == 0)
            return text;

        var sb = new StringBuilder(text.Length + 16);
        var at = 0;
        foreach (var finding in findings)
        {
            sb.Append(text, at, finding.Offset - at);
            sb.Append(escape is null ? finding.Replacement : escape(finding.Replacement));
            at = finding.Offset + finding.Length;
        }

        sb.Append(text, at, text.Length - at);
        return sb.ToString();
    }

    /// <summary>Escapes text for an HTML text node or attribute value: <c>&amp; &lt; &gt; "</c>.</summary>
    public static string EscapeHtml(string text) =>
        text.AsSpan().IndexOfAny("&<>\"") < 0
            ? text
            : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>
    /// What replaces <paramref name="found"/>: the preferred form, in capitals when the match is ALL CAPS,
    /// with a capital first letter when a lower-case term starts a sentence ("Xiexie" → "Xie xie"),
    /// and with the original line breaks where the word counts agree ("Lee\nJae-myong" → "Lee\nJae-myung").
    /// </summary>
    public static string Replacement(string found, string preferred, bool properNoun)
    {
        var replacement = preferred;
        if (LetterCase.IsAllUpper(found))
        {
            replacement = preferred.ToUpperInvariant();
        }
        else if (!properNoun)
        {
            var foundFirst = LetterCase.FirstLetter(found);
            var preferredFirst = LetterCase.FirstLetter(preferred);
            if (foundFirst >= 0 && preferredFirst >= 0 && char.IsUpper(found[foundFirst]) && char.IsLower(preferred[preferredFirst]))
                replacement = LetterCase.Capitalize(preferred);
        }

        return KeepWhitespace(found, replacement);
    }

    private static bool HasSpecialWhitespace(string text)
    {
        foreach (var c in text)
        {
            if (c != ' ' && char.IsWhiteSpace(c))
                return true;
        }

        return false;
    }

    private static string KeepWhitespace(string found, string replacement)
    {
        // Keep line breaks and no-break spaces; plain spaces need no keeping.
        if (!HasSpecialWhitespace(found))
            return replacement;

        // Each whitespace run of the match, with the number of letters and digits before it.
        var runs = new List<(int Letters, string Text)>();
        var letters = 0;
        var i = 0;
        while (i < found.Length)
        {
            if (TextFolding.Fold(found[i]) == ' ')
            {
                var end = TextFolding.SkipWhitespace(found, i, out _);
                runs.Add((letters, found[i..end]));
                i = end;
            }
            else
            {
                if (char.IsLetterOrDigit(found[i]))
                    letters++;
                i++;
            }
        }

        var words = replacement.Split(' ');
        var sb = new StringBuilder(replacement.Length + 4);
        var before = 0;
        var next = 0;
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                // Where the word counts agree, run for space; where they differ ("Lee\nJae-myong" → "Lee Jae Myung",
                // issue #15), a run stays where as many letters precede it, so the line break is not lost.
                if (words.Length - 1 == runs.Count)
                    sb.Append(runs[w - 1].Text);
                else if (next < runs.Count && runs[next].Letters == before)
                    sb.Append(runs[next++].Text);
                else
                    sb.Append(' ');
            }

            sb.Append(words[w]);
            before += words[w].Count(char.IsLetterOrDigit);
            while (next < runs.Count && runs[next].Letters < before)
                next++;
        }

        return sb.ToString();
    }
}
