using System.Text;

namespace Glossary.Romanization.Chinese;

/// <summary>What a romanized word is, which decides its capitals and joining.</summary>
internal enum PartRole
{
    /// <summary>A common word: lower case.</summary>
    Word,

    /// <summary>A surname, single or compound; the second of a double surname is joined by a hyphen.</summary>
    Surname,

    /// <summary>A given name: joined in pinyin, hyphenated in Wade–Giles.</summary>
    GivenName,

    /// <summary>The specific part of a place name: joined and capitalized.</summary>
    Place,

    /// <summary>The generic part of a place name (省, 市, 自治区 …), written apart and capitalized.</summary>
    Generic,
}

/// <summary>
/// One written word: its syllables (tone digits, <see cref="Syllables"/>), its role, and for a few
/// fixed exceptions the toneless spelling that no rule gives (陕西 → Shaanxi).
/// </summary>
internal sealed record Part(IReadOnlyList<string> Syllables, PartRole Role, string? FixedToneless = null, bool HyphenBefore = false);

/// <summary>A stretch of the input: either text passed through unchanged, or the words of one Han run.</summary>
internal sealed record Piece(string? Text, IReadOnlyList<Part> Parts);

/// <summary>
/// Reads Han text into syllables and words. Readings come from, in order: our curated lexicons
/// (surnames, given names, places, words), the derived word list, ICU Han-Latin/Names for a surname,
/// the derived character corrections, and ICU Han-Latin per character (see DESIGN.md). Lexicons are keyed by Simplified characters; Traditional input is
/// mapped character by character with ICU Hant-Hans for the lookups, while a character's own reading
/// is taken from the character as written (so 乾隆 keeps qián although Hant-Hans maps 乾 to 干).
/// </summary>
internal static class ChineseReader
{
    /// <summary>Parts the words of a phrase in a lexicon entry: 不对 → <c>bu4 / dui4</c>.</summary>
    private const string WordBreak = "/";

    /// <summary>The longest word, in characters, that any lexicon holds (a test checks it).</summary>
    public const int MaxWordLength = 8;

