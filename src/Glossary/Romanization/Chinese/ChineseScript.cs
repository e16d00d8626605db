using System.Text;

namespace Glossary.Romanization.Chinese;

/// <summary>Traditional → Simplified, character by character, from ICU's Hant-Hans table: 習近平 → 习近平.</summary>
internal static class ChineseScript
{
    public static string ToSimplified(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(c is >= '\u3400' and <= '\u9FFF' && ChineseData.Simplified.TryGet(c.ToString(), out var entry) ? entry.Syllables[0] : c.ToString());
        return sb.ToString();
    }
}
