using Glossary.Checking;
using Glossary.Reading;

namespace Glossary.Tests.Checking;

/// <summary>
/// <see cref="Consistency.Decide"/> groups names without LINQ and ranks only the names written two ways (issue #16,
/// speed): it must decide exactly as the plain grouping it replaced, kept here as the naive reference, for documents and
/// projects of names written one, two or three ways, with and without glossary entries and house formats, and with
/// some occurrences on the glossary's spans.
/// </summary>
public sealed class ConsistencyDecideTests
{
    /// <summary>Spellings of a few names, several ways each (case variants too), and names written one way.</summary>
    private static readonly string[] Names =
    [
        "Lee Jae-myung", "Lee Jae-myong", "LEE JAE-MYUNG", "Lee Jae Myung", "Choi Jae-young", "Choi Jae Young", "Choi Jaeyoung",
        "choi Jae-young", "Xi Jinping", "Hsi Chin-p'ing", "Xi Jin-ping", "Kim Jong-un", "Kim Jong-il", "Hwang In-beom",
        "Hwang In-bum", "Park Ji-sung", "Park Ji Sung", "Wang Xiaoming", "Wang Xiao Ming", "Wang Hsiao-ming",
    ];

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Decide_RandomDocumentsAndProjects_DecidesAsThePlainGrouping(int seed)
    {
        var random = new Random(seed);
        var entries = random.Next(2) == 0 ? CompiledGlossary.Bundled.Entries : [];
        var formats = new[] { null, "hyphenated", "spaced", "joined" };
        var documents = random.Next(1, 4);
        var options = Enumerable.Range(0, documents)
            .Select(_ => DocumentOptions.PlainText with { KoreanGivenNames = formats[random.Next(4)], ChineseGivenNames = formats[random.Next(4)] })
            .ToArray();
        var occurrences = new List<Consistency.Occurrence>();
        for (var d = 0; d < documents; d++)
        {
            var prose = string.Join(" said so. ", Enumerable.Range(0, random.Next(2, 30)).Select(_ => Names[random.Next(Names.Length)])) + " said so.";
            occurrences.AddRange(Consistency.Find(prose).Select(o => o with { Document = d }));
        }

        Assert.True(occurrences.Count >= 2);
        var expected = Reference(occurrences, entries, i => options[i]).Select(Render).ToList();

        Assert.Equal(expected, Consistency.Decide(occurrences, entries, i => options[i]).Select(Render));
        Assert.Equal(Reference(occurrences, entries, null).Select(Render), Consistency.Decide(occurrences, entries).Select(Render));

        // Occurrences on the glossary's spans count toward their name's main spelling but are never changed: the plain
        // grouping's decisions, less those on covered occurrences.
        var covered = occurrences.Select(_ => random.Next(3) == 0).ToArray();
        var uncovered = Reference(occurrences, entries, i => options[i]).Where(d => !covered[occurrences.IndexOf(d.Found)]).Select(Render).ToList();
        Assert.Equal(uncovered, Consistency.Decide(occurrences, entries, i => options[i], covered).Select(Render));
        Assert.Empty(Consistency.Decide(occurrences, entries, i => options[i], [.. occurrences.Select(_ => true)]));

        // Occurrences out of text order (a caller's own list) are decided as the plain grouping decides them, in text order.
        var shuffled = occurrences.OrderBy(_ => random.Next()).ToList();
        Assert.Equal(Reference(shuffled, entries, i => options[i]).Select(Render), Consistency.Decide(shuffled, entries, i => options[i]).Select(Render));
    }

    private static string Render(Consistency.Decision d) =>
        $"{d.Found.Document}:{d.Found.Start} '{d.Found.Text}' → '{d.Main}' at {d.MainAt?.Document}:{d.MainAt?.Start} [{d.Entry?.Id}]";

    /// <summary>The grouping <see cref="Consistency.Decide"/> did before it was made fast, as it was.</summary>
    private static List<Consistency.Decision> Reference(List<Consistency.Occurrence> occurrences, IReadOnlyList<GlossaryEntry> entries, Func<int, DocumentOptions>? optionsOf)
    {
        var decisions = new List<Consistency.Decision>();
        if (occurrences.Count < 2)
            return decisions;
        EntryReadings? readings = null;
        foreach (var group in occurrences.GroupBy(o => o.Key))
        {
            var spellings = group.GroupBy(o => o.Text, StringComparer.OrdinalIgnoreCase).ToList();
            if (spellings.Count < 2)
                continue;
            readings ??= EntryReadings.Of(entries);
            var entry = readings.Find(group.First().Reading);
            string main;
            Consistency.Occurrence? mainAt;
            if (entry is not null)
            {
                main = entry.En;
                mainAt = group.Where(o => string.Equals(o.Text, main, StringComparison.OrdinalIgnoreCase)).Select(o => (Consistency.Occurrence?)o).FirstOrDefault();
            }
            else
            {
                var house = readings;
                var best = spellings
                    .OrderByDescending(s => s.Count())
                    .ThenByDescending(s => optionsOf is not null && HouseNames.Follows(s.First(), optionsOf(s.First().Document), house))
                    .ThenBy(s => s.First().Reading.Usual)
                    .ThenBy(s => s.First().Start)
                    .First();
                main = best.First().Text;
                mainAt = best.First();
            }

            foreach (var occurrence in group)
            {
                if (!string.Equals(occurrence.Text, main, StringComparison.OrdinalIgnoreCase))
                    decisions.Add(new Consistency.Decision(occurrence, main, mainAt, entry));
            }
        }

        decisions.Sort((a, b) => (a.Found.Document, a.Found.Start).CompareTo((b.Found.Document, b.Found.Start)));
        return decisions;
    }
}
