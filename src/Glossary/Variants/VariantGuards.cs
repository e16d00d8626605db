using System.Collections.Frozen;
using Glossary.Matching;

namespace Glossary.Variants;

/// <summary>
/// Keeps generated spellings precise. A generated spelling is dropped when it is any entry's
/// preferred, allowed or listed spelling (listed variants always win), when two entries generate it,
/// when it is one word that is a common English word or a bare surname, when it has fewer than
/// <see cref="MinimumLetters"/> letters, or when it stands inside the entry's own preferred form.
/// </summary>
internal static class VariantGuards
{
    /// <summary>A generated spelling needs at least this many letters.</summary>
    public const int MinimumLetters = 4;

    private static readonly Lazy<FrozenSet<string>> EnglishWords = new(() => ReadWords("Glossary.Variants.Data.english-words.txt"));

    /// <summary>Applies the guards to every entry's candidates; the result keeps entry order.</summary>
    public static List<EntrySpellings> Apply(IReadOnlyList<GlossaryEntry> entries, IReadOnlyList<List<GeneratedSpelling>> candidates)
    {
        // Every listed spelling, by folded key, with its owner.
        var listed = new Dictionary<string, (string Id, string Role)>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            listed.TryAdd(TextFolding.FoldKey(entry.En), (entry.Id, "preferred form"));
            foreach (var a in entry.Allow)
                listed.TryAdd(TextFolding.FoldKey(a), (entry.Id, "allowed form"));
            foreach (var v in entry.Variants)
                listed.TryAdd(TextFolding.FoldKey(v), (entry.Id, "variant"));
        }

