using System.Text;

namespace Glossary.Matching;

/// <summary>Questions about the letter case of a span of text, and the one capitalizer (romanizers, variants, fixes).</summary>
internal static class LetterCase
{
    /// <summary>At least two letters and none of them lower case: <c>"LEE JAE-MYUNG"</c>.</summary>
    public static bool IsAllUpper(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
                continue;
            if (char.IsLower(c))
                return false;
            letters++;
        }

        return letters >= 2;
    }

    /// <summary>No upper-case letter: <c>"blue house"</c>.</summary>
    public static bool IsAllLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
                return false;
        }

        return true;
    }

    /// <summary>The index of the first letter of <paramref name="text"/>, or -1 when it has none.</summary>
    public static int FirstLetter(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
                return i;
        }

        return -1;
    }

    /// <summary>
    /// The text with its first letter in upper case; the same string when there is nothing to change.
    /// Examples: <c>"myung"</c> → <c>"Myung"</c>, <c>"'an"</c> → <c>"'An"</c>.
    /// </summary>
    public static string Capitalize(string text)
    {
        var i = FirstLetter(text);
        if (i < 0 || char.ToUpperInvariant(text[i]) is var upper && upper == text[i])
            return text;
        return string.Create(text.Length, (text, i, upper), static (span, state) =>
        {
            state.text.CopyTo(span);
            span[state.i] = state.upper;
        });
    }

    /// <summary>Upper-cases the first letter written at or after <paramref name="start"/>.</summary>
    public static void Capitalize(StringBuilder sb, int start)
    {
        for (var i = start; i < sb.Length; i++)
        {
            if (char.IsLetter(sb[i]))
            {
                sb[i] = char.ToUpperInvariant(sb[i]);
                return;
            }
        }
    }
}
