
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
        if (words.Any(Table.Value.Current.Contains))
            return office;
        var past = words.Any(Table.Value.Past.Contains) || ClosedYearSpan(entry.Note);
        return past ? null : office;
    }

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

    private static List<string> Words(string note)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= note.Length; i++)
        {
            var letter = i < note.Length && char.IsLetter(note[i]);
            if (letter && start < 0)
                start = i;
            else if (!letter && start >= 0)
            {
                words.Add(note[start..i]);
                start = -1;
            }
        }

        return words;
    }

    // "1993–1998", "2020-2022": an office held from one year to another, over.
    private static bool ClosedYearSpan(string note)
    {
        for (var i = 0; i + 9 <= note.Length; i++)
        {
            if (IsYear(note, i) && note[i + 4] is '–' or '-' && IsYear(note, i + 5))
                return true;
        }

        return false;
    }

    private static bool IsYear(string text, int at) =>
        at + 4 <= text.Length && (text[at] == '1' || text[at] == '2') && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2]) && char.IsAsciiDigit(text[at + 3])
        && (at == 0 || !char.IsAsciiDigit(text[at - 1])) && (at + 4 == text.Length || !char.IsAsciiDigit(text[at + 4]));
}
