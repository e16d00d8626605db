using System.Buffers;
using System.Text;
using Glossary.Matching;
using Glossary.Romanization.Core;

namespace Glossary.Romanization.Korean;

/// <summary>
/// The Korean romanizer: Revised Romanization (transcription and §3.8 transliteration), McCune–Reischauer
/// (ALA-LC, with and without diacritics) and Yale, for words, place names and personal names. Immutable and
/// thread-safe; its tables are built once (<see cref="KoreanData"/>).
/// </summary>
/// <remarks>
/// Decisions a reader should know (see also Data/*.tsv):
/// <list type="bullet">
/// <item>ㄱㄷㅂ + ㅎ: places and names keep h (묵호 Mukho); in words, h is kept too (nouns are the usual case:
/// 입학 iphak) unless the ㅎ-syllable is a verb suffix or a 하-stem followed by a verb ending (잡혀 japyeo,
/// 생각하다 saenggakada). The noun lexicon overrides the verb patterns.</item>
/// <item>Administrative units: see <see cref="PlaceUnits.UnitStart"/>. RR writes no sound change across the
/// hyphen; MR (ALA-LC) keeps the sound changes across it and splits provinces before 북/남 (Kyŏngsang-bukto).</item>
/// <item>MR writes 시 as si (ALA-LC and the original MR; 신라 Silla), sh only before ㅟ; the 1984 ROK "shi"
/// appears only as a name-spelling variant.</item>
/// <item>Names: RR writes each given-name syllable by itself (윤석열 Yun Seokyeol); MR (ALA-LC) hyphenates the
/// given name and keeps sound changes across the hyphen (이석민 Yi Sŏng-min).</item>
/// </list>
/// </remarks>
internal sealed class KoreanRomanizer : IRomanizer
{
    private const int StackLimit = 128;

    [ThreadStatic]
    private static StringBuilder? cachedBuilder;

    private static readonly Lazy<KoreanRomanizer> SharedInstance = new(() => new KoreanRomanizer());

    private readonly KoreanData data;

    /// <summary>The instance the library shares (immutable and thread-safe), with the bundled tables.</summary>
    public static KoreanRomanizer Shared => SharedInstance.Value;

    public KoreanRomanizer()
        : this(KoreanData.Instance)
    {
    }

    internal KoreanRomanizer(KoreanData data) => this.data = data;

    public ScriptLanguage Language => ScriptLanguage.Korean;

    public IReadOnlyList<RomanizationSystem> Systems { get; } =
    [
        RomanizationSystem.RevisedRomanization,
        RomanizationSystem.RevisedRomanizationTransliteration,
        RomanizationSystem.McCuneReischauer,
        RomanizationSystem.McCuneReischauerSimplified,
        RomanizationSystem.Yale,
    ];

    internal KoreanData Data => data;

    public string Romanize(string text, RomanizationSystem system, RomanizationKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (system is < RomanizationSystem.RevisedRomanization or > RomanizationSystem.Yale)
            throw new ArgumentException($"The Korean romanizer does not write {system}.", nameof(system));

        text = ComposeJamo(text);
        var sb = cachedBuilder ?? new StringBuilder(64);
        cachedBuilder = null;
        sb.Clear();
        if (kind == RomanizationKind.Name && SplitName(text) is { } name)
        {
            // Text around the name (a title, punctuation) passes through: "Dr. 김구" → "Dr. Gim Gu".
            var first = text.IndexOf(name.Surname, StringComparison.Ordinal);
            var last = text.LastIndexOf(name.Given.Length > 0 ? name.Given : name.Surname, StringComparison.Ordinal);
            var lastEnd = last + (name.Given.Length > 0 ? name.Given.Length : name.Surname.Length);
            sb.Append(text, 0, first);
            WriteName(sb, name, system, NameStyle.Default);
            sb.Append(text, lastEnd, text.Length - lastEnd);
        }
        else
            WriteText(sb, text, system, kind);

        var result = sb.ToString();
        if (sb.Capacity <= 1024)
            cachedBuilder = sb;
        return result;
    }

    public IReadOnlyList<RomanizedSpelling> EnumerateSpellings(string text, RomanizationKind kind) =>
        KoreanSpellings.Enumerate(this, ComposeJamo(text), kind);

    public IReadOnlyList<RomanizedSpelling> EnumerateSpellings(string text, RomanizationKind kind, int maxCustomary) =>
        KoreanSpellings.Enumerate(this, ComposeJamo(text), kind, maxCustomary);

    private static string ComposeJamo(string text)
    {
        foreach (var c in text)
        {
            if (Hangul.IsConjoiningJamo(c))
                return text.Normalize(NormalizationForm.FormC);
        }

        return text;
    }

