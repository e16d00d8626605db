using Glossary.Linting;
using Glossary.Loading;
using Glossary.Matching;
using Glossary.Model;
using Glossary.Variants;

namespace Glossary;

/// <summary>
/// Everything <c>glossary lint</c> reports about loaded glossaries, beyond what the loader checks:
/// overrides (info), variants inside other entries' preferred forms, variants that are English words
/// or bare surnames, allowed forms that never matter, romanization cross-checks of the preferred form
/// against the native form, generated spellings that were dropped (info), and failing per-entry tests.
/// </summary>
public static class GlossaryLinter
{
    /// <summary>The id of a failing per-entry test: a finding about the glossary, where other errors make it unusable.</summary>
    public const string TestFailedId = GlossaryMessages.TestFailedId;

    /// <summary>The id of a per-entry test that passed, an <see cref="DiagnosticSeverity.Info"/> of <see cref="RunTests"/>.</summary>
    public const string TestPassedId = GlossaryMessages.TestPassedId;

    /// <summary>The id of a person's note that describes an office and was not checked in the last twelve months (<c>lint --stale</c>).</summary>
    public const string StaleNoteId = GlossaryMessages.StaleNoteId;

    /// <summary>
    /// Runs the <c>tests:</c> of every entry of <paramref name="loaded"/> (compiled under a house <paramref name="style"/>
    /// when one is given): a <c>flag</c> text must have a finding for its entry (and, with <c>fix</c>, fix to exactly
    /// that text); a <c>pass</c> text must have none. One diagnostic per test, at the test: an error
    /// <see cref="TestFailedId"/> saying what went wrong, or an info <see cref="TestPassedId"/>.
    /// </summary>
    /// <exception cref="GlossaryLoadException">The load has errors.</exception>
    public static IReadOnlyList<GlossaryDiagnostic> RunTests(GlossaryLoadResult loaded, string? style = null)
    {
        var glossary = new GlossaryBuilder().AddRange(loaded.EntriesOrThrow()).UseStyle(style).Build();
        return [.. EntryTests.Run(glossary, loaded.Entries).Select(r => new GlossaryDiagnostic(
            r.Passed ? TestPassedId : TestFailedId,
            r.Passed ? DiagnosticSeverity.Info : DiagnosticSeverity.Error,
            r.Message,
            r.Test.Position ?? new SourcePosition("<api>", 0, 0, 0)))];
    }

