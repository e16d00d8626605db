
namespace Glossary.Linting;

/// <summary>
/// Whether a person's note describes an office someone holds now (so it goes stale when they leave it), decided
/// from its words (<c>Data/office-words.txt</c>): an office word (<c>minister</c>, <c>spokeswoman</c>, <c>CEO</c>), unless only past markers
/// (<c>former</c>, <c>died</c>, a closed span of years such as <c>1993–1998</c>) surround it.
/// </summary>
internal static class OfficeNotes
{
    private static readonly Lazy<(string[] Office, HashSet<string> Past, HashSet<string> Current)> Table = new(() =>
    {
        var rows = EmbeddedData.Rows("Glossary.Linting.Data.office-words.txt", 2);
        string[] Of(string kind) => [.. rows.Where(r => r[1] == kind).Select(r => r[0])];
        return (Of("office"), new HashSet<string>(Of("past"), StringComparer.OrdinalIgnoreCase), new HashSet<string>(Of("current"), StringComparer.OrdinalIgnoreCase));
    });

    /// <summary>The office word of a note that describes a current office (<c>"Mayor of Seoul."</c> → <c>"Mayor"</c>); null otherwise.</summary>
    public static string? OfficeWord(GlossaryEntry entry)
    {
        if (entry.Kind != EntryKind.Person || string.IsNullOrWhiteSpace(entry.Note))
            return null;
        var words = Words(entry.Note);
        var office = words.FirstOrDefault(IsOfficeWord);
        if (office is null)
            return null;
        if (Enumerable.Range(0, words.Count).Any(i => CurrentMarker(words, i)))
            return office;
        var past = words.Any(Table.Value.Past.Contains) || ClosedYearSpan(entry.Note);
        return past ? null : office;
    }

    // "since" marks an office held now only when a date follows it ("since 2022", "since June 2025", "since the 2024
    // election"); "Spellings are not generated, since they would include …" is the conjunction.
    private static bool CurrentMarker(List<string> words, int at) =>
        Table.Value.Current.Contains(words[at])
        && (!words[at].Equals("since", StringComparison.OrdinalIgnoreCase)
            || words.Skip(at + 1).Take(4).Any(w => Month(w) || (w.Length == 4 && w.All(char.IsAsciiDigit))));

    private static bool IsOfficeWord(string word)
    {
        foreach (var office in Table.Value.Office)
        {
            if (office.EndsWith('*')
                    ? word.StartsWith(office[..^1], StringComparison.OrdinalIgnoreCase)
                    : word.Equals(office, StringComparison.OrdinalIgnoreCase) || word.Equals(office + "s", StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    // Runs of letters (the words) and runs of digits (the years), so a date can be found next to a word.
    private static List<string> Words(string note)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= note.Length; i++)
        {
            if (start >= 0 && (i == note.Length || char.IsLetter(note[i]) != char.IsLetter(note[start]) || !char.IsLetterOrDigit(note[i])))
            {
                words.Add(note[start..i]);
                start = -1;
            }

            if (start < 0 && i < note.Length && (char.IsLetter(note[i]) || char.IsAsciiDigit(note[i])))
                start = i;
        }

        return words;
    }

    // An office held from one date to another, over: "1993–1998", "2019-21", "March 2013–May 2017",
    // "November 2020 – June 2024", "Jan. 2019 — Aug. 2024", "2018 to 2022", "March–October 2023". The start is a year or
    // a month; the end is a year, maybe after a day and a month ("– 3 June 2024", "– June 3, 2024"). An open
    // end ("2022–present", "2022–", "since 2022") is no span.
    private static bool ClosedYearSpan(string note)
    {
        for (var i = 0; i + 4 <= note.Length; i++)
        {
            if (IsYear(note, i) && SpanEnd(note, i + 4, shortYear: true))
                return true;
            if ((i == 0 || !char.IsLetter(note[i - 1])) && Word(note, i) is var word && Month(word)
                    && SpanEnd(note, i + word.Length + (i + word.Length < note.Length && note[i + word.Length] == '.' ? 1 : 0), shortYear: false))
                return true;
        }

        return false;
    }

    private static bool SpanEnd(string note, int at, bool shortYear)
    {
        at = SkipSpaces(note, at);
        if (at < note.Length && note[at] is '–' or '—' or '-' or '‒' or '―' or '−')
            at++;
        else if (Word(note, at) is { Length: 2 } to && to.Equals("to", StringComparison.OrdinalIgnoreCase))
            at += 2;
        else
            return false;
        at = SkipSpaces(note, at);
        if (shortYear && TwoDigitYear(note, at))
            return true;
        at = SkipDay(note, at);
        if (Month(Word(note, at)))
        {
            at += Word(note, at).Length;
            if (at < note.Length && note[at] == '.')
                at++;
            at = SkipSpaces(note, at);
            at = SkipDay(note, at);
            if (at < note.Length && note[at] == ',')
                at = SkipSpaces(note, at + 1);
        }

        return IsYear(note, at);
    }

    // "2019–21": the end year's last two digits, not a day ("2019–21 March 2020" ends in 2020) nor a longer number.
    private static bool TwoDigitYear(string note, int at) =>
        at + 2 <= note.Length && char.IsAsciiDigit(note[at]) && char.IsAsciiDigit(note[at + 1])
        && (at + 2 == note.Length || !char.IsAsciiDigit(note[at + 2])) && !Month(Word(note, SkipSpaces(note, at + 2)));

    private static int SkipDay(string note, int at)
    {
        var end = at;
        while (end < note.Length && end - at < 2 && char.IsAsciiDigit(note[end]))
            end++;
        return end > at && end < note.Length && (note[end] == ' ' || note[end] == ',') ? SkipSpaces(note, end) : at;
    }

    private static int SkipSpaces(string note, int at)
    {
        while (at < note.Length && char.IsWhiteSpace(note[at]))
            at++;
        return at;
    }

    private static string Word(string note, int at)
    {
        var end = at;
        while (end < note.Length && char.IsLetter(note[end]))
            end++;
        return note[at..end];
    }

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // A month's full name or its abbreviation of three or more letters ("Jan", "Sept").
    private static bool Month(string word) =>
        word.Length >= 3 && Months.Any(m => m.StartsWith(word, StringComparison.OrdinalIgnoreCase));

    private static bool IsYear(string text, int at) =>
        at + 4 <= text.Length && (text[at] == '1' || text[at] == '2') && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2]) && char.IsAsciiDigit(text[at + 3])
        && (at == 0 || !char.IsAsciiDigit(text[at - 1])) && (at + 4 == text.Length || !char.IsAsciiDigit(text[at + 4]));
}
