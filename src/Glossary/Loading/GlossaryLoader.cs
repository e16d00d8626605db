using System.Globalization;
using System.Text;
using Glossary.Loading;
using Glossary.Model;
using Glossary.Yaml;

namespace Glossary;

/// <summary>
/// The entries of one or more glossary files and every diagnostic found while reading them.
/// When <see cref="HasErrors"/> is true the entries are incomplete and must not be used.
/// </summary>
public sealed record GlossaryLoadResult(IReadOnlyList<GlossaryEntry> Entries, IReadOnlyList<GlossaryDiagnostic> Diagnostics)
{
    /// <summary>Entries that a later file overrode by id (<c>override: true</c>), in load order.</summary>
    internal IReadOnlyList<GlossaryOverride> Overrides { get; init; } = [];

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The entries, or a <see cref="GlossaryLoadException"/> carrying every diagnostic when there are errors.</summary>
    public IReadOnlyList<GlossaryEntry> EntriesOrThrow() => HasErrors ? throw new GlossaryLoadException(Diagnostics) : Entries;
}

/// <summary>An entry changed by a later one with the same id: <c>house.yaml:3:9 overrides bundled/ko-people.yaml:40:9</c>.</summary>
/// <param name="Id">The entry id.</param>
/// <param name="At">Where the override is written.</param>
/// <param name="Overridden">Where the overridden entry is defined.</param>
internal sealed record GlossaryOverride(string Id, SourcePosition At, SourcePosition Overridden);

/// <summary>
/// Reads glossary YAML (format v1) into <see cref="GlossaryEntry"/> records, reporting every problem
/// with its position in one pass: syntax errors, unknown or duplicate keys, wrong types, missing
/// <c>en</c>, duplicate ids, and spellings claimed by two entries.
/// </summary>
public static class GlossaryLoader
{
    /// <summary>The name that stands for the glossary bundled with this library, in paths lists and the CLI.</summary>
    public const string BundledName = "bundled";

    /// <summary>The name that stands for no glossary at all: only the rules that need none (<c>consistency</c>) run.</summary>
    public const string NoneName = "none";

    private const string BundledPrefix = "Glossary.Bundled.";

    private static readonly string[] EntryKeys =
        ["en", .. NativeLanguage.Tags, "kind", "variants", "allow", "id", "note", "source", "checked", "styles", "generate", "irregular", "tests", "override", "disabled", "context", "needs-evidence", "aka"];

    /// <summary>
    /// Loads files and folders in order (a folder: every <c>*.yaml</c>/<c>*.yml</c> in it, by name);
    /// <see cref="BundledName"/> stands for the bundled glossary. Ids must be unique across all of them.
    /// </summary>
    public static GlossaryLoadResult Load(IEnumerable<string> paths)
    {
        var diagnostics = new List<GlossaryDiagnostic>();
        var drafts = new List<EntryDraft>();
        foreach (var path in paths)
        {
            foreach (var (name, text) in ReadSources(path, diagnostics))
                ReadFile(text, name, drafts, diagnostics);
        }

        return Finish(drafts, diagnostics);
    }

    /// <summary>Loads the glossary bundled with this library (embedded in the assembly).</summary>
    public static GlossaryLoadResult LoadBundled() => Load([BundledName]);

    /// <summary>Loads one glossary from YAML text; <paramref name="path"/> names it in diagnostics.</summary>
    public static GlossaryLoadResult LoadText(string yaml, string path)
    {
        var diagnostics = new List<GlossaryDiagnostic>();
        var drafts = new List<EntryDraft>();
        ReadFile(yaml, path, drafts, diagnostics);
        return Finish(drafts, diagnostics);
    }

    /// <summary>Runs the checks that span entries and orders the diagnostics by position; shared with the exchange-format importers.</summary>
    internal static GlossaryLoadResult Finish(List<EntryDraft> drafts, List<GlossaryDiagnostic> diagnostics)
    {
        var overrides = new List<GlossaryOverride>();
        var entries = EntryValidator.Validate(drafts, diagnostics, overrides);
        return new GlossaryLoadResult(entries, DiagnosticOrder.ByPosition(diagnostics)) { Overrides = overrides };
    }

