using Glossary.Matching;
using Glossary.Model;

namespace Glossary.Variants;

/// <summary>
/// Derives, for one entry, the spellings writers actually produce: the romanizations of its native
/// form (Revised Romanization, McCune–Reischauer with and without diacritics, customary Korean name
/// spellings; Hanyu Pinyin with and without tones, Wade–Giles with and without apostrophes), Western
/// order for names, and the preferred form's own separator variants (Kim Jong Un, Kim Jongun for
/// Kim Jong-un). Cross-entry guards are the builder's job (<see cref="VariantGuards"/>).
/// </summary>
internal static class VariantGenerator
{
    /// <summary>Why a postal-table spelling needs evidence (issue #14 point 1).</summary>
    internal const string PostalElsewhere = "an old postal spelling that also names a place or thing elsewhere (the postal table says so)";

    /// <summary>At most this many customary spellings (surname × syllable spellings × joinings) are used for one entry, most usual first.</summary>
    public const int MaxPerEntry = 32;

    /// <summary>The shortest Chinese stem a generic word is taken off: 长江 and 黄河 are names by translation (Yangtze, Yellow River).</summary>
    private const int MinChineseStem = 2;

    // English generic words that end place and organization names, with the native words they translate (data file).
    private static readonly Lazy<IReadOnlyDictionary<string, (string[] Korean, string[] Chinese)>> GenericTerms = new(ReadGenericTerms);

    /// <summary>
    /// Whether spellings are generated for <paramref name="entry"/>: its <c>generate</c> key, else people, places and
    /// terms with a ko or zh form, and organizations whose preferred form ends in a generic word (Peking University).
    /// </summary>
    public static bool Applies(GlossaryEntry entry) =>
        entry.Generate ?? (NativeOf(entry) is not null
            && (entry.Kind is EntryKind.Person or EntryKind.Place or EntryKind.Term
                || (entry.Kind == EntryKind.Organization && GenericSuffix(entry.En) is not null)));

