using System.Collections.Frozen;
using System.Reflection;
using Glossary.Checking;
using Glossary.Documents;
using Glossary.Fixing;
using Glossary.Loading;
using Glossary.Matching;
using Glossary.Model;
using Glossary.Reading;
using Glossary.Variants;

namespace Glossary;

/// <summary>
/// A compiled glossary: finds non-preferred spellings in text, Markdown or HTML and fixes them.
/// Immutable and thread-safe; create once (with <see cref="GlossaryBuilder"/>) and reuse for every
/// document. Checking never throws for content and never touches YAML or the romanization engines.
/// </summary>
/// <remarks>
/// Matching semantics, in order: whole words only; case, separators (space/line break, hyphen/dash),
/// apostrophes and diacritics folded; leftmost-longest across all entries, where a span equal to
/// some entry's preferred or allowed form is protected and never reported; a proper noun's preferred
/// form in a different case is reported unless the match is ALL CAPS or all lower case.
/// </remarks>
public sealed class CompiledGlossary
{
    /// <summary>
    /// The id that findings of the <c>consistency</c> rule carry in <see cref="Finding.EntryId"/>: a name written two
    /// ways in a document, neither known to the glossary, with <see cref="Finding.Note"/> saying where the main spelling stands.
    /// </summary>
    public const string ConsistencyRule = Consistency.RuleId;

    /// <summary>How many passes <see cref="Fix(string, DocumentOptions, CancellationToken)"/> makes at most.</summary>
    public const int MaxFixPasses = 4;

    /// <summary>The resource that holds the bundled glossary compiled at build time.</summary>
    internal const string BundledResource = "Glossary.Compiled.bundled";

    private static readonly Lazy<CompiledGlossary> BundledInstance = new(LoadBundled);

    private readonly GlossaryEntry[] entries;
    private readonly Pattern[] patterns;
    private readonly PhraseMatcher matcher;
    private readonly Dictionary<string, GlossaryEntry> byId;
    private readonly Lazy<Dictionary<string, EntrySpellings>> spellings;
    private readonly NoEvidenceMessages noEvidence;

    /// <summary>The lower-case romanized syllables that continue a name across a hyphen (see <see cref="IsInsideLongerName"/>).</summary>
    internal FrozenSet<string> NameSyllables { get; init; } = FrozenSet<string>.Empty;

    internal CompiledGlossary(IReadOnlyList<GlossaryEntry> entries, Pattern[] patterns, PhraseMatcher matcher, IReadOnlyList<EntrySpellings> spellings)
        : this(entries, patterns, matcher, new Lazy<IReadOnlyList<EntrySpellings>>(spellings))
    {
    }

    internal CompiledGlossary(IReadOnlyList<GlossaryEntry> entries, Pattern[] patterns, PhraseMatcher matcher, Lazy<IReadOnlyList<EntrySpellings>> spellings)
    {
        this.entries = entries.ToArray();
        this.patterns = patterns;
        this.matcher = matcher;
        byId = this.entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        noEvidence = new NoEvidenceMessages(this.entries);
        this.spellings = new(() => spellings.Value.ToDictionary(s => s.EntryId, StringComparer.Ordinal));
    }

    /// <summary>
    /// The spellings generated for an entry, those in use first, then those dropped (each with
    /// <see cref="GeneratedSpelling.DroppedBecause"/>): for <c>lee-jae-myung</c>, "Lee Jae Myong" (customary
    /// spellings), "Yi Chae-myŏng" (McCune–Reischauer) …; empty for an unknown id.
    /// </summary>
    public IReadOnlyList<GeneratedSpelling> GeneratedSpellings(string entryId) =>
        SpellingsOf(entryId) is var s ? [.. s.Generated, .. s.Dropped] : [];

    /// <summary>The generated spellings of an entry, in use and dropped.</summary>
    internal EntrySpellings SpellingsOf(string entryId) =>
        spellings.Value.TryGetValue(entryId, out var s) ? s : new EntrySpellings(entryId, [], []);

