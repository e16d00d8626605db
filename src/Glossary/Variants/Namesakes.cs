using System.Collections.Frozen;
using Glossary.Matching;
using Glossary.Romanization.Chinese;
using Glossary.Romanization.Korean;

namespace Glossary.Variants;

/// <summary>
/// Decides which generated spellings of a person's or place's name are plausibly someone else's own name, and so are
/// suggestions unless the document has evidence for the entry (issue #13 point 1):
/// <list type="bullet">
/// <item>any name in Western order (given name first): "Qi Cai", "Jong-un Kim" are ordinary diaspora names;</item>
/// <item>a Chinese name of two syllables in toneless, apostrophe-less letters (pinyin, or Wade–Giles as Taiwan
/// writes names): "Li Chiang", "Tsai Chi" are thousands of people; Wade–Giles with apostrophes or tone marks is not;</item>
/// <item>a Korean name read back syllable by syllable (<see cref="SyllableReader"/>): when a syllable's spelling usually
/// writes another syllable ("young" is 영, not 용), the spelling is another name; when every syllable is spelled
/// as its bearers usually write it ("Kim Yeo-jung" for 김여정), it is the name of everyone called so.</item>
/// </list>
/// Separator variants of the preferred form ("Kim Jong Un") and McCune–Reischauer with breves are nobody's own spelling.
/// A place or term written apart whose first word is a surname ("Chang Chun" for Changchun, "Kim chi" for kimchi)
/// reads as a person's name too; a two-syllable Chinese term hyphenated in plain letters ("Ching-ming") reads as a
/// given name.
/// A place's one-word spelling that is also the name of a town in another country (<c>Data/places-elsewhere.txt</c>:
/// Canton in the United States, Formosa in Argentina) needs evidence that the document is about the place's country.
/// </summary>
internal static class Namesakes
{
    /// <summary>The system name of the preferred form's separator variants (see <see cref="VariantGenerator.SeparatorVariants"/>).</summary>
    private const string SeparatorsSystem = "separators";

