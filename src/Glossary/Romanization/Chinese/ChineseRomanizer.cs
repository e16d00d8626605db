using System.Text;
using Glossary.Matching;
using Glossary.Romanization.Core;

namespace Glossary.Romanization.Chinese;

/// <summary>
/// Hanyu Pinyin (GB/T 16159-2012 orthography, GB/T 28039-2011 names) and Wade–Giles from Han text,
/// Simplified or Traditional. Reads only embedded tables (see <see cref="ChineseData"/>); never loads ICU4N.
/// </summary>
/// <remarks>
/// Output decisions: pinyin-numbers writes the neutral tone as 5 (<c>xie4xie5</c>) and no apostrophes
/// (the digits already part the syllables); toneless pinyin keeps ü (<c>Lü</c>), as GB/T 28039 does when
/// it omits tone marks; Wade–Giles writes ê as e (<c>Tse-tung</c>), hyphenates given names and, in the
/// strict form, the syllables of places (<c>Kao-hsiung</c>), while the simplified form drops apostrophes
/// and umlauts and runs places together as the press does (<c>Kaohsiung</c>).
/// </remarks>
internal sealed class ChineseRomanizer : IRomanizer
{
    public ScriptLanguage Language => ScriptLanguage.Chinese;

    public IReadOnlyList<RomanizationSystem> Systems { get; } =
    [
        RomanizationSystem.Pinyin,
        RomanizationSystem.PinyinToneless,
        RomanizationSystem.PinyinToneNumbers,
        RomanizationSystem.WadeGiles,
        RomanizationSystem.WadeGilesSimplified,
    ];

    public string Romanize(string text, RomanizationSystem system, RomanizationKind kind)
    {
        if (system is not (RomanizationSystem.Pinyin or RomanizationSystem.PinyinToneless or RomanizationSystem.PinyinToneNumbers or RomanizationSystem.WadeGiles or RomanizationSystem.WadeGilesSimplified))
            throw new ArgumentException($"The Chinese romanizer does not write {system}.", nameof(system));
        return Render(ChineseReader.Read(text, kind), p => FormatPart(p, system, GivenNameStyle.Standard));
    }

    public IReadOnlyList<RomanizedSpelling> EnumerateSpellings(string text, RomanizationKind kind)
    {
        var pieces = ChineseReader.Read(text, kind);
        if (pieces.All(p => p.Text is not null))
            return [];
        var spellings = new List<RomanizedSpelling>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string spelling, RomanizationSystem system, string convention)
        {
            if (seen.Add(spelling))
                spellings.Add(new RomanizedSpelling(spelling, system, convention));
        }

        // Syllables written one by one and joined every way writers join them (kung fu, kung-fu, gongfu).
        void AddJoinings(RomanizationSystem system, string convention, bool capitalizeEach)
        {
            if (pieces.Count != 1)
                return;
            var syllables = pieces[0].Parts.SelectMany(p => p.Syllables).ToList();
            var written = syllables.Select(s => system == RomanizationSystem.PinyinToneless ? Syllables.Letters(s) : ToWadeGiles(s, system == RomanizationSystem.WadeGilesSimplified, ehForE: false)).ToList();
            foreach (var joined in SyllableJoinings.Of(written, capitalizeEach, system == RomanizationSystem.PinyinToneless ? i => Syllables.StartsWithAoe(syllables[i]) : null))
                Add(joined, system, convention);
        }

        string Write(RomanizationSystem system, GivenNameStyle style = GivenNameStyle.Standard, Func<string, string>? adjust = null, bool ehForE = false) =>
            Render(pieces, p => adjust is null ? FormatPart(p, system, style, ehForE) : adjust(FormatPart(p, system, style, ehForE)));

        // A place or one-name figure with its syllables apart or hyphenated: Hang Zhou; Kang-hsi, Kang Hsi.
        void AddUniform(RomanizationSystem system, string convention)
        {
            if (pieces.Any(p => p.Text is not null))
                return;
            var syllables = pieces.SelectMany(p => p.Parts).SelectMany(p => p.Syllables).ToList();
            var written = syllables.Select(s => system == RomanizationSystem.PinyinToneless ? Syllables.Letters(s) : ToWadeGiles(s, simple: true, ehForE: false)).ToList();
            Add(string.Join(' ', written.Select(LetterCase.Capitalize)), system, convention);
            if (system != RomanizationSystem.PinyinToneless)
                Add(LetterCase.Capitalize(string.Join('-', written)), system, convention);
        }