        var keys = new string[candidates.Count][];
        Parallel.For(0, candidates.Count, e => keys[e] = candidates[e].Select(c => TextFolding.FoldKey(c.Text)).ToArray());
        var generatedBy = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < candidates.Count; e++)
        {
            foreach (var key in keys[e])
            {
                if (!generatedBy.TryGetValue(key, out var owners))
                    generatedBy[key] = owners = [];

                // Entries come in order: an entry that generates a key twice is already last in its owners.
                if (owners.Count == 0 || owners[^1] != e)
                    owners.Add(e);
            }
        }

        // Each entry is judged against the tables above alone: in parallel, each result in its entry's slot.
        var surnames = Surnames.Value;
        var result = new EntrySpellings[entries.Count];
        Parallel.For(0, entries.Count, e =>
        {
            var entry = entries[e];
            var kept = new List<GeneratedSpelling>(candidates[e].Count);
            var dropped = new List<GeneratedSpelling>();
            var ownKey = TextFolding.FoldKey(entry.En);
            for (var c = 0; c < candidates[e].Count; c++)
            {
                var candidate = candidates[e][c];
                var key = keys[e][c];
                var verdict = Judge(entry, candidate.Text, key, ownKey, listed, generatedBy, entries, surnames);
                switch (verdict.Kind)
                {
                    case GuardVerdictKind.Keep:
                        kept.Add(candidate);
                        break;
                    case GuardVerdictKind.Drop:
                        dropped.Add(candidate with { DroppedBecause = verdict.Reason });
                        break;
                }
            }

            result[e] = new EntrySpellings(entry.Id, kept, dropped);
        });

        return [.. result];
    }

    /// <summary>Whether <paramref name="word"/> (one word, any case) is a common English word.</summary>
    public static bool IsEnglishWord(string word) => EnglishWords.Value.Contains(word.ToLowerInvariant());

    /// <summary>Whether <paramref name="word"/> (one word, any case) is a Korean or Chinese surname as romanized.</summary>
    public static bool IsSurname(string word) => Surnames.Value.Contains(TextFolding.FoldKey(word));

    /// <summary>
    /// Whether, of the entries that generate <paramref name="text"/>, <paramref name="entry"/> is the only one whose
    /// preferred form has the spelling's number of words: "Li Chiang" is Li Qiang's name in Wade–Giles, and only a
    /// re-spacing of the one-word place Lijiang, so the name keeps it.
    /// </summary>
    private static bool OnlyOwnerInShape(GlossaryEntry entry, string text, List<int> owners, IReadOnlyList<GlossaryEntry> entries)
    {
        var words = WordCount(text);
        var inShape = owners.Select(i => entries[i]).Where(e => WordCount(e.En) == words).Select(e => e.Id).Distinct().ToList();
        return inShape.Count == 1 && inShape[0] == entry.Id;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static GuardVerdict Judge(
        GlossaryEntry entry,
        string text,
        string key,
        string ownKey,
        Dictionary<string, (string Id, string Role)> listed,
        Dictionary<string, List<int>> generatedBy,
        IReadOnlyList<GlossaryEntry> entries,
        FrozenSet<string> surnames)
    {
        if (key == ownKey)
            return GuardVerdict.AlreadyListed;
        if (listed.TryGetValue(key, out var owner))
            return owner.Id == entry.Id ? GuardVerdict.AlreadyListed : GuardVerdict.Drop($"it is the {owner.Role} of entry '{owner.Id}'");
        if (generatedBy[key].Count > 1 && !OnlyOwnerInShape(entry, text, generatedBy[key], entries))
        {
            var others = generatedBy[key].Select(i => entries[i].Id).Where(id => id != entry.Id).Distinct();
            return GuardVerdict.Drop($"it is generated for entry '{string.Join("', '", others)}' too");
        }

        var letters = text.Count(char.IsLetter);
        if (letters < MinimumLetters)
            return GuardVerdict.Drop($"it has fewer than {MinimumLetters} letters");
        if (!text.Contains(' ', StringComparison.Ordinal) && !text.Contains('-', StringComparison.Ordinal))
        {
            if (EnglishWords.Value.Contains(key))
                return GuardVerdict.Drop("it is a common English word");
            if (surnames.Contains(key))
                return GuardVerdict.Drop("it is a bare surname");
        }

        if (ContainsWords(ownKey, key))
            return GuardVerdict.Drop("it stands inside the preferred form");

        // "Chia-i" (Wade–Giles for 嘉义, Chiayi) is far more often a given name (Chia-I Wu) than the place.
        if (HasHyphenatedOneLetterSyllable(key))
            return GuardVerdict.Drop("a hyphenated one-letter syllable reads as a given name");
        return GuardVerdict.Keep;
    }

    /// <summary>Whether a hyphenated word of <paramref name="key"/> has a part of one letter ("chia-i"); read in place, as it runs for every candidate.</summary>
    private static bool HasHyphenatedOneLetterSyllable(string key)
    {
        foreach (var range in key.AsSpan().Split(' '))
        {
            var word = key.AsSpan(range);
            if (!word.Contains('-'))
                continue;
            foreach (var partRange in word.Split('-'))
            {
                var letters = 0;
                foreach (var c in word[partRange])
                {
                    if (char.IsLetter(c))
                        letters++;
                }

                if (letters == 1)
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="inner"/> occurs in <paramref name="outer"/> between word boundaries (both folded).</summary>
    public static bool ContainsWords(string outer, string inner)
    {
        var at = outer.IndexOf(inner, StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = at == 0 || !TextFolding.IsWordChar(outer[at - 1]);
            var end = at + inner.Length;
            var after = end == outer.Length || !TextFolding.IsWordChar(outer[end]);
            if (before && after)
                return true;
            at = outer.IndexOf(inner, at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    private static readonly Lazy<FrozenSet<string>> Surnames = new(() =>
        Romanization.Korean.KoreanSurnames.All()
            .Select(s => TextFolding.FoldKey(s))
            .ToFrozenSet(StringComparer.Ordinal));

    private static FrozenSet<string> ReadWords(string resource) =>
        EmbeddedData.Rows(resource).Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>What the guards decide about one generated spelling.</summary>
internal enum GuardVerdictKind
{
    /// <summary>Used: flagged like a listed variant.</summary>
    Keep,

    /// <summary>Left out without a word: the preferred form itself, or a spelling the entry already lists.</summary>
    AlreadyListed,

    /// <summary>Left out, with a reason that <c>lint</c> and <c>variants</c> show.</summary>
    Drop,
}

/// <summary>The guards' decision about one generated spelling; <see cref="Reason"/> is set for <see cref="GuardVerdictKind.Drop"/> only.</summary>
internal readonly record struct GuardVerdict(GuardVerdictKind Kind, string? Reason)
{
    public static GuardVerdict Keep => new(GuardVerdictKind.Keep, null);

    public static GuardVerdict AlreadyListed => new(GuardVerdictKind.AlreadyListed, null);

    public static GuardVerdict Drop(string reason) => new(GuardVerdictKind.Drop, reason);
}