    /// <summary>Generic parts of place names, longest first, split off when the rest has two or more characters.</summary>
    /// <remarks>
    /// Only units that English prose drops or translates (北京市 → Beijing Shi, "Beijing City"); 镇, 区, 乡
    /// and 县 are so often fused into the name (景德镇 Jingdezhen) that they stay joined.
    /// </remarks>
    private static readonly string[] Generics = ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "省", "市"];

    public static IReadOnlyList<Piece> Read(string text, RomanizationKind kind)
    {
        // A name with an interpunct (爱新觉罗·溥仪, 马克·吐温) is a minority or foreign name: each part is one word.
        var dotted = text.AsSpan().IndexOfAny("·•・‧") >= 0;
        var pieces = new List<Piece>();
        var other = new StringBuilder();
        var run = new List<Character>();
        foreach (var rune in text.EnumerateRunes())
        {
            var character = Character.From(rune);
            if (character is not null)
            {
                if (other.Length > 0)
                {
                    pieces.Add(new Piece(other.ToString(), []));
                    other.Clear();
                }

                run.Add(character);
                continue;
            }

            if (run.Count > 0)
            {
                pieces.Add(new Piece(null, ReadRun(run, kind, dotted)));
                run.Clear();
            }

            other.Append(rune.ToString());
        }

        if (run.Count > 0)
            pieces.Add(new Piece(null, ReadRun(run, kind, dotted)));
        if (other.Length > 0)
            pieces.Add(new Piece(other.ToString(), []));
        return pieces;
    }

    private static List<Part> ReadRun(List<Character> run, RomanizationKind kind, bool dotted) => kind switch
    {
        RomanizationKind.Name when dotted => [new Part(ReadWords(run, [ChineseData.GivenNames, ChineseData.Places, ChineseData.Words, ChineseData.Dictionary], PartRole.GivenName, splitFunctionWords: false).SelectMany(p => p.Syllables).ToArray(), PartRole.GivenName)],
        RomanizationKind.Name => ReadName(run),
        RomanizationKind.Place => ReadPlace(run),
        _ => ReadWords(run, [ChineseData.Words, ChineseData.Places, ChineseData.Dictionary], PartRole.Word, splitFunctionWords: true),
    };

    /// <summary>Surname (compound, double or single), then the given name (GB/T 28039).</summary>
    private static List<Part> ReadName(List<Character> run)
    {
        var parts = new List<Part>();
        var at = 0;
        for (var n = Math.Min(4, run.Count); n >= 2 && at == 0; n--)
        {
            if (TryGetWord(ChineseData.Surnames, run, 0, n, out var compound) && compound.Syllables.Length == n)
            {
                parts.Add(new Part(compound.Syllables, PartRole.Surname));
                at = n;
            }
        }

        if (at == 0)
        {
            parts.Add(new Part([SurnameReading(run[0])], PartRole.Surname));
            at = 1;

            // 张王淑芳: two known single surnames before a two-character given name are a double surname.
            if (run.Count == 4 && IsKnownSurname(run[0]) && IsKnownSurname(run[1]))
            {
                parts.Add(new Part([SurnameReading(run[1])], PartRole.Surname, HyphenBefore: true));
                at = 2;
            }
        }

        if (at < run.Count)
            parts.Add(new Part(GivenNameReadings(run, at), PartRole.GivenName));
        return parts;
    }

    private static bool IsKnownSurname(Character c) =>
        ChineseData.Surnames.Contains(c.Simplified) || ChineseData.Surnames.Contains(c.Written);

    /// <summary>
    /// Readings of the character as written come first; those of its Simplified form only after, since
    /// Hant-Hans merges some characters (乾 → 干: 乾隆 is Qián, not Gān).
    /// </summary>
    private static string SurnameReading(Character c)
    {
        if (ChineseData.Surnames.TryGet(c.Written, out var entry) && entry.Syllables.Length == 1)
            return entry.Syllables[0];
        if (ChineseData.NameReadings.TryGet(c.Written, out entry) || ChineseData.CharReadings.TryGet(c.Written, out entry))
            return entry.Syllables[0];
        if (ChineseData.Surnames.TryGet(c.Simplified, out entry) && entry.Syllables.Length == 1)
            return entry.Syllables[0];
        if (ChineseData.NameReadings.TryGet(c.Simplified, out entry))
            return entry.Syllables[0];
        return c.Reading;
    }

    /// <summary>
    /// A given name is read as a whole when a lexicon has it with full tones (a name has no neutral
    /// tone), else character by character with the given-name readings of given-names.txt.
    /// </summary>
    private static string[] GivenNameReadings(List<Character> run, int start)
    {
        if (run.Count - start >= 2)
        {
            foreach (var lexicon in new[] { ChineseData.GivenNames, ChineseData.Places, ChineseData.Words, ChineseData.Dictionary })
            {
                if (TryGetWord(lexicon, run, start, run.Count - start, out var entry) && entry.Syllables.Length == run.Count - start && !entry.Syllables.Any(s => Syllables.Tone(s) == 5))
                    return entry.Syllables;
            }
        }

        var readings = new string[run.Count - start];
        for (var i = start; i < run.Count; i++)
        {
            readings[i - start] = ChineseData.GivenNames.TryGet(run[i].Simplified, out var entry) && entry.Syllables.Length == 1
                ? entry.Syllables[0]
                : run[i].Reading;
        }

        return readings;
    }

    /// <summary>A place is one capitalized word; a generic part (市, 省 …) after a name of two or more characters stands apart.</summary>
    private static List<Part> ReadPlace(List<Character> run)
    {
        var generic = 0;
        var whole = Key(run, 0, run.Count, simplified: true);
        if (!TryGetWord(ChineseData.Places, run, 0, run.Count, out _))
        {
            foreach (var g in Generics)
            {
                if (whole.EndsWith(g, StringComparison.Ordinal) && run.Count - g.Length >= 2)
                {
                    generic = g.Length;
                    break;
                }
            }
        }

        var specific = run.GetRange(0, run.Count - generic);
        var parts = new List<Part>();
        if (TryGetWord(ChineseData.Places, specific, 0, specific.Count, out var place) && place.Syllables.Length == specific.Count)
        {
            parts.Add(new Part(place.Syllables, PartRole.Place, place.Spelling));
        }
        else
        {
            // Single characters of places.txt give their place-name reading (长 cháng); a place name has no
            // neutral tone (葫芦岛 Húlúdǎo): such a syllable takes the character's reading.
            specific = specific.ConvertAll(c => ChineseData.Places.TryGet(c.Simplified, out var single) && single.Syllables.Length == 1 ? c with { Reading = single.Syllables[0] } : c);
            var words = ReadWords(specific, [ChineseData.Places, ChineseData.Words, ChineseData.Dictionary], PartRole.Place, splitFunctionWords: false);
            var syllables = words.SelectMany(w => w.Syllables).ToArray();
            for (var k = 0; k < syllables.Length && syllables.Length == specific.Count; k++)
            {
                if (Syllables.Tone(syllables[k]) == 5)
                    syllables[k] = specific[k].Reading;
            }

            parts.Add(new Part(syllables, PartRole.Place));
        }

        if (generic > 0)
        {
            var tail = run.GetRange(run.Count - generic, generic);
            var words = ReadWords(tail, [ChineseData.Places, ChineseData.Words, ChineseData.Dictionary], PartRole.Generic, splitFunctionWords: false);
            parts.Add(new Part(words.SelectMany(w => w.Syllables).ToArray(), PartRole.Generic));
        }

        return parts;
    }

    /// <summary>
    /// Bidirectional maximum matching over the lexicons (the first lexicon that has a word wins): the
    /// forward and the backward segmentation are both made, and the one with fewer pieces is kept,
    /// the backward one on a tie, as it is the more often right for Chinese (全国人民代表大会:
    /// forward 全|国人|民|代表|大会, backward 全国|人民|代表|大会 with 全国 unknown).
    /// Characters no word covers are joined into one word, except function words (的, 我 …), which
    /// stand alone: an unknown run is most likely one word the lists lack.
    /// </summary>
    private static List<Part> ReadWords(List<Character> run, Lexicon[] lexicons, PartRole role, bool splitFunctionWords)
    {
        var forward = Segments(run, lexicons, backward: false);
        var backward = Segments(run, lexicons, backward: true);
        var segments = forward.Count < backward.Count ? forward : backward;

        var parts = new List<Part>();
        var unknown = new List<string>();
        foreach (var segment in segments)
        {
            var (start, syllables) = (segment.Start, segment.Syllables);
            if (syllables is null && !(splitFunctionWords && ChineseData.FunctionWords.Contains(run[start].Simplified)))
            {
                unknown.Add(run[start].Reading);
                continue;
            }

            if (unknown.Count > 0)
            {
                parts.Add(new Part(unknown.ToArray(), role));
                unknown.Clear();
            }

            var match = syllables ?? [run[start].Reading];

            // A lexicon entry may hold a phrase of several words, parted by "/": 不对 → bu4 / dui4.
            var from = 0;
            for (var k = 0; k <= match.Length; k++)
            {
                if (k == match.Length || match[k] == WordBreak)
                {
                    parts.Add(new Part(match[from..k], role));
                    from = k + 1;
                }
            }
        }

        if (unknown.Count > 0)
            parts.Add(new Part(unknown.ToArray(), role));
        return parts;
    }

    /// <summary>A word found by maximum matching; <see cref="Syllables"/> is null for a character no word covers.</summary>
    /// <remarks>A class, not a tuple, so that its list shares the runtime's precompiled code (start-up).</remarks>
    private sealed record Segment(int Start, int Length, string[]? Syllables);

    /// <summary>Maximum matching in one direction, segments in text order.</summary>
    private static List<Segment> Segments(List<Character> run, Lexicon[] lexicons, bool backward)
    {
        var segments = new List<Segment>();
        var i = backward ? run.Count : 0;
        while (backward ? i > 0 : i < run.Count)
        {
            var room = backward ? i : run.Count - i;
            var segment = new Segment(backward ? i - 1 : i, 1, null);
            for (var n = Math.Min(MaxWordLength, room); n >= 2; n--)
            {
                var start = backward ? i - n : i;
                if (Lookup(run, start, n, lexicons) is { } syllables)
                {
                    segment = new Segment(start, n, syllables);
                    break;
                }
            }

            segments.Add(segment);
            i = backward ? i - segment.Length : i + segment.Length;
        }

        if (backward)
            segments.Reverse();
        return segments;
    }

    /// <summary>
    /// The syllables of the word run[start..start+count] from the first lexicon that has it, or null.
    /// A word of the derived list takes the readings of any curated word inside it (大城县 holds 大城
    /// Dàchéng): curated entries win over derived ones.
    /// </summary>
    private static string[]? Lookup(List<Character> run, int start, int count, Lexicon[] lexicons)
    {
        for (var li = 0; li < lexicons.Length; li++)
        {
            if (!TryGetWord(lexicons[li], run, start, count, out var entry))
                continue;
            if (entry.Syllables.Count(s => s != WordBreak) != count)
            {
                var icu = new string[count];
                for (var k = 0; k < count; k++)
                    icu[k] = run[start + k].IcuReading;
                return ReferenceEquals(lexicons[li], ChineseData.Dictionary) ? WithCuratedWords(icu, run, start, lexicons[..li]) : icu;
            }

            return ReferenceEquals(lexicons[li], ChineseData.Dictionary) && count >= 3 ? WithCuratedWords(entry.Syllables, run, start, lexicons[..li]) : entry.Syllables;
        }

        return null;
    }

    private static string[] WithCuratedWords(string[] syllables, List<Character> run, int start, Lexicon[] curated)
    {
        string[]? result = null;
        for (var from = 0; from < syllables.Length - 1; from++)
        {
            for (var length = syllables.Length - from - (from == 0 ? 1 : 0); length >= 2; length--)
            {
                var found = false;
                foreach (var lexicon in curated)
                {
                    if (TryGetWord(lexicon, run, start + from, length, out var inner) && inner.Syllables.Length == length)
                    {
                        result ??= (string[])syllables.Clone();
                        Array.Copy(inner.Syllables, 0, result, from, length);
                        found = true;
                        break;
                    }
                }

                if (found)
                {
                    from += length - 1;
                    break;
                }
            }
        }

        return result ?? syllables;
    }

    /// <summary>
    /// Looks the word up as written, then in Simplified characters: the lexicons are Simplified, and
    /// Hant-Hans also maps some characters that Simplified text keeps (著名, 乾坤).
    /// </summary>
    private static bool TryGetWord(Lexicon lexicon, List<Character> run, int start, int count, out Lexicon.Entry entry)
    {
        var written = Key(run, start, count, simplified: false);
        if (lexicon.TryGet(written, out entry))
            return true;
        var simplified = Key(run, start, count, simplified: true);
        return simplified != written && lexicon.TryGet(simplified, out entry);
    }

    private static string Key(List<Character> run, int start, int count, bool simplified)
    {
        if (count == 1)
            return simplified ? run[start].Simplified : run[start].Written;
        var key = new StringBuilder(count * 2);
        for (var i = start; i < start + count; i++)
            key.Append(simplified ? run[i].Simplified : run[i].Written);
        return key.ToString();
    }

    /// <summary>One Han character as written, its Simplified form, and its ICU reading.</summary>
    /// <remarks>
    /// <see cref="Reading"/> is ICU's reading corrected by char-readings-pinyin-pro.txt; <see cref="IcuReading"/>
    /// is ICU's own, which a word the derived list holds without syllables takes (the list omits a word's
    /// syllables exactly when ICU's per-character readings already give them).
    /// </remarks>
    private sealed record Character(string Written, string Simplified, string Reading, string IcuReading)
    {
        public static Character? From(Rune rune)
        {
            var written = rune.Value;
            if (written < 0x3400 && written != 0x3007)
                return null; // below CJK Extension A only 〇 (líng) has a reading
            var text = rune.ToString();
            var simplified = ChineseData.Simplified.TryGet(text, out var entry) ? entry.Syllables[0] : text;
            var icu = ChineseData.Readings.Reading(written) ?? ChineseData.Readings.Reading(char.ConvertToUtf32(simplified, 0));
            if (icu is null)
                return null;
            var reading = ChineseData.CharReadings.TryGet(text, out entry) || ChineseData.CharReadings.TryGet(simplified, out entry) ? entry.Syllables[0] : icu;
            return new Character(text, simplified, reading, icu);
        }
    }
}
