using System.Xml;
using System.Xml.Linq;
using Glossary.Loading;
using Glossary.Model;

namespace Glossary.Exchange;

/// <summary>
/// Reads TBX into entries: TBX v3 (<c>tbx/text/body/conceptEntry/langSec/termSec/term</c>, any dialect,
/// DCA style) and the 2008 layout still written by many CAT tools
/// (<c>martif/text/body/termEntry/langSet/tig/term</c>, also <c>ntig/termGrp/term</c>). Elements are matched
/// by local name, so the namespace does not matter. DTDs are refused, and so is nesting deeper than 256
/// elements (GLS108); a file without a concept is an error (GLS109), never an empty glossary.
/// </summary>
/// <remarks>
/// <para>Mapping (the inverse of <see cref="TbxExport"/>): in the English language section (<c>en</c> or
/// <c>en-*</c>), the first term whose <c>administrativeStatus</c> is preferred becomes <c>en</c> (without
/// one, the first term without a status); deprecated, superseded, TBX-Min <c>notRecommended</c> and
/// <c>obsolete</c> terms become variants; admitted terms, terms without a status and further preferred
/// terms become allowed spellings. An unknown status is a warning (GLS104) and the term is read as admitted,
/// so an import never makes the checker rewrite a spelling it was not told to.</para>
/// <para>Native forms: <c>ko</c>; <c>zh</c>, <c>zh-Hans</c>, <c>zh-CN</c>, <c>zh-SG</c> → <c>zh</c> (a second
/// term there → <c>zh-Hans</c>); <c>zh-Hant</c>, <c>zh-TW</c>, <c>zh-HK</c>, <c>zh-MO</c> → <c>zh-Hant</c>;
/// <c>ja</c>. Other languages are skipped with a warning (GLS105).</para>
/// <para>Concept data: the id (a leading <c>_</c> added for XML is removed; an id that is not a glossary
/// id is an error), <c>descrip type="subjectField"</c> naming a kind (other subject fields are ignored),
/// every <c>note</c> directly under the concept (joined by a line break), and the first source found
/// anywhere in the concept: <c>admin type="source"</c>, <c>descrip type="source"</c> or
/// <c>xref type="externalCrossReference"</c> (its <c>target</c>, else its text).</para>
/// </remarks>
internal static class TbxImport
{
    /// <summary>Reads TBX text; <paramref name="path"/> names it in diagnostics (<c>path:line:col</c>).</summary>
    public static GlossaryLoadResult Read(string text, string path)
    {
        var diagnostics = new List<GlossaryDiagnostic>();
        var drafts = new List<EntryDraft>();
        var lines = new LineIndex(text);
        XDocument document;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            if (TooDeep(text, settings) is { } deep)
            {
                Add(diagnostics, ExchangeMessages.TooDeepId, DiagnosticSeverity.Error, lines.Position(path, deep.Line, deep.Column),
                    ExchangeMessages.Format(ExchangeMessages.TooDeep, MaxDepth));
                return GlossaryLoader.Finish(drafts, diagnostics);
            }

            using var reader = XmlReader.Create(new StringReader(text), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            // A refused DTD comes without a position, and with advice meant for the programmer: point at the DOCTYPE.
            var doctype = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
            if (e.LineNumber == 0 && doctype >= 0)
                Add(diagnostics, ExchangeMessages.DtdRefusedId, DiagnosticSeverity.Error, lines.Position(path, doctype), ExchangeMessages.DtdRefused);
            else
                Add(diagnostics, ExchangeMessages.XmlSyntaxId, DiagnosticSeverity.Error, lines.Position(path, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition)), ExchangeMessages.Format(ExchangeMessages.XmlSyntax, e.Message));
            return GlossaryLoader.Finish(drafts, diagnostics);
        }

        var root = document.Root!;
        if (root.Name.LocalName is not ("tbx" or "martif"))
        {
            Add(diagnostics, ExchangeMessages.TbxRootId, DiagnosticSeverity.Error, lines.Position(path, root),
                ExchangeMessages.Format(ExchangeMessages.TbxRoot, root.Name.LocalName));
            return GlossaryLoader.Finish(drafts, diagnostics);
        }