    /// <summary>
    /// The entries that <paramref name="term"/> names: an id, a preferred, allowed, listed or generated
    /// spelling (compared as the matcher compares), or a native form (Hangul or Hanzi, as written in the entry); failing
    /// those, another name the entry goes by (<see cref="GlossaryEntry.Aka"/>: "William Lai", "Foxconn"); then a romanized name whose reading is an entry's native form (<see cref="Romanizer.ReadName"/>), so a spelling
    /// no one listed or generated is found too. Example: <c>Lookup("Yi Chae-myong")</c> → the entry <c>lee-jae-myung</c>.
    /// Then a person written with the surname spelled another way ("Cho Hee-de" → Jo Hee-de), or in Western order
    /// ("Bi-khim Hsiao" → Hsiao Bi-khim).
    /// Last, the entries whose preferred form or a variant begins or ends with the term's words ("John Lee" → John Lee
    /// Ka-chiu; a one-word term only when it names at most three entries).
    /// </summary>
    public IReadOnlyList<GlossaryEntry> Lookup(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        term = term.Trim();
        if (byId.TryGetValue(term, out var direct))
            return [direct];

        var found = new List<GlossaryEntry>();
        foreach (var entry in entries)
        {
            if (entry.Native.Values.Any(n => n == term))
                found.Add(entry);
        }

        // A Traditional form finds an entry written in Simplified characters, and the other way round.
        if (found.Count == 0 && Romanizers.DetectLanguage(term) == ScriptLanguage.Chinese)
        {
            var simplified = Romanization.Chinese.ChineseScript.ToSimplified(term);
            found.AddRange(entries.Where(e => e.Native.Values.Any(n => Romanization.Chinese.ChineseScript.ToSimplified(n) == simplified)));
        }

        BySpelling(term, found);

        // Another name the referent goes by (aka:), compared as words are folded (case, marks).
        if (found.Count == 0)
        {
            var folded = TextFolding.FoldKey(term);
            found.AddRange(entries.Where(e => e.Aka.Any(a => TextFolding.FoldKey(a) == folded)));
        }

        // A spelling nobody listed or generated still finds its entry through the name reader (#16 point 5).
        if (found.Count == 0)
            found.AddRange(EntryReadings.Of(entries).FindByReading(term));
        if (found.Count == 0)
            found.AddRange(ByOtherSurnameSpelling(term));
        if (found.Count == 0)
            found.AddRange(InWesternOrder(term));
        if (found.Count == 0)
            found.AddRange(ByWords(term));
        if (found.Count == 0)
            found.AddRange(ByInitials(term));
        return found;
    }

