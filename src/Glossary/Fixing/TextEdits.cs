using System.Text;
using Glossary.Matching;
using Glossary.Model;

namespace Glossary.Fixing;

/// <summary>Turns findings into a new text; never searches.</summary>
internal static class TextEdits
{
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
            var foundFirst = FirstLetter(found);
            var preferredFirst = FirstLetter(preferred);
            if (foundFirst >= 0 && preferredFirst >= 0 && char.IsUpper(found[foundFirst]) && char.IsLower(preferred[preferredFirst]))
                replacement = string.Concat(preferred.AsSpan(0, preferredFirst), char.ToUpperInvariant(preferred[preferredFirst]).ToString(), preferred.AsSpan(preferredFirst + 1));
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

    private static int FirstLetter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
                return i;
        }

        return -1;
    }

    private static string KeepWhitespace(string found, string replacement)
    {
        // Keep line breaks and no-break spaces where the word counts agree; plain spaces need no keeping.
        if (!HasSpecialWhitespace(found))
            return replacement;

        var runs = new List<string>();
        var i = 0;
        while (i < found.Length)
        {
            if (TextFolding.Fold(found[i]) == ' ')
            {
                var end = TextFolding.SkipWhitespace(found, i, out _);
                runs.Add(found[i..end]);
                i = end;
            }
            else
            {
                i++;
            }
        }

        var words = replacement.Split(' ');
        if (words.Length - 1 != runs.Count)
            return replacement;

        var sb = new StringBuilder(replacement.Length + 4);
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
                sb.Append(runs[w - 1]);
            sb.Append(words[w]);
        }

        return sb.ToString();
    }
}