    private static IEnumerable<(string Name, string Text)> ReadSources(string path, List<GlossaryDiagnostic> diagnostics)
    {
        if (path == BundledName)
            return ReadBundled();
        if (path == NoneName)
            return [];

        try
        {
            if (Directory.Exists(path))
            {
                var files = FilesIn(path);
                if (files.Count == 0)
                    Unreadable(path, diagnostics, GlossaryMessages.NoEntriesId, GlossaryMessages.Format(GlossaryMessages.NoEntries, path));
                return files.Select(f => (f, ReadText(f))).ToList();
            }

            return [(path, ReadText(path))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            var reason = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
                DecoderFallbackException => "not valid UTF-8 text",
                _ => e.Message,
            };
            Unreadable(path, diagnostics, GlossaryMessages.UnreadableId, GlossaryMessages.Format(GlossaryMessages.Unreadable, reason));
            return [];
        }
    }

    /// <summary>
    /// The glossary files of a folder, in name order: regular <c>*.yaml</c>/<c>*.yml</c> files (symbolic links
    /// followed), never a FIFO, socket or device, which would block or never end.
    /// </summary>
    internal static List<string> FilesIn(string folder) => Directory.EnumerateFiles(folder)
        .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        .Where(TextFile.IsRegularFile)
        .Order(StringComparer.Ordinal)
        .ToList();

    private static string ReadText(string file)
    {
        // Bounded: /dev/zero or a growing file as a glossary ends with an error, not with all memory.
        var bytes = TextFile.ReadBytes(file, TextFile.DefaultMaxBytes);
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
    }

    private static IEnumerable<(string Name, string Text)> ReadBundled()
    {
        var assembly = typeof(GlossaryLoader).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(BundledPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            yield return ("bundled/" + resource[BundledPrefix.Length..], reader.ReadToEnd());
        }
    }

    private static void Unreadable(string path, List<GlossaryDiagnostic> diagnostics, string id, string message) =>
        diagnostics.Add(new GlossaryDiagnostic(id, DiagnosticSeverity.Error, message, new SourcePosition(path, 1, 1, 0)));

    private static void ReadFile(string text, string path, List<EntryDraft> drafts, List<GlossaryDiagnostic> diagnostics)
    {
        var root = YamlTreeReader.Read(text, path, diagnostics);
        if (root is null)
        {
            if (!diagnostics.Any(d => d.Position.Path == path))
                Error(diagnostics, GlossaryMessages.RootShapeId, new SourcePosition(path, 1, 1, 0), GlossaryMessages.RootShape);
            return;
        }

        if (root is not YamlMapping mapping)
        {
            Error(diagnostics, GlossaryMessages.RootShapeId, root.Position, GlossaryMessages.RootShape);
            return;
        }

        var keys = YamlMapping.UniqueKeys(mapping, ["entries"], diagnostics);
        if (!keys.TryGetValue("entries", out var entriesNode))
        {
            Error(diagnostics, GlossaryMessages.RootShapeId, mapping.Position, GlossaryMessages.RootShape);
            return;
        }

        if (entriesNode is YamlScalar { IsNull: true })
            return;
        if (entriesNode is not YamlSequence entries)
        {
            WrongType(diagnostics, "entries", "a list of entries", entriesNode);
            return;
        }

        foreach (var item in entries.Items)
        {
            if (item is not YamlMapping entryMap)
            {
                WrongType(diagnostics, "entries", "a list of mappings (one per entry)", item);
                continue;
            }

            if (ReadEntry(entryMap, diagnostics) is { } draft)
                drafts.Add(draft);
        }
    }