    /// <summary>
    /// The single-syllable surnames of the Chinese surname table as prose writes them: toneless pinyin and Wade–Giles
    /// without apostrophes (张 → zhang, chang). Read with the romanizer, so at compile time only.
    /// </summary>
    private static readonly Lazy<FrozenSet<string>> ChineseSurnameSpellings = new(() => ChineseData.Surnames.Entries()
        .Where(s => s.Word.Length == 1)
        .SelectMany(s => new[] { RomanizationSystem.PinyinToneless, RomanizationSystem.WadeGilesSimplified }
            .Select(system => Romanizers.Chinese.Romanize(s.Word, system, RomanizationKind.Name).ToLowerInvariant()))
        .ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The countries (ISO 3166) where a place of each native language is at home: a town of the same name elsewhere is another place.</summary>
    private static readonly FrozenDictionary<ScriptLanguage, string[]> HomeCountries = new Dictionary<ScriptLanguage, string[]>
    {
        [ScriptLanguage.Chinese] = ["CN", "TW", "HK", "MO"],
        [ScriptLanguage.Korean] = ["KR", "KP"],
    }.ToFrozenDictionary();

    /// <summary>One-word town names of the world that read as romanized syllables, with the countries that have them.</summary>
    private static readonly Lazy<FrozenDictionary<string, string[]>> TownsElsewhere = new(() => EmbeddedData.Rows("Glossary.Variants.Data.places-elsewhere.txt", 2)
        .ToFrozenDictionary(r => r[0], r => r[1].Split(','), StringComparer.Ordinal));

    /// <summary>The most Chinese syllables a name may have for a toneless spelling to be an ordinary name.</summary>
    private const int MaxCommonChineseSyllables = 2;

    /// <summary>The entry's generated spellings with <see cref="GeneratedSpelling.NeedsEvidence"/> set where they are namesake-prone.</summary>
    public static EntrySpellings Mark(GlossaryEntry entry, EntrySpellings spellings)
    {
        if (entry.Kind == EntryKind.Place)
        {
            var places = spellings.Generated.Select(g => g.NeedsEvidence is not null ? (g.CountryEvidence && WhyElsewhere(entry, g) is { } town ? g with { NeedsEvidence = town } : g)
                : WhyWrittenApart(entry, g) is { } why ? g with { NeedsEvidence = why }
                : WhyGivenNameShape(entry, g) is { } given ? g with { NeedsEvidence = given, CountryEvidence = true }
                : WhyElsewhere(entry, g) is { } elsewhere ? g with { NeedsEvidence = elsewhere, CountryEvidence = true }
                : g).ToList();
            return spellings with { Generated = places };
        }

        if (entry.Kind == EntryKind.Term)
        {
            var terms = spellings.Generated.Select(g => g.NeedsEvidence is null && (WhyWrittenApart(entry, g) ?? WhyTerm(entry, g)) is { } why ? g with { NeedsEvidence = why } : g).ToList();
            return spellings with { Generated = terms };
        }

        if (entry.Kind != EntryKind.Person || VariantGenerator.NativeOf(entry) is not { } native)
            return spellings;

        // What every spelling of the entry is compared with, worked out once per entry, not once per spelling.
        var person = new Person(entry, native, spellings.Generated);
        var marked = new List<GeneratedSpelling>(spellings.Generated.Count);
        foreach (var g in spellings.Generated)
            marked.Add(g.NeedsEvidence is null && person.Why(g) is { } why ? g with { NeedsEvidence = why } : g);
        return spellings with { Generated = marked };
    }

    /// <summary>
    /// A place or term written apart into more words than its preferred form, the first a surname ("Chang Chun" for Changchun,
    /// "Xi An" for Xi'an, "Su Zhou" for Suzhou), reads as a person's name: a person of that name is as likely as the place.
    /// </summary>
    private static string? WhyWrittenApart(GlossaryEntry entry, GeneratedSpelling spelling)
    {
        var words = spelling.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var preferred = entry.En.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length <= preferred.Length || VariantGenerator.NativeOf(entry) is not { } native)
            return null;
        var surname = native.Language == ScriptLanguage.Chinese ? ChineseSurnameSpellings.Value.Contains(TextFolding.FoldKey(words[0])) : VariantGuards.IsSurname(words[0]);
        if (!surname)
            return null;
        return $"written apart, '{spelling.Text}' reads as a person's name ({words[0]} is a surname)";
    }

    /// <summary>
    /// A customary one-word spelling of a two-syllable Korean place ("Kyungju" for 경주, "Myungdong" for 명동) is
    /// written as South Koreans write a given name (Lee Kyungju): it needs evidence that the document is about Korea.
    /// </summary>
    private static string? WhyGivenNameShape(GlossaryEntry entry, GeneratedSpelling spelling)
    {
        if (spelling.Origin != SpellingOrigin.Customary || spelling.Text.Contains(' ', StringComparison.Ordinal) || spelling.Text.Contains('-', StringComparison.Ordinal))
            return null;
        if (VariantGenerator.NativeOf(entry) is not { Language: ScriptLanguage.Korean } native || native.Text.Trim().Length != 2)
            return null;
        return $"a customary spelling of two syllables, '{spelling.Text}' is also written as a given name";
    }

    /// <summary>
    /// A two-syllable Chinese term hyphenated in plain letters ("Ching-ming" for 清明, "Tuan-wu" for 端午) is written
    /// as Taiwan and Hong Kong write a given name: a person called so is as likely as the term. Wade–Giles with its
    /// apostrophes (Ch'ing-ming) or pinyin with tone marks is nobody's name. Written apart, the term reads as a
    /// surname and a given name (<see cref="WhyWrittenApart"/>).
    /// </summary>
    private static string? WhyTerm(GlossaryEntry entry, GeneratedSpelling spelling)
    {
        var text = spelling.Text;
        if (VariantGenerator.NativeOf(entry) is not { Language: ScriptLanguage.Chinese } native || entry.En.Contains('-', StringComparison.Ordinal))
            return null;
        if (HanziCount(native.Text) != MaxCommonChineseSyllables)
            return null;
        var hyphen = text.IndexOf('-', StringComparison.Ordinal);
        if (hyphen <= 0 || hyphen == text.Length - 1 || text.IndexOf('-', hyphen + 1) >= 0)
            return null;
        foreach (var c in text)
        {
            if (!char.IsAsciiLetter(c) && c != '-')
                return null;
        }

        return $"hyphenated, '{text}' is written as a given name of two syllables";
    }