    /// <summary>Whether a word after a space or hyphen starts with a capital: "Tae Cho", "Yong-Cho"; not "Kwanghae-gun".</summary>
    private static bool HasCapitalizedPart(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i - 1] is ' ' or '-' && char.IsUpper(text[i]))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a person is known by one name (a king, a reign or era name, a monk: Yeongjo, Kangxi): the preferred form
    /// is one word, so the native form is romanized as one name, not as surname and given name.
    /// </summary>
    internal static bool IsOneName(GlossaryEntry entry) =>
        entry.Kind == EntryKind.Person && entry.En.Length > 0 && !entry.En.Contains(' ', StringComparison.Ordinal) && !entry.En.Contains('-', StringComparison.Ordinal);

    /// <summary>The candidate spellings, listed variants and the preferred form excluded, most usual first, without duplicates.</summary>
    public static List<GeneratedSpelling> Generate(GlossaryEntry entry)
    {
        var result = new List<GeneratedSpelling>();
        if (!Applies(entry) && !entry.Kind.IsProperNoun())
            return result;

        // Spellings the matcher cannot tell apart (case, separators, diacritics folded) are one spelling: the first is kept.
        var seen = new HashSet<string>(StringComparer.Ordinal) { TextFolding.FoldKey(entry.En) };
        foreach (var listed in entry.Variants.Concat(entry.Allow))
            seen.Add(TextFolding.FoldKey(listed));

        void Add(string text, string system, string rule, RomanizedSpelling? from = null)
        {
            text = text.Trim();
            if (text.Length > 0 && seen.Add(TextFolding.FoldKey(text)))
                result.Add(new GeneratedSpelling(text, system, rule) { Origin = from?.Origin ?? SpellingOrigin.System, NeedsEvidence = from?.NeedsEvidence == true ? PostalElsewhere : null, CountryEvidence = from?.NeedsEvidence == true });
        }

        static string SystemName(RomanizedSpelling spelling) => spelling.Origin == SpellingOrigin.Postal ? "postal" : spelling.System.ToName();

        if (entry.Kind.IsProperNoun())
        {
            foreach (var (text, rule) in SeparatorVariants(entry))
                Add(text, "separators", rule);
        }

        if (Applies(entry) && NativeOf(entry) is { } native)
        {
            var kind = IsOneName(entry) ? RomanizationKind.Place : EntryRomanizations.KindOf(entry.Kind);
            var suffix = GenericSuffix(entry.En);
            var stem = suffix is null ? null : NativeStem(native, suffix);

            // An institution is its English generic word after a romanized name (Beijing University), never the
            // native generic romanized (Beijing Daxue University): only the stem's spellings below.
            // Customary spellings past the cap are never used: the romanizer need not write them.
            var all = entry.Kind == EntryKind.Organization ? [] : Romanizers.For(native.Language).EnumerateSpellings(native.Text, kind, MaxPerEntry);

            // The systems' own forms (RR, MR with and without diacritics, Wade–Giles, pinyin) always; the
            // customary combinations, which multiply, up to the cap, most usual first.
            var customary = 0;
            var capitalize = kind != RomanizationKind.Word || (entry.En.Length > 0 && char.IsUpper(entry.En[0]));

            // A Korean king or queen is one word in every system (T'aejo, Yŏngjo, Kojong), a title after a hyphen
            // (Kwanghae-gun): its syllables written apart as capitalized words are a place's convention and the shape of
            // a personal name, someone else's (Tae Cho, Ko-Chong). Chinese reign names are written apart too (Kang Hsi,
            // Ch'ien-lung), so they keep theirs.
            var namesShapeless = IsOneName(entry) && native.Language == ScriptLanguage.Korean;
            foreach (var spelling in all)
            {
                if (namesShapeless && HasCapitalizedPart(spelling.Text))
                    continue;
                if (spelling.Origin == SpellingOrigin.Customary && customary++ >= MaxPerEntry)
                    continue;
                var text = spelling.Text;
                if (capitalize)
                    text = LetterCase.Capitalize(text);

                // A name with its native generic word (Nakdonggang, Naktong-gang) is written without the English one too.
                if (stem is not null && spelling.Origin != SpellingOrigin.Customary)
                    Add(text, SystemName(spelling), spelling.Convention + "; the native generic word kept, no English one", spelling);
                if (suffix is not null && !text.Contains('-', StringComparison.Ordinal) && spelling.Origin != SpellingOrigin.Postal)
                    text += " " + suffix;
                Add(text, SystemName(spelling), spelling.Convention + (suffix is null ? string.Empty : $"; with '{suffix}' as in the preferred form"), spelling);
            }

            // The native generic word left out and the English one kept: 압록강 Yalu River → Amnok River.
            if (stem is { } cut)
            {
                foreach (var spelling in Romanizers.For(native.Language).EnumerateSpellings(cut.Text, RomanizationKind.Place))
                {
                    if (spelling.Origin != SpellingOrigin.Customary || customary++ < MaxPerEntry)
                        Add($"{spelling.Text} {suffix}", SystemName(spelling), $"{spelling.Convention}; the native generic '{cut.Generic}' left out, '{suffix}' as in the preferred form", spelling);
                }
            }

            if (entry.Kind == EntryKind.Person && !entry.Irregular && !IsOneName(entry))
            {
                var words = entry.En.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 2)
                    Add($"{words[1]} {words[0]}", "western-order", "Western order (given name first) of the preferred form");
            }
        }

        return result;
    }

    /// <summary>The native form the romanizers read: the first romanized language of <see cref="NativeLanguage.All"/> (Korean, then Simplified, then Traditional Chinese).</summary>
    public static (ScriptLanguage Language, string Text)? NativeOf(GlossaryEntry entry)
    {
        foreach (var language in NativeLanguage.All)
        {
            if (language.Romanized && entry.Native.TryGetValue(language.Tag, out var text))
                return (language.Script == NativeScript.Hangul ? ScriptLanguage.Korean : ScriptLanguage.Chinese, text);
        }

        return null;
    }

    /// <summary>
    /// The preferred form's separator variants: each hyphen as a space (next part capitalized) and
    /// as nothing (Kim Jong-un → Kim Jong Un, Kim Jongun); a three-word personal name's given name
    /// hyphenated and joined (Yoon Suk Yeol → Yoon Suk-yeol, Yoon Sukyeol); a two-word place joined
    /// (Hong Kong → Hongkong).
    /// </summary>
    internal static IEnumerable<(string Text, string Rule)> SeparatorVariants(GlossaryEntry entry)
    {
        var en = entry.En;
        if (en.Contains('-', StringComparison.Ordinal))
        {
            yield return (string.Join(' ', en.Split('-').Select((part, i) => i == 0 ? part : LetterCase.Capitalize(part))), "hyphens of the preferred form written as spaces");
            yield return (en.Replace("-", string.Empty, StringComparison.Ordinal), "hyphens of the preferred form left out");
        }

        var words = en.Split(' ');
        if (entry.Kind == EntryKind.Person && words.Length == 3 && !en.Contains('-', StringComparison.Ordinal) && words.All(w => w.Length > 0 && char.IsUpper(w[0])))
        {
            yield return ($"{words[0]} {words[1]}-{words[2].ToLowerInvariant()}", "given name of the preferred form hyphenated");
            yield return ($"{words[0]} {words[1]}{words[2].ToLowerInvariant()}", "given name of the preferred form joined");
        }

        if (entry.Kind == EntryKind.Place && words.Length == 2 && GenericSuffix(en) is null && words.All(w => w.Length > 1 && char.IsUpper(w[0])))
            yield return (words[0] + words[1].ToLowerInvariant(), "the words of the preferred form joined");
    }

    /// <summary>The English generic word that ends <paramref name="en"/>, if any: "Gyeonggi Province" → "Province".</summary>
    internal static string? GenericSuffix(string en)
    {
        var last = en.LastIndexOf(' ');
        return last > 0 && GenericTerms.Value.ContainsKey(en[(last + 1)..]) ? en[(last + 1)..] : null;
    }

    /// <summary>
    /// The native form without the generic word that <paramref name="suffix"/> translates, when it ends with one
    /// (the longest): 압록강 + River → 압록; 海南岛 + Island → 海南; 长江 + River → none (too short a stem).
    /// </summary>
    internal static (string Text, string Generic)? NativeStem((ScriptLanguage Language, string Text) native, string suffix)
    {
        var (korean, chinese) = GenericTerms.Value[suffix];
        var isKorean = native.Language == ScriptLanguage.Korean;
        var text = native.Text.Trim();
        foreach (var generic in (isKorean ? korean : chinese).OrderByDescending(g => g.Length))
        {
            if (text.EndsWith(generic, StringComparison.Ordinal) && text.Length - generic.Length >= (isKorean ? 1 : MinChineseStem))
                return (text[..^generic.Length], generic);
        }

        return null;
    }

    private static Dictionary<string, (string[] Korean, string[] Chinese)> ReadGenericTerms()
    {
        string[] Words(string[] row, int i) => row.Length > i ? row[i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        return EmbeddedData.Rows("Glossary.Variants.Data.generic-terms.txt")
            .ToDictionary(row => row[0], row => (Words(row, 1), Words(row, 2)), StringComparer.Ordinal);
    }

    /// <summary>Whether <paramref name="word"/> is an English generic word of the data (any case): "river", "Province", "dynasty".</summary>
    internal static bool IsGenericWord(string word) => GenericWords.Value.Contains(word);

    private static readonly Lazy<System.Collections.Frozen.FrozenSet<string>> GenericWords =
        new(() => System.Collections.Frozen.FrozenSet.ToFrozenSet(GenericTerms.Value.Keys, StringComparer.OrdinalIgnoreCase));

    /// <summary><paramref name="en"/> without its English generic word: "Yeonpyeong Island" → "Yeonpyeong".</summary>
    internal static string WithoutGenericSuffix(string en) => GenericSuffix(en) is { } suffix ? en[..^(suffix.Length + 1)] : en;

}
