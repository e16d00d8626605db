namespace Glossary.Matching;

/// <summary>Questions about the letter case of a span of text.</summary>
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
}
