namespace Glossary.Romanization;

/// <summary>Letter-case helpers shared by the romanizers and the variant generator.</summary>
internal static class Letters
{
    /// <summary>The word with its first character in upper case: <c>"myung"</c> → <c>"Myung"</c>.</summary>
    public static string Capitalize(string word) =>
        word.Length == 0 || char.IsUpper(word[0]) ? word : string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1));
}