    /// <summary>Words and places: each Hangul run on its own; everything else passes through.</summary>
    internal void WriteText(StringBuilder sb, string text, RomanizationSystem system, RomanizationKind kind)
    {
        var place = kind == RomanizationKind.Place;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (place && char.IsAsciiDigit(c) && TryWriteNumberedUnit(sb, text, ref i, system))
                continue;
            if (!Hangul.IsSyllable(c))
            {
                if (!Writers.TryWriteCompatibility(sb, c, system))
                    sb.Append(c);
                i++;
                continue;
            }

            var end = i + 1;
            while (end < text.Length && Hangul.IsSyllable(text[end]))
                end++;
            var run = text.AsSpan(i, end - i);
            if (kind == RomanizationKind.Word)
            {
                WriteRun(sb, run, system, PronunciationMode.Word, 0);
            }
            else if (kind == RomanizationKind.Name)
            {
                // Text that is not "surname given name" (see SplitName): each run as a capitalized proper noun.
                var start = sb.Length;
                WriteRun(sb, run, system, PronunciationMode.Noun, 0);
                LetterCase.Capitalize(sb, start);
            }
            else
            {
                WritePlace(sb, run, system);
            }

            i = end;
        }
    }

    /// <summary>
    /// A number and the unit after it, as the notice writes them (§3.5): 봉천1동 → Bongcheon 1(il)-dong,
    /// 종로 2가 → Jongno 2(i)-ga; the Sino-Korean reading of the number is given in parentheses.
    /// </summary>
    private bool TryWriteNumberedUnit(StringBuilder sb, string text, ref int i, RomanizationSystem system)
    {
        var end = i;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
            end++;
        var isUnit = end < text.Length && data.Places.IsUnit(text[end])
            && (end + 1 == text.Length || !Hangul.IsSyllable(text[end + 1]));
        if (!isUnit || end - i > 4)
            return false;

        if (i > 0 && Hangul.IsSyllable(text[i - 1]))
            sb.Append(' ');
        sb.Append(text, i, end - i).Append('(');
        WriteRun(sb, SinoKoreanNumber(int.Parse(text.AsSpan(i, end - i), provider: null)), system, PronunciationMode.Word, 0);
        sb.Append(")-");
        WriteRun(sb, text.AsSpan(end, 1), system, PronunciationMode.Noun, 0);
        i = end + 1;
        return true;
    }

    private const string SinoDigits = "영일이삼사오육칠팔구";

    /// <summary>The Sino-Korean reading of 0–9999: 12 → 십이, 305 → 삼백오.</summary>
    internal static string SinoKoreanNumber(int n)
    {
        if (n == 0)
            return "영";
        var sb = new StringBuilder();
        ReadOnlySpan<(int Value, char Name)> places = [(1000, '천'), (100, '백'), (10, '십')];
        foreach (var (value, name) in places)
        {
            var digit = n / value % 10;
            if (digit == 0)
                continue;
            if (digit > 1)
                sb.Append(SinoDigits[digit]);
            sb.Append(name);
        }

        if (n % 10 != 0)
            sb.Append(SinoDigits[n % 10]);
        return sb.ToString();
    }

    private void WritePlace(StringBuilder sb, ReadOnlySpan<char> run, RomanizationSystem system)
    {
        var start = sb.Length;
        var unit = data.Places.UnitStart(run);
        if (unit < 0)
        {
            WriteRun(sb, run, system, PronunciationMode.Noun, 0);
        }
        else if (system is RomanizationSystem.McCuneReischauer or RomanizationSystem.McCuneReischauerSimplified)
        {
            // ALA-LC: jurisdictions are hyphenated, sound changes kept; provinces split before 북/남 (Kyŏngsang-bukto).
            var at = run[^1] == '도' && unit >= 3 && run[unit - 1] is '북' or '남' ? unit - 1 : unit;
            WriteRun(sb, run, system, PronunciationMode.Noun, 1UL << at);
        }
        else
        {
            // RR §3.5: the unit is hyphenated and no sound change crosses the hyphen.
            WriteRun(sb, run[..unit], system, PronunciationMode.Noun, 0);
            sb.Append('-');
            WriteRun(sb, run[unit..], system, PronunciationMode.Noun, 0);
        }

        LetterCase.Capitalize(sb, start);
    }

    /// <summary>Writes one run of syllables in <paramref name="system"/>, with hyphens before the syllables set in <paramref name="hyphens"/>.</summary>
    internal void WriteRun(StringBuilder sb, ReadOnlySpan<char> run, RomanizationSystem system, PronunciationMode mode, ulong hyphens)
    {
        switch (system)
        {
            case RomanizationSystem.Yale:
                Writers.WriteYale(sb, run, hyphens);
                return;
            case RomanizationSystem.RevisedRomanizationTransliteration:
                Writers.WriteTransliteration(sb, run, hyphens);
                return;
        }

        sbyte[]? rentedOnsets = null;
        Coda[]? rentedCodas = null;
        OnsetFlags[]? rentedFlags = null;
        var n = run.Length;
        var onsets = n <= StackLimit ? stackalloc sbyte[n] : (rentedOnsets = ArrayPool<sbyte>.Shared.Rent(n)).AsSpan(0, n);
        var codas = n <= StackLimit ? stackalloc Coda[n] : (rentedCodas = ArrayPool<Coda>.Shared.Rent(n)).AsSpan(0, n);
        var flags = n <= StackLimit ? stackalloc OnsetFlags[n] : (rentedFlags = ArrayPool<OnsetFlags>.Shared.Rent(n)).AsSpan(0, n);
        var p = new Pronounced(run, onsets, codas, flags);
        Pronunciation.Apply(p, mode, data.Sounds);
        if (system == RomanizationSystem.RevisedRomanization)
            Writers.WriteRr(sb, p, hyphens, mode == PronunciationMode.SyllableWise);
        else
            Writers.WriteMr(sb, p, hyphens, system == RomanizationSystem.McCuneReischauerSimplified);

        if (rentedOnsets is not null)
        {
            ArrayPool<sbyte>.Shared.Return(rentedOnsets);
            ArrayPool<Coda>.Shared.Return(rentedCodas!);
            ArrayPool<OnsetFlags>.Shared.Return(rentedFlags!);
        }
    }

    /// <summary>A personal name split into surname and given name (either may carry text around it).</summary>
    internal sealed record NameParts(string Surname, string Given);

    /// <summary>
    /// Splits a name: "이재명" → (이, 재명); "남궁민수" → (남궁, 민수); "황보 관" → (황보, 관). Two-syllable
    /// surnames are taken from the surname table (a lone 남궁 is the surname Namgung). Text before the
    /// first and after the last syllable is ignored. Null when the Hangul is not one run, or two runs split by a space.
    /// </summary>
    internal NameParts? SplitName(string text)
    {
        var first = 0;
        while (first < text.Length && !Hangul.IsSyllable(text[first]))
            first++;
        var last = text.Length - 1;
        while (last >= first && !Hangul.IsSyllable(text[last]))
            last--;
        if (first > last)
            return null;
        var trimmed = text[first..(last + 1)];
        var space = trimmed.IndexOf(' ');
        if (space > 0)
        {
            var surname = trimmed[..space];
            var given = trimmed[(space + 1)..].Trim();
            return AllSyllables(surname) && AllSyllables(given) && given.Length > 0 ? new NameParts(surname, given) : null;
        }

        if (!AllSyllables(trimmed))
            return null;
        if (trimmed.Length >= 2 && data.Surnames.ContainsKey(trimmed[..2]))
            return new NameParts(trimmed[..2], trimmed[2..]);
        return new NameParts(trimmed[..1], trimmed[1..]);
    }

    private static bool AllSyllables(string s)
    {
        foreach (var c in s)
        {
            if (!Hangul.IsSyllable(c))
                return false;
        }

        return true;
    }

    /// <summary>How a given name is written.</summary>
    internal enum NameStyle
    {
        /// <summary>The system's own form: RR joined, MR (ALA-LC) hyphenated.</summary>
        Default,

        /// <summary>Joined: Jaemyeong, Chaemyŏng.</summary>
        Joined,

        /// <summary>Hyphenated: Jae-myeong, Chae-myŏng.</summary>
        Hyphenated,
    }

    /// <summary>Writes "Surname Given" in <paramref name="system"/>: RR syllable by syllable, MR with sound changes.</summary>
    internal void WriteName(StringBuilder sb, NameParts name, RomanizationSystem system, NameStyle style)
    {
        var start = sb.Length;
        var mr = system is RomanizationSystem.McCuneReischauer or RomanizationSystem.McCuneReischauerSimplified;
        if (mr && data.Surnames.TryGetValue(name.Surname, out var row))
            sb.Append(system == RomanizationSystem.McCuneReischauer ? row.Mr : Fold(row.Mr));
        else
            WriteRun(sb, name.Surname, system, mr ? PronunciationMode.Noun : PronunciationMode.SyllableWise, 0);
        LetterCase.Capitalize(sb, start);
        if (name.Given.Length == 0)
            return;

        sb.Append(' ');
        start = sb.Length;
        var hyphenate = style == NameStyle.Hyphenated || (style == NameStyle.Default && mr);
        var hyphens = hyphenate ? ~1UL : 0UL;
        WriteRun(sb, name.Given, system, mr ? PronunciationMode.Noun : PronunciationMode.SyllableWise, hyphens);
        LetterCase.Capitalize(sb, start);
    }

    /// <summary>MR without breves and apostrophes: Ch'ŏng → Chong.</summary>
    internal static string Fold(string mr)
    {
        var sb = new StringBuilder(mr.Length);
        foreach (var c in mr)
        {
            switch (c)
            {
                case 'ŏ': sb.Append('o'); break;
                case 'Ŏ': sb.Append('O'); break;
                case 'ŭ': sb.Append('u'); break;
                case 'Ŭ': sb.Append('U'); break;
                case '\'': break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Romanizes a name in a given style (for the spelling list).</summary>
    internal string RomanizeName(NameParts name, RomanizationSystem system, NameStyle style)
    {
        var sb = new StringBuilder();
        WriteName(sb, name, system, style);
        return sb.ToString();
    }
}
