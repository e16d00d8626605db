using Glossary.Model;

namespace Glossary.Loading;

/// <summary>A field of an entry as a reader found it: its text (null when written empty) and where it is written.</summary>
/// <param name="Value">The text, trimmed; null when the field is present but empty.</param>
/// <param name="Position">Where the value is written.</param>
/// <param name="Reported">The reader already reported the value (a wrong type): the builder adds nothing about it.</param>
internal readonly record struct EntryField(string? Value, SourcePosition Position, bool Reported = false);

/// <summary>
/// The one entry builder that every reader feeds (YAML, CSV, TBX): a reader turns its syntax into these
/// fields with their positions and reports what only its syntax can get wrong; <see cref="Build"/> checks
/// the rest the same way for all of them (missing <c>en</c>, kind, id, native script, an override without
/// an id) and makes the <see cref="EntryDraft"/> that <see cref="EntryValidator"/> checks across entries.
/// </summary>
/// <param name="position">Where the entry starts (reported for a missing field).</param>
internal sealed class EntryParts(SourcePosition position)
{
    private readonly List<(NativeLanguage Language, EntryField Text)> nativeForms = [];

    /// <summary>Where the entry starts.</summary>
    public SourcePosition Position { get; } = position;

    /// <summary>The preferred form; null when not written.</summary>
    public EntryField? En { get; set; }

    /// <summary>The kind name (<c>person</c>); null when not written.</summary>
    public EntryField? Kind { get; set; }

    /// <summary>The id; null when not written (the default id is derived from <see cref="En"/>).</summary>
    public EntryField? Id { get; set; }

    /// <summary>The id as the source spells it, for messages, when the reader normalized it (TBX drops a leading <c>_</c>).</summary>
    public string? IdAsWritten { get; set; }

    /// <summary>Allowed forms and variants, in the order written.</summary>
    public List<SpellingSite> Spellings { get; } = [];

    public string? Note { get; set; }

    public string? Source { get; set; }

    public DateOnly? Checked { get; set; }

    public Dictionary<string, string> Styles { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SourcePosition> StylePositions { get; } = new(StringComparer.Ordinal);

    public List<EntryTest> Tests { get; } = [];

    /// <summary>Terms that identify the referent (<c>context:</c>).</summary>
    public List<string> Context { get; } = [];

    /// <summary>Other names the referent goes by (<c>aka:</c>).</summary>
    public List<string> Aka { get; } = [];

    /// <summary>Spellings that need evidence in the document (<c>needs-evidence:</c>).</summary>
    public List<string> NeedsEvidence { get; } = [];

    public bool? Generate { get; set; }

    public bool Irregular { get; set; }

    public bool IsOverride { get; set; }

    public bool Disabled { get; set; }

    /// <summary>The keys written, so an override changes only those.</summary>
    public IReadOnlySet<string> GivenKeys { get; set; } = new HashSet<string>();

    /// <summary>The reader reported an error in this entry: it is checked as far as it can be, then left out.</summary>
    public bool Failed { get; set; }

    /// <summary>Whether a native form is already given for <paramref name="language"/>.</summary>
    public bool HasNative(NativeLanguage language) => nativeForms.Any(n => n.Language == language);

    /// <summary>Adds a native form; an empty text is ignored.</summary>
    public void AddNative(NativeLanguage language, string text, SourcePosition at)
    {
        if (text.Length > 0)
            nativeForms.Add((language, new EntryField(text, at)));
    }

    /// <summary>Checks the fields and makes the draft, or reports why not and returns null.</summary>
    public EntryDraft? Build(List<GlossaryDiagnostic> diagnostics)
    {
        var ok = !Failed;
        var en = En?.Value;
        if (string.IsNullOrWhiteSpace(en) && !IsOverride)
        {
            if (En is not { Reported: true })
                Error(diagnostics, GlossaryMessages.MissingEnId, En?.Position ?? Position, GlossaryMessages.MissingEn);
            ok = false;
        }

        var kind = EntryKind.Other;
        if (Kind is { Value: { } kindText } kindField && !GlossaryLoader.TryParseKind(kindText, out kind))
        {
            Error(diagnostics, GlossaryMessages.InvalidKindId, kindField.Position, GlossaryMessages.Format(GlossaryMessages.InvalidKind, kindText));
            ok = false;
        }

        var native = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, text) in nativeForms)
        {
            native[language.Tag] = text.Value!;
            if (!language.HasScript(text.Value!))
            {
                diagnostics.Add(new GlossaryDiagnostic(GlossaryMessages.NativeScriptId, DiagnosticSeverity.Warning,
                    GlossaryMessages.Format(GlossaryMessages.NativeScript, language.Tag, text.Value, language.ScriptName), text.Position));
            }
        }

        var id = Id?.Value;
        var idPosition = Id?.Position ?? Position;
        if (id is not null && !GlossaryLoader.IsValidId(id))
        {
            Error(diagnostics, GlossaryMessages.InvalidIdId, idPosition, GlossaryMessages.Format(GlossaryMessages.InvalidId, IdAsWritten ?? id));
            ok = false;
        }

        if (IsOverride && id is null)
        {
            Error(diagnostics, GlossaryMessages.OverrideWithoutIdId, Position, GlossaryMessages.OverrideWithoutId);
            ok = false;
        }

        if (!ok)
            return null;

        var sites = new List<SpellingSite>(Spellings.Count + 1);
        if (en is not null)
            sites.Add(new SpellingSite(en, SpellingRole.Preferred, En!.Value.Position));
        sites.AddRange(Spellings);
        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var site in sites)
            positions.TryAdd(site.Text, site.Position);

        var entry = new GlossaryEntry
        {
            Id = id ?? GlossaryLoader.DefaultId(en!),
            En = en ?? string.Empty,
            Kind = kind,
            Native = native,
            Variants = Texts(SpellingRole.Variant),
            Allow = Texts(SpellingRole.Allowed),
            Note = Note,
            Source = Source,
            Checked = Checked,
            Position = Position,
            Styles = Styles,
            Tests = Tests,
            Context = [.. Context],
            Aka = [.. Aka],
            NeedsEvidence = [.. NeedsEvidence],
            Generate = Generate,
            Irregular = Irregular,
            SpellingPositions = positions,
        };
        return new EntryDraft(entry, idPosition, sites)
        {
            IsOverride = IsOverride,
            Disabled = Disabled,
            StylePositions = StylePositions,
            GivenKeys = GivenKeys,
        };
    }

    private string[] Texts(SpellingRole role) =>
        Spellings.Where(s => s.Role == role).Select(s => s.Text).Distinct(StringComparer.Ordinal).ToArray();

    private static void Error(List<GlossaryDiagnostic> diagnostics, string id, SourcePosition position, string message) =>
        diagnostics.Add(new GlossaryDiagnostic(id, DiagnosticSeverity.Error, message, position));
}