    private static EntryDraft? ReadEntry(YamlMapping map, List<GlossaryDiagnostic> diagnostics)
    {
        var keys = YamlMapping.UniqueKeys(map, EntryKeys, diagnostics);
        var parts = new EntryParts(map.Position) { GivenKeys = keys.Keys.ToHashSet(StringComparer.Ordinal) };

        // The field's text (null for a null scalar), or a wrong-type error; null when the key is absent.
        EntryField? Field(string key)
        {
            if (!keys.TryGetValue(key, out var node))
                return null;
            if (node is YamlScalar scalar)
                return new EntryField(scalar.IsNull ? null : scalar.Value.Trim(), node.Position);
            WrongType(diagnostics, key, "a string", node);
            parts.Failed = true;
            return new EntryField(null, node.Position, Reported: true);
        }

        string? Text(string key) => Field(key)?.Value;

        void List(string key, SpellingRole role)
        {
            if (!keys.TryGetValue(key, out var node) || node is YamlScalar { IsNull: true })
                return;
            if (node is not YamlSequence sequence)
            {
                WrongType(diagnostics, key, "a list of strings", node);
                parts.Failed = true;
                return;
            }

            foreach (var item in sequence.Items)
            {
                if (item is not YamlScalar scalar)
                {
                    WrongType(diagnostics, key, "a list of strings", item);
                    parts.Failed = true;
                }
                else if (scalar.IsNull || scalar.Value.Trim().Length == 0)
                {
                    Error(diagnostics, GlossaryMessages.EmptySpellingId, scalar.Position, GlossaryMessages.Format(GlossaryMessages.EmptySpelling, key));
                    parts.Failed = true;
                }
                else
                {
                    parts.Spellings.Add(new SpellingSite(scalar.Value.Trim(), role, scalar.Position));
                }
            }
        }

        // A list of non-empty strings, each once (a repeat is a positioned error like a repeated key).
        List<string> Strings(string key)
        {
            var values = new List<string>();
            if (!keys.TryGetValue(key, out var node) || node is YamlScalar { IsNull: true })
                return values;
            if (node is not YamlSequence sequence)
            {
                WrongType(diagnostics, key, "a list of strings", node);
                parts.Failed = true;
                return values;
            }

            var lines = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var item in sequence.Items)
            {
                if (item is not YamlScalar { IsNull: false } scalar || scalar.Value.Trim().Length == 0)
                {
                    WrongType(diagnostics, key, "a list of non-empty strings", item);
                    parts.Failed = true;
                }
                else if (lines.TryGetValue(scalar.Value.Trim(), out var first))
                {
                    Error(diagnostics, GlossaryMessages.DuplicateKeyId, scalar.Position, GlossaryMessages.Format(GlossaryMessages.DuplicateKey, $"{key}: {scalar.Value.Trim()}", first));
                    parts.Failed = true;
                }
                else
                {
                    lines[scalar.Value.Trim()] = scalar.Position.Line;
                    values.Add(scalar.Value.Trim());
                }
            }

            return values;
        }

        bool? Flag(string key)
        {
            if (Text(key) is not { } value)
                return null;
            if (value is "true" or "false")
                return value == "true";
            WrongType(diagnostics, key, "true or false", keys[key]);
            parts.Failed = true;
            return null;
        }

        parts.IsOverride = Flag("override") == true;
        parts.En = Field("en");
        parts.Kind = Field("kind");
        foreach (var language in NativeLanguage.All)
        {
            if (Field(language.Tag) is { Value: { } value } native)
                parts.AddNative(language, value, native.Position);
        }