    /// <summary>
    /// Lints loaded glossaries, with entry tests run under a house <paramref name="style"/> when one is given; the
    /// load's own diagnostics come first. Returns them sorted by position.
    /// </summary>
    public static IReadOnlyList<GlossaryDiagnostic> Lint(GlossaryLoadResult loaded, string? style = null) =>
        Lint(loaded, style, DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>Lints as of <paramref name="today"/>, the day from which a <c>checked:</c> date counts as stale.</summary>
    internal static IReadOnlyList<GlossaryDiagnostic> Lint(GlossaryLoadResult loaded, string? style, DateOnly today)
    {
        var diagnostics = new List<GlossaryDiagnostic>(loaded.Diagnostics);
        foreach (var o in loaded.Overrides)
            diagnostics.Add(new GlossaryDiagnostic(GlossaryMessages.OverridesId, DiagnosticSeverity.Info, GlossaryMessages.Format(GlossaryMessages.Overrides, o.Id, o.Overridden), o.At));
        if (loaded.HasErrors)
            return DiagnosticOrder.ByPosition(diagnostics);

        var glossary = new GlossaryBuilder().AddRange(loaded.Entries).UseStyle(style).Build();
        var droppedKeys = loaded.Entries.SelectMany(e => glossary.SpellingsOf(e.Id).Dropped).Select(d => TextFolding.FoldKey(d.Text)).ToHashSet(StringComparer.Ordinal);
        var inside = PreferredFormsContaining(loaded.Entries);
        foreach (var entry in loaded.Entries)
        {
            var at = entry.Position ?? new SourcePosition("<api>", 0, 0, 0);
            void Report(string id, DiagnosticSeverity severity, string message, string? spelling = null) =>
                diagnostics.Add(new GlossaryDiagnostic(id, severity, message, spelling is not null && entry.SpellingPositions?.TryGetValue(spelling, out var p) == true ? p : at));

            foreach (var variant in entry.Variants)
            {
                foreach (var other in inside.GetValueOrDefault(TextFolding.FoldKey(variant), []))
                {
                    if (loaded.Entries[other].Id != entry.Id)
                        Report(GlossaryMessages.VariantInsideOtherId, DiagnosticSeverity.Warning, GlossaryMessages.Format(GlossaryMessages.VariantInsideOther, variant, loaded.Entries[other].En, loaded.Entries[other].Id), variant);
                }

                if (!variant.Contains(' ', StringComparison.Ordinal) && !variant.Contains('-', StringComparison.Ordinal))
                {
                    if (VariantGuards.IsEnglishWord(variant))
                        Report(GlossaryMessages.VariantIsWordId, DiagnosticSeverity.Warning, GlossaryMessages.Format(GlossaryMessages.VariantIsWord, variant, "a common English word"), variant);
                    else if (VariantGuards.IsSurname(variant))
                        Report(GlossaryMessages.VariantIsWordId, DiagnosticSeverity.Warning, GlossaryMessages.Format(GlossaryMessages.VariantIsWord, variant, "a bare surname"), variant);
                }
            }

            foreach (var allowed in entry.Allow.Where(a => !droppedKeys.Contains(TextFolding.FoldKey(a)) && !Matters(glossary, a)))
                Report(GlossaryMessages.AllowUnusedId, DiagnosticSeverity.Warning, GlossaryMessages.Format(GlossaryMessages.AllowUnused, allowed), allowed);

            // An office changes hands: a note that names one is re-verified at least once a year (issue #15).
            if (OfficeNotes.OfficeWord(entry) is { } office && (entry.Checked is not { } day || day < today.AddMonths(-12)))
            {
                var when = entry.Checked is { } c ? "was last checked on " + c.ToString("yyyy'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture) : "has no 'checked' date";
                Report(GlossaryMessages.StaleNoteId, DiagnosticSeverity.Warning, GlossaryMessages.Format(GlossaryMessages.StaleNote, office, when));
            }

            if (CrossCheck(entry) is { } message)
                Report(GlossaryMessages.CrossCheckId, DiagnosticSeverity.Warning, message, entry.En);

            var spellings = glossary.SpellingsOf(entry.Id);
            foreach (var dropped in spellings.Dropped)
                Report(GlossaryMessages.DroppedId, DiagnosticSeverity.Info, GlossaryMessages.Format(GlossaryMessages.Dropped, dropped.Text, dropped.DroppedBecause));
            // One line an entry, and only where the maintainer can act (issue #13/#14 point 1c): its namesake-prone
            // spellings wait for evidence that only the preferred form, a listed variant or a context term gives, and it
            // has no context term. Spellings a document about the country settles (Canton) need nothing of the entry;
            // `glossary variants` lists every spelling with its reason.
            var prone = spellings.Generated.Where(g => g.NeedsEvidence is not null && !g.CountryEvidence).ToList();
            if (prone.Count > 0 && entry.Context.Count == 0)
                Report(GlossaryMessages.SuggestionOnlyId, DiagnosticSeverity.Info, GlossaryMessages.Format(GlossaryMessages.SuggestionOnly, prone.Count, SampleOf(prone), entry.Id));

            // A needs-evidence spelling must be one the entry flags, or it marks nothing (compared as the matcher compares).
            var flagged = entry.Variants.Concat(spellings.Generated.Select(g => g.Text)).Select(s => TextFolding.FoldKey(s)).ToHashSet(StringComparer.Ordinal);
            foreach (var marked in entry.NeedsEvidence.Where(n => !flagged.Contains(TextFolding.FoldKey(n))))
                Report(GlossaryMessages.NeedsEvidenceUnknownId, DiagnosticSeverity.Warning, GlossaryMessages.Format(GlossaryMessages.NeedsEvidenceUnknown, marked));
        }

        diagnostics.AddRange(SameReadings(loaded.Entries));
        diagnostics.AddRange(AkaConflicts(glossary, loaded.Entries));

        foreach (var failure in EntryTests.Run(glossary, loaded.Entries).Where(r => !r.Passed))
            diagnostics.Add(new GlossaryDiagnostic(GlossaryMessages.TestFailedId, DiagnosticSeverity.Error, GlossaryMessages.Format(GlossaryMessages.TestFailed, failure.Message), failure.Test.Position ?? new SourcePosition("<api>", 0, 0, 0)));

        return DiagnosticOrder.ByPosition(diagnostics);
    }

    /// <summary>The first namesake-prone spellings with the first one's reason: "'Lee Jae Myong' (…), 'Yi Jae-myung' and 4 more".</summary>
    private static string SampleOf(List<GeneratedSpelling> prone)
    {
        const int shown = 3;
        var names = prone.Take(shown).Select((g, i) => i == 0 ? $"'{g.Text}' ({g.NeedsEvidence})" : $"'{g.Text}'").ToList();
        var more = prone.Count > shown ? $" and {prone.Count - shown} more" : string.Empty;
        return string.Join(", ", names) + more;
    }

    /// <summary>
    /// GLS212: an <c>aka:</c> name that <c>lookup</c> also finds another entry by (its preferred form, a spelling or
    /// another's <c>aka:</c>): the name does not say which referent is meant, or it was put on the wrong entry. A name
    /// both entries list as <c>aka:</c> is shared on purpose and stays silent.
    /// </summary>
    internal static IEnumerable<GlossaryDiagnostic> AkaConflicts(CompiledGlossary glossary, IReadOnlyList<GlossaryEntry> entries)
    {
        foreach (var entry in entries)
        {
            foreach (var aka in entry.Aka)
            {
                // A name two entries both list is shared on purpose ("Lunar New Year" for Seollal and the Spring Festival).
                var key = TextFolding.FoldKey(aka);
                if (glossary.Lookup(aka).FirstOrDefault(other => other.Id != entry.Id && !other.Aka.Any(a => TextFolding.FoldKey(a) == key)) is { } other)
                {
                    yield return new GlossaryDiagnostic(
                        GlossaryMessages.AkaConflictId,
                        DiagnosticSeverity.Warning,
                        GlossaryMessages.Format(GlossaryMessages.AkaConflict, aka, other.En, other.Id),
                        entry.Position ?? new SourcePosition("<api>", 0, 0, 0));
                }
            }
        }
    }

    /// <summary>
    /// GLS211: two entries of one kind whose preferred forms read as the same native name ("Lee Jae-myung" and
    /// "Yi Jae-myeong" both read 이재명) are likely one person entered twice. Namesakes are legitimate and stay silent
    /// when both entries give native forms of the language and these differ (two Hanzi with one pinyin), or when either
    /// entry's note names the other (its id or preferred form). Different kinds never pair (Han Kang the writer, the
    /// Han River). A preferred form is read as its entry's native form when one of its readings is that form, else by its
    /// likeliest reading; a form that does not read as a name (one word, an English word) is not compared.
    /// </summary>
    internal static IEnumerable<GlossaryDiagnostic> SameReadings(IReadOnlyList<GlossaryEntry> entries)
    {
        var byReading = new Dictionary<(EntryKind, string, string), List<GlossaryEntry>>();
        foreach (var entry in entries)
        {
            if (entry.Kind is not (EntryKind.Person or EntryKind.Place))
                continue;
            var readings = Romanizer.ReadName(entry.En);
            if (readings.Count == 0)
                continue;
            var reading = readings.FirstOrDefault(r => NativeOf(entry, r.Language) is { } native && Compact(native) == Compact(r.Native)) ?? readings[0];
            var key = (entry.Kind, reading.Language, Compact(reading.Native));
            if (!byReading.TryGetValue(key, out var earlier))
                byReading[key] = earlier = [];
            foreach (var other in earlier)
            {
                if (AreKnownNamesakes(entry, other, reading.Language))
                    continue;
                yield return new GlossaryDiagnostic(
                    GlossaryMessages.SameReadingId,
                    DiagnosticSeverity.Warning,
                    GlossaryMessages.Format(GlossaryMessages.SameReading, entry.En, reading.Native, other.En, other.Id),
                    entry.SpellingPositions?.TryGetValue(entry.En, out var p) == true ? p : entry.Position ?? new SourcePosition("<api>", 0, 0, 0));
                break;
            }

            earlier.Add(entry);
        }

        static string Compact(string native) => native.Replace(" ", string.Empty, StringComparison.Ordinal);

        static string? NativeOf(GlossaryEntry entry, string language) =>
            language == "ko" ? entry.Native.GetValueOrDefault("ko")
            : entry.Native.GetValueOrDefault("zh") ?? entry.Native.GetValueOrDefault("zh-Hans") ?? entry.Native.GetValueOrDefault("zh-Hant");

        static bool AreKnownNamesakes(GlossaryEntry a, GlossaryEntry b, string language) =>
            (NativeOf(a, language) is { } x && NativeOf(b, language) is { } y && x != y) || Names(a, b) || Names(b, a);

        static bool Names(GlossaryEntry entry, GlossaryEntry other) =>
            entry.Note is { } note && (note.Contains(other.Id, StringComparison.OrdinalIgnoreCase) || note.Contains(other.En, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// For each folded variant key, the indexes (in load order) of the entries whose folded preferred form holds it
    /// between word boundaries, as <see cref="VariantGuards.ContainsWords"/> decides. Built from the word-bounded
    /// pieces of each preferred form no longer than the longest variant, so the work grows with the entries, not
    /// with their square (every variant against every preferred form took 79 s for 20,000 entries; issue #11).
    /// </summary>
    private static Dictionary<string, List<int>> PreferredFormsContaining(IReadOnlyList<GlossaryEntry> entries)
    {
        var variants = entries.SelectMany(e => e.Variants).Select(v => TextFolding.FoldKey(v)).ToHashSet(StringComparer.Ordinal);
        var longest = variants.Count == 0 ? 0 : variants.Max(v => v.Length);
        var lookup = variants.GetAlternateLookup<ReadOnlySpan<char>>();
        var result = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var en = TextFolding.FoldKey(entries[i].En);
            for (var start = 0; start < en.Length; start++)
            {
                if (start > 0 && TextFolding.IsWordChar(en[start - 1]))
                    continue;
                for (var end = start + 1; end <= en.Length && end - start <= longest; end++)
                {
                    if ((end < en.Length && TextFolding.IsWordChar(en[end])) || !lookup.TryGetValue(en.AsSpan(start, end - start), out var key))
                        continue;
                    var holders = result.TryGetValue(key, out var list) ? list : result[key] = [];
                    if (holders.Count == 0 || holders[^1] != i)
                        holders.Add(i);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Whether an allowed form protects something: some other spelling (a variant, or a preferred form
    /// whose case it could differ in) is found inside it at word boundaries.
    /// </summary>
    private static bool Matters(CompiledGlossary glossary, string allowed)
    {
        var hits = new HitList();
        for (var i = 0; i < allowed.Length; i++)
        {
            if (!PhraseMatcher.IsWordStart(allowed, i))
                continue;
            hits.Clear();
            glossary.Matcher.MatchAt(allowed, i, hits);
            foreach (var hit in hits.AsSpan())
            {
                if (i == 0 && hit.End == allowed.Length)
                    continue;
                foreach (var id in glossary.Matcher.Ids(hit))
                {
                    var pattern = glossary.Patterns[id];
                    if (pattern.Role == SpellingRole.Variant || (pattern.Role == SpellingRole.Preferred && glossary.Entries[pattern.Entry].Kind.IsProperNoun()))
                        return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The romanization cross-check: for a person, place or term with a Korean or Chinese form, the
    /// preferred form (letters only, any case) should be a spelling the engines give for it; null when it is.
    /// </summary>
    internal static string? CrossCheck(GlossaryEntry entry)
    {
        if (entry.Irregular || entry.Kind is not (EntryKind.Person or EntryKind.Place or EntryKind.Term) || VariantGenerator.NativeOf(entry) is not { } native)
            return null;

        var kind = EntryRomanizations.KindOf(entry.Kind);
        var romanizer = Romanizers.For(native.Language);
        List<string> Spellings(string text) => romanizer.EnumerateSpellings(text, kind).Select(s => s.Text)
            .Concat(romanizer.Systems.Select(s => romanizer.Romanize(text, s, kind)))
            .ToList();
        var spellings = Spellings(native.Text);
        if (spellings.Count == 0)
            return null;

        if (kind == RomanizationKind.Name && native.Language == ScriptLanguage.Korean && Romanization.Korean.KoreanNameCheck.IsPlausible(native.Text, entry.En))
            return null;

        var wanted = Letters(VariantGenerator.WithoutGenericSuffix(entry.En));
        if (spellings.Any(s => Letters(s) == wanted) || (kind == RomanizationKind.Name && spellings.Any(s => Letters(s) == Letters(WesternToNative(entry.En)))))
            return null;

        // "Yeonpyeong Island" for 연평도: the name without its unit (places.tsv) in any system.
        if (kind == RomanizationKind.Place && native.Language == ScriptLanguage.Korean
            && Romanization.Korean.KoreanData.Instance.Places.WithoutUnit(native.Text.Trim()) is { } stem
            && Spellings(stem).Any(s => Letters(s) == wanted))
            return null;

        var language = native.Language == ScriptLanguage.Korean ? "Korean" : "Chinese";
        return GlossaryMessages.Format(GlossaryMessages.CrossCheck, entry.En, language, native.Text, string.Join(", ", spellings.Take(3)));
    }

    private static string Letters(string text) => new(TextFolding.FoldKey(text).Where(char.IsLetterOrDigit).ToArray());

    private static string WesternToNative(string en)
    {
        var words = en.Split(' ');
        return words.Length == 2 ? $"{words[1]} {words[0]}" : en;
    }
}
