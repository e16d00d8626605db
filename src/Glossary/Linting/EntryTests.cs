
namespace Glossary.Linting;

/// <summary>The outcome of one per-entry test.</summary>
/// <param name="EntryId">The entry the test belongs to.</param>
/// <param name="Test">The test as written.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Message">What went wrong, or what was checked.</param>
internal sealed record EntryTestResult(string EntryId, EntryTest Test, bool Passed, string Message);

/// <summary>
/// Runs the <c>tests:</c> of entries against a compiled glossary: a <c>flag</c> text must have a
/// finding for its entry (and, with <c>fix</c>, fix to exactly that text); a <c>pass</c> text must have none.
/// </summary>
internal static class EntryTests
{
    /// <summary>Runs every test of <paramref name="entries"/> with <paramref name="glossary"/>.</summary>
    public static IReadOnlyList<EntryTestResult> Run(CompiledGlossary glossary, IEnumerable<GlossaryEntry> entries)
    {
        var results = new List<EntryTestResult>();
        foreach (var entry in entries)
        {
            foreach (var test in entry.Tests)
                results.Add(RunOne(glossary, entry, test));
        }

        return results;
    }

    private static EntryTestResult RunOne(CompiledGlossary glossary, GlossaryEntry entry, EntryTest test)
    {
        var mine = glossary.Check(test.Text).Where(f => f.EntryId == entry.Id).ToList();
        if (!test.MustFlag)
        {
            return mine.Count == 0
                ? new EntryTestResult(entry.Id, test, true, $"'{test.Text}' is not flagged")
                : new EntryTestResult(entry.Id, test, false, $"'{test.Text}' must not be flagged for '{entry.Id}', but '{mine[0].Found}' is");
        }

        if (mine.Count == 0)
            return new EntryTestResult(entry.Id, test, false, $"'{test.Text}' must be flagged for '{entry.Id}', but is not");
        if (test.Fix is not null)
        {
            // A flag example shows that the spelling is found for the entry; a namesake-prone one is found as a
            // suggestion when the example has no evidence, and its fix is what `fix --include-suggestions` writes.
            var fixedText = glossary.Fix(test.Text, DocumentOptions.PlainText with { IncludeSuggestions = true }).Text;
            if (fixedText != test.Fix)
                return new EntryTestResult(entry.Id, test, false, $"fixing '{test.Text}' gives '{fixedText}', not '{test.Fix}'");
        }

        return new EntryTestResult(entry.Id, test, true, $"'{test.Text}' is flagged");
    }
}