    /// <summary>
    /// A one-word spelling that is also a town outside the place's home countries ("Canton", a city in Ohio) may be
    /// that town: it needs evidence that the document is about the place's country. Regression: issue #13/#14 point 1.
    /// </summary>
    private static string? WhyElsewhere(GlossaryEntry entry, GeneratedSpelling spelling)
    {
        var text = spelling.Text;
        if (text.Contains(' ', StringComparison.Ordinal) || text.Contains('-', StringComparison.Ordinal) || VariantGenerator.NativeOf(entry) is not { } native)
            return null;
        if (!TownsElsewhere.Value.TryGetValue(TextFolding.FoldKey(text), out var countries))
            return null;
        var home = HomeCountries.GetValueOrDefault(native.Language, []);
        var abroad = countries.Where(c => !home.Contains(c, StringComparer.Ordinal)).ToArray();
        if (abroad.Length == 0)
            return null;
        return $"'{text}' is also a town elsewhere ({string.Join(", ", abroad.Take(3))}{(abroad.Length > 3 ? ", …" : string.Empty)})";
    }

    /// <summary>A person's name as its spellings are judged: the preferred form's words, the native name's parts and their spellings.</summary>
    private sealed class Person
    {
        private readonly string[] preferred;
        private readonly (ScriptLanguage Language, string Text) native;
        private readonly KoreanRomanizer.NameParts? korean;
        private readonly string[] surnameSpellings = [];
        private readonly int chineseSyllables;
        private readonly bool ownChineseSpelling;

        public Person(GlossaryEntry entry, (ScriptLanguage Language, string Text) native, IReadOnlyList<GeneratedSpelling> generated)
        {
            this.native = native;
            preferred = entry.En.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (native.Language == ScriptLanguage.Chinese)
            {
                chineseSyllables = HanziCount(native.Text);

                // The preferred form is the person's own (Cantonese, an English name: Carmen Lau for 劉珈汶) when no
                // system's spelling of the name, listed or generated, has its letters.
                ownChineseSpelling = !entry.Variants.Any(v => SameLetters(v, entry.En)) && !generated.Any(g => g.System != SeparatorsSystem && SameLetters(g.Text, entry.En));
                return;
            }

            if (Romanizers.KoreanNames.SplitName(native.Text) is not { Surname.Length: 1 } name || name.Given.Length == 0)
                return;
            korean = name;
            if (KoreanData.Instance.Surnames.TryGetValue(name.Surname, out var row))
                surnameSpellings = [.. row.Customary, row.Rr, row.Mr];
        }

        public string? Why(GeneratedSpelling spelling)
        {
            if (spelling.System == SeparatorsSystem)
                return null;
            var words = spelling.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2)
                return null;
            if (preferred.Length == 2 && words.Length == 2 && Same(words[0], preferred[1]) && Same(words[1], preferred[0]))
                return "Western order (given name first) is how many people of the same name write it";
            return native.Language == ScriptLanguage.Chinese ? WhyChinese(spelling.Text) : WhyKorean(spelling.Text, words);
        }

        private string? WhyChinese(string text)
        {
            foreach (var c in text)
            {
                if (!char.IsAsciiLetter(c) && c is not (' ' or '-'))
                    return null;
            }

            // A person known by an own spelling: the systems' plain spellings of the name (Liu Jiawen, Liu Chia-wen)
            // are how the many others who bear it write theirs.
            if (ownChineseSpelling)
                return $"'{text}' is how others named {native.Text} write their name; this person writes it '{string.Join(' ', preferred)}'";
            if (chineseSyllables > MaxCommonChineseSyllables)
                return null;
            return $"a two-syllable name without tone marks or apostrophes: '{text}' is the own spelling of many people named {native.Text}";
        }

