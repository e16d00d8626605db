using System.Text;
using Glossary.Matching;

namespace Glossary.Romanization.Core;

/// <summary>
/// The ways writers join the syllables of a word: every syllable boundary written as nothing, a hyphen or a space
/// (kungfu, kung-fu, kung fu; t'ai-chi ch'üan). Short words get every combination, longer ones only the uniform three.
/// </summary>
internal static class SyllableJoinings
{
    /// <summary>Up to this many syllables every combination of separators is written (3^(n-1): 27 for four).</summary>
    public const int MaxSyllables = 4;

    private static readonly string[] Separators = [string.Empty, "-", " "];

    /// <summary>The separator choices for the <paramref name="count"/> - 1 boundaries of a word: each array holds 0 (joined), 1 (hyphen) or 2 (space) per boundary.</summary>
    public static IEnumerable<int[]> Choices(int count)
    {
        if (count < 2)
            yield break;
        var boundaries = count - 1;
        if (count > MaxSyllables)
        {
            for (var s = 0; s < Separators.Length; s++)
                yield return Enumerable.Repeat(s, boundaries).ToArray();
            yield break;
        }

        var choice = new int[boundaries];
        while (true)
        {
            yield return (int[])choice.Clone();
            var k = boundaries - 1;
            while (k >= 0 && ++choice[k] == Separators.Length)
                choice[k--] = 0;
            if (k < 0)
                yield break;
        }
    }

    /// <summary>
    /// Joins written <paramref name="parts"/> by <paramref name="choice"/> (see <see cref="Choices"/>); a part after a
    /// space is capitalized when <paramref name="capitalizeEach"/>; with <paramref name="apostropheBefore"/>, a part
    /// joined straight to the one before it takes an apostrophe where that says (pinyin Xi'an).
    /// </summary>
    public static string Join(IReadOnlyList<string> parts, int[] choice, bool capitalizeEach, Func<int, bool>? apostropheBefore = null)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (i > 0)
            {
                var separator = choice[i - 1];
                sb.Append(Separators[separator]);
                if (separator == 0 && apostropheBefore is not null && apostropheBefore(i))
                    sb.Append('\'');
                if (separator == 2 && capitalizeEach)
                    part = LetterCase.Capitalize(part);
            }
            else if (capitalizeEach)
            {
                part = LetterCase.Capitalize(part);
            }

            sb.Append(part);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Every joining of <paramref name="written"/>; <paramref name="apostrophe"/> says before which syllables a joined
    /// spelling writes an apostrophe (pinyin's before a, o, e: Xi'an).
    /// </summary>
    public static IEnumerable<string> Of(IReadOnlyList<string> written, bool capitalizeEach, Func<int, bool>? apostrophe = null)
    {
        foreach (var choice in Choices(written.Count))
            yield return Join(written, choice, capitalizeEach, apostrophe);
    }
}