        var parts = pieces.SelectMany(p => p.Parts).ToList();
        var hasGiven = parts.Any(p => p.Role == PartRole.GivenName && p.Syllables.Count >= 2);
        var hasU = parts.Any(p => p.Syllables.Any(s => s.Contains('ü', StringComparison.Ordinal)));

        switch (kind)
        {
            case RomanizationKind.Name:
                Add(Write(RomanizationSystem.PinyinToneless), RomanizationSystem.PinyinToneless, "pinyin: surname, space, given name joined (GB/T 28039)");
                Add(Write(RomanizationSystem.Pinyin), RomanizationSystem.Pinyin, "pinyin with tone marks");
                if (hasU)
                {
                    Add(Write(RomanizationSystem.PinyinToneless, adjust: DropUmlaut), RomanizationSystem.PinyinToneless, "pinyin, ü written u as the press prints it");
                    Add(Write(RomanizationSystem.PinyinToneless, adjust: PassportU), RomanizationSystem.PinyinToneless, "pinyin, ü written yu (passports, GB/T 28039 §6.2)");
                }

                Add(Write(RomanizationSystem.PinyinToneless, adjust: s => s.Replace("'", string.Empty, StringComparison.Ordinal)), RomanizationSystem.PinyinToneless, "pinyin without the apostrophe");
                if (hasGiven)
                {
                    Add(Write(RomanizationSystem.PinyinToneless, GivenNameStyle.Hyphenated), RomanizationSystem.PinyinToneless, "pinyin, hyphenated given name");
                    Add(Write(RomanizationSystem.PinyinToneless, GivenNameStyle.Split), RomanizationSystem.PinyinToneless, "pinyin, given-name syllables apart");
                }

                Add(Write(RomanizationSystem.WadeGilesSimplified), RomanizationSystem.WadeGilesSimplified, "Wade–Giles without apostrophes and umlauts, as the press prints it");
                Add(Write(RomanizationSystem.WadeGiles), RomanizationSystem.WadeGiles, "Wade–Giles with aspiration apostrophes and umlauts");
                if (hasGiven)
                {
                    Add(Write(RomanizationSystem.WadeGilesSimplified, GivenNameStyle.Joined), RomanizationSystem.WadeGilesSimplified, "Wade–Giles, given name joined");
                    Add(Write(RomanizationSystem.WadeGilesSimplified, GivenNameStyle.Split), RomanizationSystem.WadeGilesSimplified, "Wade–Giles, given-name syllables apart");
                }

                Add(Write(RomanizationSystem.WadeGilesSimplified, ehForE: true), RomanizationSystem.WadeGilesSimplified, "Wade–Giles with ê written eh, as older press usage did");

                AddWesternOrder(pieces, Add);
                break;

            case RomanizationKind.Place:
                Add(Write(RomanizationSystem.PinyinToneless), RomanizationSystem.PinyinToneless, "pinyin: joined, capitalized, apostrophe before a, o, e (GB/T 16159)");
                Add(Write(RomanizationSystem.Pinyin), RomanizationSystem.Pinyin, "pinyin with tone marks");
                Add(Write(RomanizationSystem.PinyinToneless, adjust: s => s.Replace("'", string.Empty, StringComparison.Ordinal)), RomanizationSystem.PinyinToneless, "pinyin without the apostrophe");
                if (hasU)
                    Add(Write(RomanizationSystem.PinyinToneless, adjust: DropUmlaut), RomanizationSystem.PinyinToneless, "pinyin, ü written u");
                if (parts.Any(p => p.Role == PartRole.Generic))
                {
                    var specific = pieces.Select(p => p with { Parts = p.Parts.Where(x => x.Role != PartRole.Generic).ToList() }).ToList();
                    Add(Render(specific, p => FormatPart(p, RomanizationSystem.PinyinToneless, GivenNameStyle.Standard)), RomanizationSystem.PinyinToneless, "pinyin, specific part only, as English prose writes it");
                }

                Add(Write(RomanizationSystem.WadeGilesSimplified), RomanizationSystem.WadeGilesSimplified, "Wade–Giles run together without apostrophes, as the press prints places");
                Add(Write(RomanizationSystem.WadeGiles), RomanizationSystem.WadeGiles, "Wade–Giles, syllables hyphenated, with apostrophes");
                if (!parts.Any(p => p.Role == PartRole.Generic) && parts.Sum(p => p.Syllables.Count) is >= 2 and <= SyllableJoinings.MaxSyllables)
                {
                    AddUniform(RomanizationSystem.PinyinToneless, "pinyin, syllables written apart (Hang Zhou)");
                    AddUniform(RomanizationSystem.WadeGilesSimplified, "Wade–Giles without apostrophes, syllables hyphenated or apart (Kang-hsi, Kang Hsi)");
                }

                foreach (var postal in PostalSpellings.Of(text))
                {
                    if (seen.Add(postal.Text))
                        spellings.Add(postal);
                }

                break;

            default:
                Add(Write(RomanizationSystem.PinyinToneless), RomanizationSystem.PinyinToneless, "pinyin, words joined (GB/T 16159)");
                Add(Write(RomanizationSystem.Pinyin), RomanizationSystem.Pinyin, "pinyin with tone marks");
                Add(Write(RomanizationSystem.WadeGilesSimplified), RomanizationSystem.WadeGilesSimplified, "Wade–Giles without apostrophes and umlauts");
                Add(Write(RomanizationSystem.WadeGiles), RomanizationSystem.WadeGiles, "Wade–Giles with aspiration apostrophes and umlauts");
                AddJoinings(RomanizationSystem.PinyinToneless, "pinyin, syllables joined, hyphenated or apart", capitalizeEach: false);
                AddJoinings(RomanizationSystem.WadeGiles, "Wade–Giles, syllables joined, hyphenated or apart", capitalizeEach: false);
                AddJoinings(RomanizationSystem.WadeGilesSimplified, "Wade–Giles without apostrophes, syllables joined, hyphenated or apart", capitalizeEach: false);
                break;
        }

