using Glossary.Checking;
using Glossary.Reading;

namespace Glossary.Tests.Reading;

/// <summary>
/// The fast path of the consistency rule (issue #16, speed): <see cref="NameReadings.Best"/> makes only the candidate
/// that <see cref="NameReadings.Read(IReadOnlyList{string})"/> ranks first, and must be that very candidate (cost, system,
/// usualness and all), for every name the bundled glossary writes and for names mixing their words.
/// </summary>
public sealed class BestReadingTests
{
    [Fact]
    public void Best_EveryGeneratedSpellingOfBundledNames_IsTheFirstReading()
    {
        var names = BundledNames().ToList();
        var read = 0;
        var differ = new List<string>();
        foreach (var name in names)
        {
            var words = NameText.Words(name);
            var all = NameReadings.Read(words);
            var first = all.Count > 0 ? all[0] : null;
            read += first is null ? 0 : 1;
            if (NameReadings.Best(words) != first)
                differ.Add($"'{name}': best {NameReadings.Best(words)}, first {first}");
        }

        Assert.True(differ.Count == 0, $"{differ.Count} of {names.Count} differ:\n" + string.Join('\n', differ.Take(20)));
        Assert.True(read > 3_000, $"only {read} of {names.Count} read as names: the comparison was nearly vacuous");
    }

    /// <summary>
    /// Surnames and given syllables of different systems put together at random ("Hsi Jin-ping", "Lau Chae Myung"): the
    /// names where the cheapest combination is not the first one, because a name written in two systems costs more.
    /// </summary>
    [Fact]
    public void Best_RandomMixedNames_IsTheFirstReading()
    {
        var words = BundledNames().Select(NameText.Words).Where(w => w.Length >= 2).ToList();
        var surnames = words.Select(w => w[0]).Distinct()
            .Where(s => NameReadings.Surnames(s).Any()).ToArray();
        var syllables = words.SelectMany(w => w.Skip(1)).SelectMany(w => w.Split('-')).Where(s => s.Length > 0).Distinct()
            .Where(s => KoreanNameReader.Instance.GivenSyllable(s).Count > 0 || ChineseNameReader.Instance.GivenSyllable(s).Count > 0).ToArray();
        var random = new Random(16);
        int read = 0, notFirstCombination = 0;
        var differ = new List<string>();
        for (var i = 0; i < 20_000; i++)
        {
            var a = syllables[random.Next(syllables.Length)];
            var b = syllables[random.Next(syllables.Length)].ToLowerInvariant();
            var given = random.Next(4) switch
            {
                0 => a,
                1 => a + "-" + b,
                2 => a + " " + char.ToUpperInvariant(b[0]) + b[1..],
                _ => a + b,
            };
            var name = surnames[random.Next(surnames.Length)] + " " + given;
            var nameWords = NameText.Words(name);
            var all = NameReadings.Read(nameWords);
            var best = NameReadings.Best(nameWords);
            var first = all.Count > 0 ? all[0] : null;
            read += all.Count > 0 ? 1 : 0;
            notFirstCombination += all.Count > 0 && all[0].System.Contains("given name", StringComparison.Ordinal) ? 1 : 0;
            if (best != first)
                differ.Add($"'{name}': best {best}, first {first}");
        }

        Assert.True(differ.Count == 0, $"{differ.Count} differ:\n" + string.Join('\n', differ.Take(20)));
        Assert.True(read > 5_000 && notFirstCombination > 500, $"{read} read, {notFirstCombination} in two systems: the comparison was nearly vacuous");
    }

    /// <summary>
    /// McCune–Reischauer's ㄴ+ㄹ → ll: a syllable's lateral reading counts only before a part written with l, in the best
    /// reading as in all of them (regression: merge of issue #16's lateral readings into the generated tables).
    /// </summary>
    [Theory]
    [InlineData("Cho Ch'ul-lyong")]
    [InlineData("Cho Chul-lyong")]
    [InlineData("Jo Chullyong")]
    [InlineData("Kim Chil-li")]
    [InlineData("Pak Sil-la")]
    [InlineData("Kim Chul-ho")]
    [InlineData("Kim Chil-sung")]
    [InlineData("Yi Chŏl-lo")]
    public void Best_LateralReadings_IsTheFirstReading(string name)
    {
        var words = NameText.Words(name);
        var all = NameReadings.Read(words);

        Assert.NotEmpty(all);
        Assert.Equal(all[0], NameReadings.Best(words));
    }

    [Fact]
    public void Find_RepeatedSpelling_IsReadOnceAndKeepsEveryReading()
    {
        var occurrences = Consistency.Find("Choi Jae Young spoke. Later Choi Jae Young left, and Hsi Chin-p'ing stayed.");

        Assert.Equal(["Choi Jae Young", "Choi Jae Young", "Hsi Chin-p'ing"], occurrences.Select(o => o.Text));
        Assert.Same(occurrences[0].Name, occurrences[1].Name);
        foreach (var occurrence in occurrences)
            Assert.Equal(NameReadings.Read(occurrence.Text), occurrence.Readings);
    }

    /// <summary>The spellings remembered across documents stay bounded however many distinct ones a process meets.</summary>
    [Fact]
    public void Find_MoreSpellingsThanRemembered_KeepsTheMemoryBounded()
    {
        // Distinct words of letters: Kim Xab, Kim Xac … (digits would end the word).
        var prose = string.Join(", ", Enumerable.Range(0, Consistency.MostKnown + 100).Select(i => "Kim X" + new string([.. i.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0'))])));

        var occurrences = Consistency.Find(prose + ", Kim Jae-young.");

        Assert.InRange(Consistency.KnownCount, 1, Consistency.MostKnown);
        Assert.Equal("Kim Jae-young", Assert.Single(occurrences).Text);
    }

    /// <summary>Every spelling the bundled glossary generates for its people and places, and their preferred forms.</summary>
    private static IEnumerable<string> BundledNames()
    {
        var glossary = CompiledGlossary.Bundled;
        return glossary.Entries
            .Where(e => e.Kind is EntryKind.Person or EntryKind.Place)
            .SelectMany(e => glossary.SpellingsOf(e.Id).Generated.Select(g => g.Text).Append(e.En))
            .Distinct(StringComparer.Ordinal);
    }
}