    /// <summary>
    /// Entries of kind organization or other whose preferred form's initials are the term, as news abbreviates them:
    /// "KCNA" for the Korean Central News Agency, "PBOC" or "PBC" for the People's Bank of China (with and without
    /// the small words).
    /// </summary>
    private List<GlossaryEntry> ByInitials(string term)
    {
        var found = new List<GlossaryEntry>();
        if (term.Length is < 2 or > 8 || !term.All(char.IsAsciiLetterUpper))
            return found;
        foreach (var entry in entries)
        {
            if (entry.Kind is not (EntryKind.Organization or EntryKind.Other))
                continue;
            var words = entry.En.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2)
                continue;
            var all = string.Concat(words.Select(w => char.ToUpperInvariant(w[0])));
            var capitalized = string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => w[0]));
            if (all == term || capitalized == term)
                found.Add(entry);
        }

        return found.Count > MaxOneWordMatches ? [] : found;
    }

    /// <summary>The entries one of whose spellings (preferred, allowed, listed or generated) is the whole term, into <paramref name="found"/>.</summary>
    private void BySpelling(string term, List<GlossaryEntry> found)
    {
        var hits = new HitList();
        if (term.Length > 0 && PhraseMatcher.IsWordStart(term, 0))
            matcher.MatchAt(term, 0, hits);
        foreach (var hit in hits.AsSpan())
        {
            if (hit.End != term.Length)
                continue;
            foreach (var id in matcher.Ids(hit))
            {
                var entry = entries[patterns[id].Entry];
                if (!found.Contains(entry))
                    found.Add(entry);
            }
        }
    }

    /// <summary>
    /// People named in Western order, the surname last ("Bi-khim Hsiao", "Jae-myung Lee"): the last word is moved to the
    /// front and looked up as a spelling.
    /// </summary>
    private List<GlossaryEntry> InWesternOrder(string term)
    {
        var found = new List<GlossaryEntry>();
        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4)
            return found;
        BySpelling(string.Join(' ', [words[^1], .. words[..^1]]), found);
        found.RemoveAll(e => e.Kind != EntryKind.Person);
        return found;
    }

    /// <summary>
    /// People whose preferred form or a variant is the term but for a surname written another way that reads the same
    /// ("Cho Hee-de" for Jo Hee-de, whose own given-name spelling no system writes, so the reader cannot read it): the
    /// given name must match word for word (folded), the surnames share a reading (조; pinyin cai for Tsai and Cai).
    /// </summary>
    private List<GlossaryEntry> ByOtherSurnameSpelling(string term)
    {
        var found = new List<GlossaryEntry>();
        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 2)
            return found;
        var surnames = SurnameReadings(words[0]);
        if (surnames.Count == 0)
            return found;
        var given = TextFolding.FoldKey(string.Join(' ', words[1..]));
        foreach (var entry in entries)
        {
            if (entry.Kind == EntryKind.Person && entry.Variants.Prepend(entry.En).Any(Matches))
                found.Add(entry);
        }

        return found;

        bool Matches(string form)
        {
            var formWords = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return formWords.Length == words.Length
                && TextFolding.FoldKey(string.Join(' ', formWords[1..])) == given
                && SurnameReadings(formWords[0]).Overlaps(surnames);
        }

        static HashSet<(NameLanguage, string)> SurnameReadings(string word) => [.. NameReadings.Surnames(word)];
    }

    /// <summary>The most entries a one-word term may find by <see cref="ByWords"/>: more and the word says nothing ("Lee", "Island").</summary>
    private const int MaxOneWordMatches = 3;

    /// <summary>
    /// Entries whose preferred form or a listed variant begins or ends with the term's words, as news writes a name
    /// short: "John Lee" for John Lee Ka-chiu, "Matsu" for the Matsu Islands. Words compare folded (case, marks).
    /// </summary>
    private List<GlossaryEntry> ByWords(string term)
    {
        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => TextFolding.FoldKey(w)).ToArray();
        var found = new List<GlossaryEntry>();
        if (words.Length == 0 || words.Any(w => w.Length == 0))
            return found;
        foreach (var entry in entries)
        {
            // One word of a person's name is a surname or a given-name syllable ("Un" of Kim Jong Un), not the person.
            if (words.Length == 1 && entry.Kind == EntryKind.Person)
                continue;
            if (Spells(entry.En) || entry.Variants.Any(Spells))
                found.Add(entry);
        }

        return words.Length == 1 && found.Count > MaxOneWordMatches ? [] : found;

        bool Spells(string form)
        {
            var formWords = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (formWords.Length <= words.Length)
                return false;
            var prefix = true;
            var suffix = true;
            for (var i = 0; i < words.Length && (prefix || suffix); i++)
            {
                prefix &= TextFolding.FoldKey(formWords[i]) == words[i];
                suffix &= TextFolding.FoldKey(formWords[formWords.Length - words.Length + i]) == words[i];
            }

            return prefix || suffix;
        }
    }

    internal IReadOnlyList<Pattern> Patterns => patterns;

    internal PhraseMatcher Matcher => matcher;

    /// <summary>
    /// The bundled glossary from the resource of the <c>Glossary.Bundle</c> assembly (its own assembly so that the
    /// library is compiled once: the bundle is made by a program that references the library). Never a fallback to
    /// the embedded YAML: that would put YAML and the romanization engines on the check path (seconds), so an
    /// application without the bundle fails loudly, naming the package to add.
    /// </summary>
    private static CompiledGlossary LoadBundled()
    {
        Assembly bundle;
        try
        {
            bundle = Assembly.Load(new AssemblyName(BundleAssembly));
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            throw new InvalidOperationException($"the bundled glossary is not part of this application: reference the package (or project) '{BundleAssembly}' ({e.Message})", e);
        }

        using var stream = bundle.GetManifestResourceStream(BundledResource)
            ?? throw new InvalidOperationException($"{BundleAssembly}.dll lacks the compiled bundled glossary (resource '{BundledResource}'); rebuild it");
        return Load(stream);
    }

    /// <summary>The assembly that carries the compiled bundled glossary.</summary>
    internal const string BundleAssembly = "Glossary.Bundle";

    private enum Verdict
    {
        None,
        VariantFinding,
        CaseFinding,
        Protected,
    }

    /// <summary>
    /// The glossary bundled with this library. It is compiled when the library is built and embedded,
    /// so using it loads neither YAML nor the romanization engines.
    /// </summary>
    public static CompiledGlossary Bundled => BundledInstance.Value;

    /// <summary>
    /// Writes this glossary in its compiled binary form (entries, spellings, the matcher's trie and a
    /// checksum), for <see cref="Load"/>: a CMS compiles once at deploy time and loads in milliseconds.
    /// </summary>
    public void Save(Stream stream) => CompiledGlossaryFormat.Write(this, stream);

    /// <summary>
    /// Loads and compiles glossary files once: <paramref name="sources"/> are YAML files, folders of them, or
    /// <see cref="GlossaryLoader.BundledName"/> (served precompiled); with a <see cref="CompileOptions.CacheFolder"/>
    /// the result is cached on disk, keyed by the files' content, the style and the library version, and a stale
    /// or corrupt cache file is rebuilt, never trusted:
    /// <c>CompiledGlossary.Compile(["house.yaml"], new CompileOptions { Style = "ap", CacheFolder = cache })</c>.
    /// </summary>
    /// <exception cref="GlossaryLoadException">The glossaries have errors; it carries every diagnostic, with its position.</exception>
    public static CompiledGlossary Compile(IReadOnlyList<string> sources, CompileOptions? options = null)
    {
        var result = GlossaryCompiler.Compile(sources, options);
        if (result.Glossary is not { } glossary)
            throw new GlossaryLoadException(result.Diagnostics);
        if (result.Diagnostics.Count > 0)
            glossary.Diagnostics = result.Diagnostics;
        return glossary;
    }

    /// <summary>
    /// What loading the glossary files reported without stopping <see cref="Compile"/> (warnings, information),
    /// positioned in the files; empty when the glossary came from the cache, the bundled build or a builder.
    /// </summary>
    public IReadOnlyList<GlossaryDiagnostic> Diagnostics { get; private set; } = [];

    /// <summary>Reads a glossary written by <see cref="Save"/> with the same library version.</summary>
    /// <exception cref="InvalidDataException">Not a compiled glossary, written by another version, or corrupt.</exception>
    public static CompiledGlossary Load(Stream stream) => CompiledGlossaryFormat.Read(stream);

    /// <summary>The entries, in load order.</summary>
    public IReadOnlyList<GlossaryEntry> Entries => entries;

    /// <summary>The entry with <paramref name="id"/>, if any.</summary>
    public bool TryGetEntry(string id, out GlossaryEntry entry) => byId.TryGetValue(id, out entry!);

    /// <summary>
    /// Finds every non-preferred spelling in plain <paramref name="text"/>, in text order, non-overlapping.
    /// Example: <c>"Yoon Suk-yeol’s term"</c> → one finding at 1:1, length 13, replacement <c>"Yoon Suk Yeol"</c>.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<Finding> Check(string text, CancellationToken cancellationToken = default) => Analyze(text, DocumentOptions.PlainText, cancellationToken).Findings;

    /// <summary>Finds every non-preferred spelling in a text, Markdown or HTML <paramref name="source"/>.</summary>
    public IReadOnlyList<Finding> Check(string source, DocumentOptions options, CancellationToken cancellationToken = default) =>
        Analyze(source, options, cancellationToken).Findings;

    /// <summary>
    /// Checks a document and also reports suppression comments that suppressed nothing. Positions are in
    /// <paramref name="source"/>; a finding that crosses markup is reported with <see cref="Finding.Fixable"/> false.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public CheckResult Analyze(string source, DocumentOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var document = ParsedDocument.Parse(source, options, cancellationToken);
        var scanned = ScanDocument(document, options, cancellationToken);
        var inconsistent = options.Consistency && scanned.Names.Count >= 2 ? Consistency.Decide(scanned.Names, entries, _ => options, scanned.Covered()) : [];
        return Analyze(document, options, scanned, inconsistent, null, cancellationToken);
    }

    /// <summary>
    /// What one scan of a document's prose found: the spans the glossary reports, the spans of its preferred and allowed
    /// forms, and the names the name rules read (consistency, house format), read once for both.
    /// </summary>
    private sealed record Scanned(List<FoundSpan> Raw, List<FoundSpan> Protected, List<Consistency.Occurrence> Names)
    {
        /// <summary>Whether the span [start, end) overlaps one the glossary reports or protects: the glossary's, then.</summary>
        public bool Taken(int start, int end) => Overlaps(Raw, start, end) || Overlaps(Protected, start, end);

        /// <summary>Per name, whether it lies on the glossary's spans (<see cref="Taken"/>).</summary>
        public bool[] Covered()
        {
            var covered = new bool[Names.Count];
            for (var i = 0; i < covered.Length; i++)
                covered[i] = Taken(Names[i].Start, Names[i].End);
            return covered;
        }
    }

    /// <summary>
    /// How many spans the glossary must find in a document before its names on them are put off: in a short document
    /// the bookkeeping costs about what the reads it saves do (402 one-sentence documents: the rule costs 59–65 % of
    /// their check time putting names off, 51–57 % reading them), in a long one the reads saved win (1 MB of prose:
    /// 8–17 % against 19–23 %; <c>names-profile cost</c>, 2026-12-04).
    /// </summary>
    private const int PutOffFrom = 16;

    /// <summary>The glossary's spans in a document's prose, and its names when a name rule is on.</summary>
    /// <remarks>
    /// Alone, a document's names on the glossary's spans are read only when a name off them may join them
    /// (<see cref="Consistency.Find(string, List{FoundSpan}, List{FoundSpan}, CancellationToken)"/>); checked with others
    /// (<paramref name="alone"/> false), every name is read, since it may join a name in another document.
    /// </remarks>
    private Scanned ScanDocument(ParsedDocument document, DocumentOptions options, CancellationToken cancellationToken, bool alone = true)
    {
        var protectedSpans = new List<FoundSpan>();
        var raw = Scan(document.Prose, protectedSpans, cancellationToken);
        HouseNames.Validate(options);
        if (!options.Consistency && !HouseNames.Applies(options))
            return new Scanned(raw, protectedSpans, []);
        var names = alone && raw.Count + protectedSpans.Count >= PutOffFrom
            ? Consistency.Find(document.Prose, raw, protectedSpans, cancellationToken)
            : Consistency.Find(document.Prose, cancellationToken);
        return new Scanned(raw, protectedSpans, names);
    }

    /// <summary>
    /// Checks documents together, as a site or a book: the <c>consistency</c> rule compares the names of all of them,
    /// so a name written one way in one file and another way in the next is a warning toward the main spelling of the
    /// whole set (its note names the file: <c>also written 'Lee Jae-myung' at b.md:3:1</c>). Results are in the order
    /// of <paramref name="documents"/>; every document is held in memory until all are checked.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<CheckResult> AnalyzeTogether(IReadOnlyList<(string Name, string Source, DocumentOptions Options)> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var parsed = documents.Select(d => ParsedDocument.Parse(d.Source, d.Options, cancellationToken)).ToArray();
        var scanned = new Scanned[parsed.Length];
        var occurrences = new List<Consistency.Occurrence>();
        var covered = new List<bool>();
        for (var i = 0; i < parsed.Length; i++)
        {
            scanned[i] = ScanDocument(parsed[i], documents[i].Options, cancellationToken, alone: false);
            if (documents[i].Options.Consistency)
            {
                var document = i;
                occurrences.AddRange(scanned[i].Names.Select(o => o with { Document = document }));
                covered.AddRange(scanned[i].Covered());
            }
        }

        var decisions = Consistency.Decide(occurrences, entries, i => documents[i].Options, [.. covered]);
        var lines = new LineIndex?[parsed.Length];
        string? Where(Consistency.Decision decision)
        {
            if (decision.MainAt is not { } at)
                return null;
            var index = lines[at.Document] ??= new LineIndex(parsed[at.Document].Source);
            var (line, column) = index.Locate(parsed[at.Document].ToSource(at.Start, at.End).Start);
            return at.Document == decision.Found.Document ? $"{line}:{column}" : $"{documents[at.Document].Name}:{line}:{column}";
        }

        var results = new CheckResult[parsed.Length];
        for (var i = 0; i < parsed.Length; i++)
        {
            var own = decisions.Where(d => d.Found.Document == i).ToList();
            results[i] = Analyze(parsed[i], documents[i].Options, scanned[i], own, Where, cancellationToken);
        }

        return results;
    }

    /// <remarks><paramref name="inconsistent"/> holds only names off the glossary's spans (<see cref="Consistency.Decide"/>).</remarks>
    private CheckResult Analyze(ParsedDocument document, DocumentOptions options, Scanned scanned, List<Consistency.Decision> inconsistent, Func<Consistency.Decision, string?>? mainWhere, CancellationToken cancellationToken)
    {
        var (raw, protectedSpans) = (scanned.Raw, scanned.Protected);
        var house = HouseNames.Applies(options) ? HouseNames.Find(scanned.Names, options, () => EntryReadings.Of(entries), scanned.Taken) : [];
        if (raw.Count == 0 && house.Count == 0 && inconsistent.Count == 0 && document.Directives.Count == 0 && document.FrontMatterDirectives.Count == 0)
            return new CheckResult([], []);

        var lines = new LineIndex(document.Source);
        var referents = new Referents(entries, document, raw, protectedSpans, lines, noEvidence);
        var findings = new List<Finding>(raw.Count);
        foreach (var span in raw)
        {
            if (referents.IsMention(span))
                continue;
            string? evidence = null;
            var level = DiagnosticSeverity.Warning;
            if (span.Pattern.NeedsEvidence)
            {
                evidence = referents.Evidence(span.Pattern, out var found);
                level = found ? DiagnosticSeverity.Warning : DiagnosticSeverity.Suggestion;
            }

            findings.Add(MakeFinding(document, span, lines, evidence, level));
        }
        AddConsistency(document, inconsistent, findings, lines, mainWhere);
        AddHouseNames(document, house, findings, lines);
        var result = SuppressionFilter.Apply(document, findings, lines, id => byId.ContainsKey(id) || id == ConsistencyRule || id == HouseNames.Rule);
        if (document.DegradedReason is not { } reason)
            return result;
        var (line, column) = lines.Locate(document.DegradedAt);
        return result with { Warnings = [SuppressionFilter.Warning(GlossaryMessages.DegradedDocumentId, reason, line, column, document.DegradedAt), .. result.Warnings] };
    }

    /// <summary>
    /// Replaces every finding of <see cref="Check(string, CancellationToken)"/> in plain text in one pass. Possessives and
    /// line breaks inside a match are kept, an ALL-CAPS match gets an ALL-CAPS replacement, and fixing
    /// twice changes nothing more: <c>Fix("Yoon Suk-yeol’s")</c> → <c>"Yoon Suk Yeol’s"</c>.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public FixResult Fix(string text, CancellationToken cancellationToken = default) => Fix(text, DocumentOptions.PlainText, cancellationToken);

    /// <summary>
    /// Fixes a text, Markdown or HTML document: only the matched spans change, markup is never touched,
    /// and findings that cross markup are left alone (listed in <see cref="FixResult.NotFixed"/>).
    /// </summary>
    /// <remarks>
    /// <see cref="FixResult.Applied"/> holds the findings of the first pass, positioned in the original text.
    /// Rarely a replacement joins its neighbours into a longer spelling that has a finding of its own
    /// ("Sun Yat Sen UNIVERSITY" → "Sun Yat-sen UNIVERSITY", a case error in "Sun Yat-sen University");
    /// such follow-up findings are fixed by further passes (at most <see cref="MaxFixPasses"/>), so that
    /// the returned text checks clean of fixable findings.
    /// </remarks>
    public FixResult Fix(string source, DocumentOptions options, CancellationToken cancellationToken = default)
    {
        var passes = FixPasses(source, options, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var first = passes[0].Findings;
        Func<string, string>? escape = options.Format == DocumentFormat.Html ? TextEdits.EscapeHtml : null;
        var edits = TextEdits.From(first.Where(f => Applies(f, options)).ToList(), escape);
        foreach (var pass in passes.Skip(1))
            edits = TextEdits.Compose(pass.Input, edits, TextEdits.From(pass.Findings.Where(f => Applies(f, options)).ToList(), escape));
        return new FixResult(passes[^1].Output, first.Where(f => Applies(f, options)).ToList())
        {
            NotFixed = first.Where(f => !f.Fixable && IsWanted(f, options)).ToList(),
            Edits = edits,
        };
    }

    /// <summary>Each fix pass: its input, the findings in that input, and its output; the first pass always runs.</summary>
    internal List<(string Input, IReadOnlyList<Finding> Findings, string Output)> FixPasses(string text, DocumentOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= DocumentOptions.PlainText;
        var passes = new List<(string, IReadOnlyList<Finding>, string)>();
        var input = text;
        do
        {
            // Every pass, not only the first, reads and scans the whole document: each one is a point to stop.
            cancellationToken.ThrowIfCancellationRequested();
            var findings = Analyze(input, options, cancellationToken).Findings;
            var fixable = findings.Where(f => Applies(f, options)).ToList();
            var output = TextEdits.Apply(input, fixable, options.Format == DocumentFormat.Html ? TextEdits.EscapeHtml : null);
            passes.Add((input, findings, output));
            if (fixable.Count == 0)
                break;
            input = output;
        }
        while (passes.Count < MaxFixPasses);

        return passes;
    }

    /// <summary>Whether a fix writes <paramref name="finding"/>: a fixable warning, or a fixable suggestion when asked for.</summary>
    private static bool Applies(Finding finding, DocumentOptions options) => finding.Fixable && IsWanted(finding, options);

    private static bool IsWanted(Finding finding, DocumentOptions options) =>
        finding.Level != DiagnosticSeverity.Suggestion || options.IncludeSuggestions;

    /// <summary>A span to report and the pattern that decided it (a class: see <see cref="HitList"/>).</summary>
    internal sealed record FoundSpan(int Start, int End, Pattern Pattern);

    /// <summary>
    /// Leftmost-longest scan of the prose: the spans to report, each with the pattern that decided it; the spans of
    /// preferred and allowed forms go to <paramref name="protectedSpans"/> (evidence and mentions need them).
    /// </summary>
    private List<FoundSpan> Scan(string text, List<FoundSpan> protectedSpans, CancellationToken cancellationToken)
    {
        var found = new List<FoundSpan>();
        var hits = new HitList();
        var i = 0;
        var nextPoll = 0;
        while (i < text.Length)
        {
            if (i >= nextPoll)
            {
                cancellationToken.ThrowIfCancellationRequested();
                nextPoll = i + (1 << 16);
            }

            // Skip to a word where a spelling may start; a slice at a time, so that cancellation is polled.
            i = matcher.NextCandidate(text, i, Math.Min(text.Length, nextPoll), out var next);
            if (next < 0)
                continue;

            hits.Clear();
            matcher.MatchAt(text, i, hits);
            for (var h = hits.Count - 1; h >= 0; h--)
            {
                var verdict = Decide(text, i, hits[h], out var pattern);
                if (verdict == Verdict.None || IsInsideLongerName(text, i, hits[h].End, entries[pattern!.Entry].Kind))
                    continue;
                // A listed old spelling of a place inside a name that keeps it ("the Treaty of Nanking"); generated spellings
                // are the systems' forms, never the name of a treaty or a brand ("Ch'ing-tao beer" is still Qingdao).
                if (verdict == Verdict.VariantFinding && !pattern.Generated && entries[pattern.Entry].Kind == EntryKind.Place && HistoricalNames.Contains(text, i, hits[h].End))
                {
                    next = hits[h].End;
                    break;
                }

                if (verdict != Verdict.Protected)
                    found.Add(new FoundSpan(i, hits[h].End, pattern));
                else
                    protectedSpans.Add(new FoundSpan(i, hits[h].End, pattern));
                next = hits[h].End;
                break;
            }

            i = next;
        }

        return found;
    }

    private Verdict Decide(string text, int start, MatchHit hit, out Pattern? bestPattern)
    {
        var best = Verdict.None;
        bestPattern = null;
        var segment = text.AsSpan(start, hit.End - start);
        foreach (var id in matcher.Ids(hit))
        {
            var pattern = patterns[id];
            var verdict = Judge(pattern, segment);
            if (verdict > best)
            {
                best = verdict;
                bestPattern = pattern;
            }
        }

        return best;
    }

    private Verdict Judge(Pattern pattern, ReadOnlySpan<char> segment)
    {
        // A generated spelling of a name in lower case is a user name, a path or an identifier ("(shenchen)" in a
        // changelog), not the name: writers capitalize names. Listed variants match in any case.
        if (pattern.Role == SpellingRole.Variant)
            return pattern.Generated && LetterCase.IsAllLower(segment) && entries[pattern.Entry].Kind.IsProperNoun() ? Verdict.None : Verdict.VariantFinding;

        // Preferred and allowed forms are never folded: "Zürich" protects "Zürich", not "Zurich". The
        // preferred form in other diacritics ("Xí Jìnpíng" for Xi Jinping) is a spelling to fix.
        if ((pattern.HasDiacritics || !System.Text.Ascii.IsValid(segment)) && TextFolding.StrictKey(segment) != pattern.StrictKey)
            return pattern.Role == SpellingRole.Preferred ? Verdict.VariantFinding : Verdict.None;
        if (pattern.Role == SpellingRole.Allowed || !entries[pattern.Entry].Kind.IsProperNoun())
            return Verdict.Protected;
        if (TextFolding.CaseKey(segment) == pattern.CaseKey || LetterCase.IsAllUpper(segment) || LetterCase.IsAllLower(segment))
            return Verdict.Protected;
        return DiffersInGenericWordsOnly(segment, pattern.Spelling) ? Verdict.Protected : Verdict.CaseFinding;
    }

    /// <summary>
    /// Whether <paramref name="segment"/> differs from <paramref name="spelling"/> (in case only) in generic words alone:
    /// "the Han river", "the Joseon dynasty" (AP and many houses lower-case them); "han River" still differs in the name.
    /// Regression: issue #13 point 3.
    /// </summary>
    private static bool DiffersInGenericWordsOnly(ReadOnlySpan<char> segment, string spelling)
    {
        var found = segment.ToString().Split([' ', '\t', '\r', '\n', '-'], StringSplitOptions.RemoveEmptyEntries);
        var preferred = spelling.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (found.Length != preferred.Length)
            return false;
        var generic = false;
        for (var w = 0; w < found.Length; w++)
        {
            if (string.Equals(found[w], preferred[w], StringComparison.Ordinal))
                continue;
            if (!VariantGenerator.IsGenericWord(preferred[w]))
                return false;
            generic = true;
        }

        return generic;
    }

    /// <summary>
    /// Whether a person's, place's or term's spelling at [<paramref name="start"/>, <paramref name="end"/>) is only part of a
    /// longer hyphenated name: a hyphen and a romanized syllable continue it ("Li Chiang-lin") or precede it. A hyphen
    /// and an English word end a name ("the Lee Jae-myong-led government"). Regression: issue #13 point 2.
    /// </summary>
    private bool IsInsideLongerName(string text, int start, int end, EntryKind kind)
    {
        if (kind is not (EntryKind.Person or EntryKind.Place or EntryKind.Term))
            return false;
        if (end + 1 < text.Length && IsHyphen(text[end]) && char.IsLetter(text[end + 1]))
        {
            var wordEnd = end + 1;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
                wordEnd++;
            if (IsNameSyllable(text.AsSpan(end + 1, wordEnd - end - 1)))
                return true;
        }

        // A one-word hyphenated spelling after a name syllable is a given name: "Tsai Chi-lin" (not Chi-lin, Jilin),
        // "Li Hung-wu" (not the Hongwu emperor), "Chen Ching-ming" (not the Qingming festival).
        if (start >= 2 && text[start - 1] == ' ' && char.IsLetter(text[start - 2]) && text.AsSpan(start, end - start).ContainsAny('-', '\u2010') && !text.AsSpan(start, end - start).Contains(' '))
        {
            var wordStart = start - 1;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
                wordStart--;
            if (char.IsUpper(text[wordStart]) && IsNameSyllable(text.AsSpan(wordStart, start - 1 - wordStart)))
                return true;
        }

        if (start >= 2 && IsHyphen(text[start - 1]) && char.IsLetter(text[start - 2]))
        {
            var wordStart = start - 1;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
                wordStart--;
            if (IsNameSyllable(text.AsSpan(wordStart, start - 1 - wordStart)))
                return true;
        }

        return false;
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private bool IsNameSyllable(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 16 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return NameSyllables.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    /// <summary>The house-format suggestions (#16 point 3), in text order with the others.</summary>
    private static void AddHouseNames(ParsedDocument document, List<HouseNames.Suggestion> house, List<Finding> findings, LineIndex lines)
    {
        if (house.Count == 0)
            return;
        foreach (var s in house)
        {
            // A name the document writes two ways gets the consistency warning there, not a second finding.
            var (start, end) = document.ToSource(s.Start, s.End);
            if (findings.Any(f => f.Offset < end && start < f.Offset + f.Length))
                continue;
            findings.Add(Positioned(document, s.Start, s.End, lines, HouseNames.Rule, s.Replacement, properNoun: true) with
            {
                Kind = EntryKind.Person,
                Level = DiagnosticSeverity.Suggestion,
                Reason = s.Reason,
            });
        }

        findings.Sort((a, b) => a.Offset.CompareTo(b.Offset));
    }

    /// <summary>
    /// The findings of the <c>consistency</c> rule, in text order with the others. A span the glossary reports or
    /// protects is the glossary's: its finding wins, and <see cref="Consistency.Decide"/> leaves such spans out.
    /// </summary>
    private static void AddConsistency(ParsedDocument document, List<Consistency.Decision> decisions, List<Finding> findings, LineIndex lines, Func<Consistency.Decision, string?>? mainWhere)
    {
        if (decisions.Count == 0)
            return;
        foreach (var decision in decisions)
            findings.Add(ConsistencyFinding(document, decision, lines, mainWhere?.Invoke(decision)));
        findings.Sort((a, b) => a.Offset.CompareTo(b.Offset));
    }

    /// <summary>
    /// Whether a span of <paramref name="spans"/> (in text order, apart, as the scan finds them) overlaps [start, end): a
    /// binary search, since a document with many names has many of both.
    /// </summary>
    private static bool Overlaps(List<FoundSpan> spans, int start, int end)
    {
        int low = 0, high = spans.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (spans[middle].End <= start)
                low = middle + 1;
            else
                high = middle;
        }

        return low < spans.Count && spans[low].Start < end;
    }

    /// <summary>A <c>consistency</c> warning: <c>'Lee Jae-myong' → 'Lee Jae-myung'</c>, noting where the main spelling stands.</summary>
    internal static Finding ConsistencyFinding(ParsedDocument document, Consistency.Decision decision, LineIndex lines, string? mainWhere = null)
    {
        if (mainWhere is null && decision.MainAt is { } at)
        {
            var (mainLine, mainColumn) = lines.Locate(document.ToSource(at.Start, at.End).Start);
            mainWhere = $"{mainLine}:{mainColumn}";
        }

        var reading = decision.Found.Reading;
        return Positioned(document, decision.Found.Start, decision.Found.End, lines, ConsistencyRule, decision.Main, properNoun: true) with
        {
            Kind = EntryKind.Person,
            Note = mainWhere is null ? $"the glossary's preferred form is '{decision.Main}'" : $"also written '{decision.Main}' at {mainWhere}",
            Reason = $"'{decision.Found.Text}' and '{decision.Main}' read as the same name, {reading.Native} ({reading.System})"
                + (decision.Entry is { } entry ? $", the glossary entry {entry.Id}" : string.Empty),
        };
    }

    /// <summary>The finding of a glossary spelling, made in one piece (thousands per document: no copies with <c>with</c>).</summary>
    private Finding MakeFinding(ParsedDocument document, FoundSpan span, LineIndex lines, string? evidence, DiagnosticSeverity level)
    {
        var entry = entries[span.Pattern.Entry];
        return Positioned(document, span.Start, span.End, lines, entry.Id, entry.En, entry.Kind.IsProperNoun(),
            new FindingDetails(span.Pattern.Spelling, entry.Kind, entry.Note, Referents.ReasonOf(span.Pattern), evidence, level));
    }

    /// <summary>What a finding says beyond where it stands: the spelling matched (the found text when null), and the rest.</summary>
    private readonly record struct FindingDetails(string? Spelling, EntryKind Kind, string? Note, string? Reason, string? Evidence, DiagnosticSeverity Level);

    /// <summary>Where a finding stands in the source: offset, length, first line and column, last line and column after, whether a fix may write it.</summary>
    private readonly record struct SourceSpan(int Offset, int Length, int Line, int Column, int EndLine, int EndColumn, bool Fixable);

    /// <summary>
    /// A finding on the prose span [<paramref name="start"/>, <paramref name="end"/>), positioned in the source, with the
    /// replacement <paramref name="preferred"/> written in the found text's case and over its own line breaks. Every rule
    /// (glossary, consistency, house format) makes its findings here.
    /// </summary>
    private static Finding Positioned(ParsedDocument document, int start, int end, LineIndex lines, string entryId, string preferred, bool properNoun, FindingDetails details = default)
    {
        var (found, replacement, at) = Locate(document, start, end, lines, preferred, properNoun);
        return new Finding
        {
            EntryId = entryId,
            Found = found,
            Replacement = replacement,
            Spelling = details.Spelling ?? found,
            Kind = details.Kind,
            Note = details.Note,
            Offset = at.Offset,
            Length = at.Length,
            Line = at.Line,
            Column = at.Column,
            EndLine = at.EndLine,
            EndColumn = at.EndColumn,
            Fixable = at.Fixable,
            Reason = details.Reason,
            Evidence = details.Evidence,
            Level = details.Level, // default: Warning (0)
        };
    }

    /// <summary>The found text, its replacement and where it stands in the source: what every finding needs (see <see cref="Positioned"/>).</summary>
    private static (string Found, string Replacement, SourceSpan At) Locate(ParsedDocument document, int start, int end, LineIndex lines, string preferred, bool properNoun)
    {
        var found = document.Prose[start..end];
        var (sourceStart, sourceEnd) = document.ToSource(start, end);
        var (line, column) = lines.Locate(sourceStart);
        var (endLine, endColumn) = lines.Locate(sourceEnd - 1);
        var fixable = document.IsFixable(start, end);

        // A fix writes over the source span, so it keeps the source's own line breaks (CRLF, indentation).
        var model = fixable && document.Projection is not null ? document.Source[sourceStart..sourceEnd] : found;
        return (found, TextEdits.Replacement(model, preferred, properNoun), new SourceSpan(sourceStart, sourceEnd - sourceStart, line, column, endLine, endColumn + 1, fixable));
    }
}