        // A historical name that Wade–Giles books wrote after an older reading (永乐 Yung-lo): its Wade–Giles forms too.
        if (OldReadings.Of(text) is { } old && pieces.Count == 1 && pieces[0].Parts.Sum(p => p.Syllables.Count) == old.Count)
        {
            var oldParts = new List<Part>();
            var next = 0;
            foreach (var part in pieces[0].Parts)
            {
                oldParts.Add(part with { Syllables = [.. old.Skip(next).Take(part.Syllables.Count)], FixedToneless = null });
                next += part.Syllables.Count;
            }

            pieces = [pieces[0] with { Parts = oldParts }];
            const string Convention = "Wade–Giles of the reading older books give (table of historical readings)";
            Add(Write(RomanizationSystem.WadeGilesSimplified), RomanizationSystem.WadeGilesSimplified, Convention);
            Add(Write(RomanizationSystem.WadeGiles), RomanizationSystem.WadeGiles, Convention);
            if (kind == RomanizationKind.Place)
                AddUniform(RomanizationSystem.WadeGilesSimplified, Convention + ", syllables hyphenated or apart");
        }

        return spellings;
    }

    /// <summary>Given name first, for a single name only: Jinping Xi.</summary>
    private static void AddWesternOrder(IReadOnlyList<Piece> pieces, Action<string, RomanizationSystem, string> add)
    {
        if (pieces.Count != 1 || pieces[0].Parts.Count < 2 || pieces[0].Parts[^1].Role != PartRole.GivenName)
            return;
        var parts = pieces[0].Parts;
        var given = FormatPart(parts[^1], RomanizationSystem.PinyinToneless, GivenNameStyle.Standard);
        var surname = Render([new Piece(null, parts.Take(parts.Count - 1).ToList())], p => FormatPart(p, RomanizationSystem.PinyinToneless, GivenNameStyle.Standard));
        add($"{given} {surname}", RomanizationSystem.PinyinToneless, "pinyin in Western order: given name first");
    }

    private static string DropUmlaut(string text) => text.Replace('ü', 'u').Replace('Ü', 'U');

    /// <summary>ü → yu, but üe → ue (lüe → lue), as Chinese passports write it.</summary>
    private static string PassportU(string text) =>
        text.Replace("üe", "ue", StringComparison.Ordinal).Replace("Üe", "Ue", StringComparison.Ordinal)
            .Replace("ü", "yu", StringComparison.Ordinal).Replace("Ü", "Yu", StringComparison.Ordinal);

    private enum GivenNameStyle
    {
        /// <summary>The system's own form: pinyin joined (Jinping), Wade–Giles hyphenated (Chin-p'ing).</summary>
        Standard,

        /// <summary>Hyphenated: Jin-ping.</summary>
        Hyphenated,

        /// <summary>Syllables apart, each capitalized: Jin Ping.</summary>
        Split,

        /// <summary>Joined: Chinping.</summary>
        Joined,
    }

    /// <summary>Joins the pieces: words of a run with spaces (a double surname with a hyphen), other text as it was.</summary>
    private static string Render(IReadOnlyList<Piece> pieces, Func<Part, string> format)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (piece.Text is not null)
            {
                text.Append(piece.Text);
                continue;
            }

            // Keep romanized words apart from letters or digits they touch: "A股" → "A gǔ".
            if (text.Length > 0 && char.IsLetterOrDigit(text[^1]))
                text.Append(' ');
            for (var p = 0; p < piece.Parts.Count; p++)
            {
                if (p > 0)
                    text.Append(piece.Parts[p].HyphenBefore ? '-' : ' ');
                text.Append(format(piece.Parts[p]));
            }

            if (i + 1 < pieces.Count && pieces[i + 1].Text is { Length: > 0 } next && char.IsLetterOrDigit(next[0]))
                text.Append(' ');
        }

        return text.ToString();
    }

    private static string FormatPart(Part part, RomanizationSystem system, GivenNameStyle style, bool ehForE = false)
    {
        var capitalize = part.Role != PartRole.Word;
        var syllables = part.Syllables;
        switch (system)
        {
            case RomanizationSystem.Pinyin:
            case RomanizationSystem.PinyinToneless:
            case RomanizationSystem.PinyinToneNumbers:
                {
                    if (system == RomanizationSystem.PinyinToneless && part.FixedToneless is not null)
                        return part.FixedToneless;
                    var written = syllables.Select(s => system switch
                    {
                        RomanizationSystem.Pinyin => Syllables.ToToneMarks(s),
                        RomanizationSystem.PinyinToneless => Syllables.Letters(s),
                        _ => s,
                    }).ToList();
                    var separator = part.Role == PartRole.GivenName ? style switch
                    {
                        GivenNameStyle.Hyphenated => "-",
                        GivenNameStyle.Split => " ",
                        _ => string.Empty,
                    } : string.Empty;
                    var apostrophes = system != RomanizationSystem.PinyinToneNumbers && separator.Length == 0;
                    return Join(syllables, written, separator, apostrophes, capitalize, capitalizeEach: separator == " ");
                }

            default:
                {
                    var simple = system == RomanizationSystem.WadeGilesSimplified;
                    var written = syllables.Select(s => ToWadeGiles(s, simple, ehForE)).ToList();
                    var separator = part.Role switch
                    {
                        PartRole.Place or PartRole.Generic => simple ? string.Empty : "-",
                        PartRole.GivenName => style switch
                        {
                            GivenNameStyle.Joined => string.Empty,
                            GivenNameStyle.Split => " ",
                            _ => "-",
                        },
                        _ => "-",
                    };
                    return Join(syllables, written, separator, apostrophes: false, capitalize, capitalizeEach: separator == " ");
                }
        }
    }

    /// <summary>
    /// One syllable in Wade–Giles; with <paramref name="ehForE"/>, a final ê is written eh as older press
    /// usage did (朱德 Chu Teh, 彭德怀 Peng Teh-huai), not only e.
    /// </summary>
    internal static string ToWadeGiles(string syllable, bool simple, bool ehForE)
    {
        var wg = ChineseData.WadeGiles.ToWadeGiles(Syllables.Letters(syllable));
        if (ehForE && wg.Length >= 2 && wg[^1] == 'e' && wg[^2] is not ('i' or 'ü' or 'u'))
            wg += "h";
        return simple ? wg.Replace("'", string.Empty, StringComparison.Ordinal).Replace('ü', 'u') : wg;
    }

    /// <summary>
    /// Joins written syllables with <paramref name="separator"/>; erhua r attaches to the syllable before
    /// it; with <paramref name="apostrophes"/>, a syllable starting with a, o or e after another takes an
    /// apostrophe (Xi'an, Tian'anmen, Min'er).
    /// </summary>
    private static string Join(IReadOnlyList<string> syllables, List<string> written, string separator, bool apostrophes, bool capitalize, bool capitalizeEach)
    {
        var text = new StringBuilder();
        for (var i = 0; i < written.Count; i++)
        {
            var isErhua = Syllables.Letters(syllables[i]) == "r" && i > 0;
            var w = written[i];
            if (i > 0 && !isErhua)
            {
                text.Append(separator);
                if (apostrophes && Syllables.StartsWithAoe(syllables[i]))
                    text.Append('\'');
            }

            if ((capitalize && i == 0) || (capitalizeEach && !isErhua))
                w = LetterCase.Capitalize(w);
            text.Append(w);
        }

        return text.ToString();
    }

}