        var concepts = Children(root, "text").SelectMany(t => Children(t, "body")).SelectMany(b => b.Elements())
            .Where(e => e.Name.LocalName is "conceptEntry" or "termEntry");
        var found = false;
        foreach (var concept in concepts)
        {
            found = true;
            if (ReadConcept(concept, path, lines, diagnostics) is { } draft)
                drafts.Add(draft);
        }

        // An import that finds nothing says so: a TBX of another shape would otherwise become an empty glossary, silently.
        if (!found)
        {
            var body = Children(root, "text").SelectMany(t => Children(t, "body")).FirstOrDefault();
            Add(diagnostics, ExchangeMessages.NothingToImportId, DiagnosticSeverity.Error, lines.Position(path, body ?? root),
                ExchangeMessages.Format(ExchangeMessages.NothingToImport, ExchangeMessages.TbxNoConcepts));
        }

        return GlossaryLoader.Finish(drafts, diagnostics);
    }

    /// <summary>TBX nests about ten elements deep; deeper nesting is refused before a tree is built for it.</summary>
    private const int MaxDepth = 256;

    /// <summary>Where the first element deeper than <see cref="MaxDepth"/> starts, or null; one streaming pass.</summary>
    private static (int Line, int Column)? TooDeep(string text, XmlReaderSettings settings)
    {
        using var reader = XmlReader.Create(new StringReader(text), settings);
        var info = (IXmlLineInfo)reader;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth >= MaxDepth)
                return (info.LineNumber, info.LinePosition);
        }

        return null;
    }

    private sealed record Term(string Text, string? Status, XElement Element);

    private static EntryDraft? ReadConcept(XElement concept, string path, LineIndex lines, List<GlossaryDiagnostic> diagnostics)
    {
        var at = lines.Position(path, concept);
        var rawId = (string?)concept.Attribute("id");
        var parts = new EntryParts(at);
        var english = new List<Term>();
        foreach (var langSec in concept.Elements().Where(e => e.Name.LocalName is "langSec" or "langSet"))
        {
            var lang = (string?)langSec.Attribute(XNamespace.Xml + "lang") ?? string.Empty;
            var terms = Terms(langSec).ToList();
            if (IsLanguage(lang, "en"))
            {
                english.AddRange(terms);
                continue;
            }

            var languages = NativeLanguages(lang);
            if (languages.Count == 0)
            {
                Add(diagnostics, ExchangeMessages.IgnoredLanguageId, DiagnosticSeverity.Warning, lines.Position(path, langSec),
                    ExchangeMessages.Format(ExchangeMessages.IgnoredLanguage, lang));
                continue;
            }

            var ordered = terms.Where(t => IsPreferred(t.Status)).Concat(terms.Where(t => !IsPreferred(t.Status)));
            foreach (var term in ordered)
            {
                if (languages.FirstOrDefault(l => !parts.HasNative(l)) is { } language)
                {
                    parts.AddNative(language, term.Text, lines.Position(path, term.Element));
                }
                else
                {
                    Add(diagnostics, ExchangeMessages.ExtraNativeTermId, DiagnosticSeverity.Warning, lines.Position(path, term.Element),
                        ExchangeMessages.Format(ExchangeMessages.ExtraNativeTerm, rawId ?? "?", languages[0].Tag, term.Text));
                }
            }
        }

        var preferred = english.FirstOrDefault(t => IsPreferred(t.Status)) ?? english.FirstOrDefault(t => t.Status is null);
        if (preferred is null)
        {
            Add(diagnostics, ExchangeMessages.NoPreferredTermId, DiagnosticSeverity.Error, at,
                ExchangeMessages.Format(ExchangeMessages.NoPreferredTerm, rawId ?? "?"));
            return null;
        }

        parts.En = new EntryField(preferred.Text, lines.Position(path, preferred.Element));
        if (rawId is not null)
        {
            parts.Id = new EntryField(rawId is { Length: > 1 } && rawId[0] == '_' ? rawId[1..] : rawId, at);
            parts.IdAsWritten = rawId;
        }

        foreach (var term in english.Where(t => !ReferenceEquals(t, preferred)))
        {
            var role = Classify(term.Status);
            if (role is null)
            {
                Add(diagnostics, ExchangeMessages.UnknownStatusId, DiagnosticSeverity.Warning, lines.Position(path, term.Element),
                    ExchangeMessages.Format(ExchangeMessages.UnknownStatus, term.Status, term.Text));
            }

            parts.Spellings.Add(new SpellingSite(term.Text, role ?? SpellingRole.Allowed, lines.Position(path, term.Element)));
        }

        // Other subject fields say what the concept is about, not what kind of name it is: only a kind name is read.
        if (concept.Elements().FirstOrDefault(e => IsTyped(e, "descrip", "subjectField") && GlossaryLoader.TryParseKind(e.Value.Trim(), out _)) is { } subject)
            parts.Kind = new EntryField(subject.Value.Trim(), lines.Position(path, subject));

        var notes = concept.Elements().Where(e => e.Name.LocalName == "note").Select(e => e.Value.Trim()).Where(n => n.Length > 0).ToList();
        parts.Note = notes.Count > 0 ? string.Join("\n", notes) : null;
        parts.Source = FindSource(concept);
        return parts.Build(diagnostics);
    }

    /// <summary>Each term of a language section with the status written beside it (termSec, tig or ntig/termGrp).</summary>
    private static IEnumerable<Term> Terms(XElement langSec)
    {
        foreach (var term in langSec.Descendants().Where(e => e.Name.LocalName == "term"))
        {
            var text = term.Value.Trim();
            if (text.Length == 0)
                continue;
            var status = term.Parent!.Elements().FirstOrDefault(e => IsTyped(e, "termNote", "administrativeStatus"))?.Value.Trim();
            yield return new Term(text, status, term);
        }
    }

    private static bool IsPreferred(string? status) => status is "preferredTerm-admn-sts" or "preferred" or "preferredTerm";

    /// <summary>Preferred counts as allowed here (a second preferred term); null means an unknown status.</summary>
    private static SpellingRole? Classify(string? status) => status switch
    {
        null => SpellingRole.Allowed,
        "preferredTerm-admn-sts" or "preferred" or "preferredTerm" => SpellingRole.Allowed,
        "admittedTerm-admn-sts" or "admitted" or "admittedTerm" => SpellingRole.Allowed,
        "deprecatedTerm-admn-sts" or "deprecated" or "deprecatedTerm" or "notRecommended"
            or "supersededTerm-admn-sts" or "superseded" or "supersededTerm" or "obsolete" => SpellingRole.Variant,
        _ => null,
    };

    /// <summary>The native keys a TBX language section fills, in order (<c>zh-CN</c> → zh, then zh-Hans); none for another language.</summary>
    private static List<NativeLanguage> NativeLanguages(string lang)
    {
        var keys = NativeLanguage.All.Where(l => IsLanguage(lang, l.TbxLanguage.Split('-')[0])).ToList();
        if (keys.Select(l => l.TbxLanguage).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            // Chinese: the Hant script subtag, or a region that writes Traditional characters, reads as zh-Hant; the rest as Simplified.
            var rest = lang.Length > 2 ? lang[3..] : string.Empty;
            var traditional = rest.Equals("Hant", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("Hant-", StringComparison.OrdinalIgnoreCase)
                || rest.ToUpperInvariant() is "TW" or "HK" or "MO";
            keys = [.. keys.Where(l => l.TbxLanguage.EndsWith(traditional ? "-Hant" : "-Hans", StringComparison.Ordinal))];
        }

        return keys;
    }

    private static bool IsLanguage(string tag, string language) =>
        tag.Equals(language, StringComparison.OrdinalIgnoreCase)
        || (tag.Length > language.Length && tag[language.Length] is '-' or '_' && tag.StartsWith(language, StringComparison.OrdinalIgnoreCase));

    private static string? FindSource(XElement concept)
    {
        foreach (var e in concept.Descendants())
        {
            if (IsTyped(e, "admin", "source") || IsTyped(e, "descrip", "source"))
                return NonEmpty(e.Value);
            if (IsTyped(e, "xref", "externalCrossReference"))
                return NonEmpty((string?)e.Attribute("target") ?? e.Value);
        }

        return null;
    }

    private static string? NonEmpty(string text) => text.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    private static bool IsTyped(XElement e, string name, string type) => e.Name.LocalName == name && (string?)e.Attribute("type") == type;

    private static IEnumerable<XElement> Children(XElement parent, string name) => parent.Elements().Where(e => e.Name.LocalName == name);

    private static void Add(List<GlossaryDiagnostic> diagnostics, string id, DiagnosticSeverity severity, SourcePosition position, string message) =>
        diagnostics.Add(new GlossaryDiagnostic(id, severity, message, position));
}
