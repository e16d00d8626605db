namespace Glossary.Romanization.Korean;

/// <summary>Every romanized form of the Korean surnames in the data: RR, MR and the customary spellings (Lee, Rhee, Park …).</summary>
internal static class KoreanSurnames
{
    public static IEnumerable<string> All() =>
        KoreanData.Instance.Surnames.Values.SelectMany(s => s.Customary.Append(s.Rr).Append(s.Mr)).Distinct(StringComparer.Ordinal);
}