        private string? WhyKorean(string text, string[] words)
        {
            if (korean is not { } name)
                return null;
            var surnameFirst = IsSurnameSpelling(words[0]);
            var surnameLast = IsSurnameSpelling(words[^1]);
            if (surnameLast && !surnameFirst)
                return "Western order (given name first) is how many people of the same name write it";
            if (!surnameFirst)
                return null;

            var romanizer = Romanizers.KoreanNames;
            var parts = SplitGiven(words, name.Given, romanizer);
            if (parts is null)
                return null;

            var reader = SyllableReader.Instance;
            Span<char> read = parts.Length <= 32 ? stackalloc char[parts.Length] : new char[parts.Length];
            for (var i = 0; i < parts.Length; i++)
                read[i] = reader.MostUsual(parts[i]) ?? name.Given[i];
            if (!read.SequenceEqual(name.Given))
                return $"read back syllable by syllable, '{text}' usually writes {name.Surname}{new string(read)}, not {native.Text}";
            for (var i = 0; i < parts.Length; i++)
            {
                if (!reader.IsPopular(name.Given[i], parts[i], romanizer))
                    return null;
            }

            return $"'{text}' is how people named {native.Text} usually spell it";
        }

        private bool IsSurnameSpelling(string word)
        {
            foreach (var spelling in surnameSpellings)
            {
                if (Same(spelling, word))
                    return true;
            }

            return false;
        }
    }

    /// <summary>Whether two spellings have the same letters, case and all else aside ("Xi Jin-ping", "Xi Jinping"); allocates nothing.</summary>
    private static bool SameLetters(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetter(a[i]))
                i++;
            while (j < b.Length && !char.IsLetter(b[j]))
                j++;
            if (i == a.Length || j == b.Length)
                return i == a.Length && j == b.Length;
            if (char.ToLowerInvariant(a[i++]) != char.ToLowerInvariant(b[j++]))
                return false;
        }
    }

    /// <summary>
    /// The given name's spelling (the words after the surname, parts hyphenated or apart) cut into one part per Hangul
    /// syllable, lower case, or null when it cannot be.
    /// </summary>
    private static string[]? SplitGiven(string[] words, string hangul, KoreanRomanizer romanizer)
    {
        // Counted first, then cut: this runs for every spelling of every Korean person (140,000 per 10,000 entries).
        var count = 0;
        for (var w = 1; w < words.Length; w++)
        {
            foreach (var range in words[w].AsSpan().Split('-'))
            {
                if (range.End.GetOffset(words[w].Length) > range.Start.GetOffset(words[w].Length))
                    count++;
            }
        }

        if (count != hangul.Length && (count != 1 || hangul.Length != 2))
            return null;
        var parts = new string[count];
        var p = 0;
        for (var w = 1; w < words.Length; w++)
        {
            var word = words[w];
            foreach (var range in word.AsSpan().Split('-'))
            {
                var part = word.AsSpan(range);
                if (part.Length > 0)
                    parts[p++] = string.Create(part.Length, (word, range), static (span, state) => state.word.AsSpan(state.range).ToLowerInvariant(span));
            }
        }

        if (count == hangul.Length)
            return parts;

        // A joined given name ("Yeojung"): cut where both halves are spellings of their syllables.
        var joined = parts[0];
        var first = KoreanSpellings.SyllableSpellings(romanizer, hangul[0]);
        var second = KoreanSpellings.SyllableSpellings(romanizer, hangul[1]);
        for (var k = 1; k < joined.Length; k++)
        {
            if (Contains(first, joined.AsSpan(0, k)) && Contains(second, joined.AsSpan(k)))
                return [joined[..k], joined[k..]];
        }

        return null;
    }

    private static bool Contains(string[] spellings, ReadOnlySpan<char> part)
    {
        foreach (var spelling in spellings)
        {
            if (part.SequenceEqual(spelling))
                return true;
        }

        return false;
    }

    /// <summary>The syllables of a Chinese native form: its letters outside ASCII (one Hanzi each).</summary>
    private static int HanziCount(string native) => native.Count(c => !char.IsAscii(c) && char.IsLetter(c));

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