        parts.Id = Field("id");
        parts.Note = Text("note");
        parts.Source = Text("source");
        if (Field("checked") is { Value: { } checkedText } checkedField)
        {
            if (TryParseDate(checkedText, out var day))
            {
                parts.Checked = day;
            }
            else
            {
                Error(diagnostics, GlossaryMessages.InvalidValueId, checkedField.Position,
                    GlossaryMessages.Format(GlossaryMessages.InvalidValue, "checked", "a date written YYYY-MM-DD", checkedText));
                parts.Failed = true;
            }
        }
        List("allow", SpellingRole.Allowed);
        List("variants", SpellingRole.Variant);
        parts.Context.AddRange(Strings("context"));
        parts.Aka.AddRange(Strings("aka"));
        parts.NeedsEvidence.AddRange(Strings("needs-evidence"));
        var ok = true;
        ReadStyles(keys, parts.Styles, parts.StylePositions, diagnostics, ref ok);
        parts.Tests.AddRange(ReadTests(keys, diagnostics, ref ok));
        parts.Generate = Flag("generate");
        parts.Irregular = Flag("irregular") == true;
        parts.Disabled = Flag("disabled") == true;
        parts.Failed |= !ok;
        return parts.Build(diagnostics);
    }

    private static void ReadStyles(Dictionary<string, YamlTreeNode> keys, Dictionary<string, string> styles, Dictionary<string, SourcePosition> positions, List<GlossaryDiagnostic> diagnostics, ref bool ok)
    {
        if (!keys.TryGetValue("styles", out var node) || node is YamlScalar { IsNull: true })
            return;
        if (node is not YamlMapping map)
        {
            WrongType(diagnostics, "styles", "a mapping of style name to preferred form", node);
            ok = false;
            return;
        }

        foreach (var (name, value) in map.Pairs)
        {
            if (value is not YamlScalar { IsNull: false } form || form.Value.Trim().Length == 0)
            {
                WrongType(diagnostics, $"styles.{name.Value}", "a preferred form", value);
                ok = false;
            }
            else if (!styles.TryAdd(name.Value, form.Value.Trim()))
            {
                Error(diagnostics, GlossaryMessages.DuplicateKeyId, name.Position, GlossaryMessages.Format(GlossaryMessages.DuplicateKey, name.Value, positions[name.Value].Line));
                ok = false;
            }
            else
            {
                positions[name.Value] = form.Position;
            }
        }
    }

    private static List<EntryTest> ReadTests(Dictionary<string, YamlTreeNode> keys, List<GlossaryDiagnostic> diagnostics, ref bool ok)
    {
        var tests = new List<EntryTest>();
        if (!keys.TryGetValue("tests", out var node) || node is YamlScalar { IsNull: true })
            return tests;
        if (node is not YamlSequence sequence)
        {
            WrongType(diagnostics, "tests", "a list of {flag, fix} or {pass} examples", node);
            ok = false;
            return tests;
        }

        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping example)
            {
                WrongType(diagnostics, "tests", "a list of {flag, fix} or {pass} examples", item);
                ok = false;
                continue;
            }

            var fields = YamlMapping.UniqueKeys(example, ["flag", "pass", "fix"], diagnostics);
            string? Field(string key) => fields.TryGetValue(key, out var v) && v is YamlScalar { IsNull: false } s ? s.Value : null;
            var flag = Field("flag");
            var pass = Field("pass");
            var fix = Field("fix");
            if ((flag is null) == (pass is null) || (fix is not null && flag is null) || fields.Values.Any(v => v is not YamlScalar))
            {
                Error(diagnostics, GlossaryMessages.BadTestId, example.Position, GlossaryMessages.BadTest);
                ok = false;
                continue;
            }

            tests.Add(new EntryTest(flag is not null, flag ?? pass!, fix, example.Position));
        }

        return tests;
    }

    /// <summary>The default id of an entry: kebab-case of its preferred spelling without diacritics: <c>"Xi'an"</c> → <c>"xi-an"</c>.</summary>
    internal static string DefaultId(string en)
    {
        var sb = new StringBuilder(en.Length);
        foreach (var c in en.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
                sb.Append(char.ToLowerInvariant(c));
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            else if (sb.Length > 0 && sb[^1] != '-')
                sb.Append('-');
        }

        var id = sb.ToString().Trim('-');
        return id.Length > 0 ? id : "entry-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(en)))[..8];
    }

    /// <summary>
    /// Parses a <c>checked:</c> date strictly: four-digit year, two-digit month and day, a real calendar day
    /// (<c>"2025-06-17"</c> → 17 June 2025; <c>"2025-6-17"</c>, <c>"2025-02-30"</c> and <c>"17.06.2025"</c> fail).
    /// </summary>
    internal static bool TryParseDate(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>Whether <paramref name="id"/> is a valid entry id: lower-case letters, digits and hyphens, starting with a letter or digit.</summary>
    internal static bool IsValidId(string id) =>
        id.Length > 0 && char.IsAsciiLetterOrDigit(id[0]) && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>A kind's name as written in YAML and in reports: <see cref="EntryKind.Person"/> → <c>"person"</c>.</summary>
    public static string KindName(EntryKind kind) => kind.ToName();

    /// <summary>Parses a kind name as written in YAML: <c>"person"</c> → <see cref="EntryKind.Person"/>.</summary>
    internal static bool TryParseKind(string text, out EntryKind kind)
    {
        foreach (var candidate in Enum.GetValues<EntryKind>())
        {
            if (candidate.ToName() == text)
            {
                kind = candidate;
                return true;
            }
        }

        kind = EntryKind.Other;
        return false;
    }

    private static void WrongType(List<GlossaryDiagnostic> diagnostics, string key, string expected, YamlTreeNode found) =>
        Error(diagnostics, GlossaryMessages.WrongTypeId, found.Position, GlossaryMessages.Format(GlossaryMessages.WrongType, key, expected, found.Describe()));

    private static void Error(List<GlossaryDiagnostic> diagnostics, string id, SourcePosition position, string message) =>
        diagnostics.Add(new GlossaryDiagnostic(id, DiagnosticSeverity.Error, message, position));
}
