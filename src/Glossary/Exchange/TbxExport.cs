using System.Text;
using System.Xml;
using Glossary.Model;

namespace Glossary.Exchange;

/// <summary>
/// Writes entries as TBX v3 (ISO 30042:2019), dialect TBX-Basic, DCA style, for CAT tools and term bases.
/// One entry is one <c>conceptEntry</c>:
/// <code>
/// &lt;conceptEntry id="lee-jae-myung"&gt;
///   &lt;descrip type="subjectField"&gt;person&lt;/descrip&gt;   (kind)
///   &lt;note&gt;…&lt;/note&gt;                                (note)
///   &lt;langSec xml:lang="en"&gt;
///     &lt;termSec&gt;&lt;term&gt;Lee Jae-myung&lt;/term&gt; … preferredTerm-admn-sts, &lt;admin type="source"&gt;…&lt;/admin&gt;&lt;/termSec&gt;
///     &lt;termSec&gt;&lt;term&gt;Lee Jae-myong&lt;/term&gt; … deprecatedTerm-admn-sts (a variant)&lt;/termSec&gt;
///     &lt;termSec&gt;&lt;term&gt;…&lt;/term&gt; … admittedTerm-admn-sts (an allowed spelling)&lt;/termSec&gt;
///   &lt;/langSec&gt;
///   &lt;langSec xml:lang="ko"&gt;&lt;termSec&gt;&lt;term&gt;이재명&lt;/term&gt; … preferredTerm-admn-sts&lt;/termSec&gt;&lt;/langSec&gt;
/// &lt;/conceptEntry&gt;
/// </code>
/// The native forms go to <c>ko</c>, <c>zh-Hans</c> (from <c>zh</c>, or <c>zh-Hans</c> when there is no <c>zh</c>),
/// <c>zh-Hant</c> and <c>ja</c>. TBX-Basic has no data category for what kind of thing a concept names, so
/// the kind is the concept's <c>subjectField</c> (free text in TBX-Basic), and the English preferred term
/// also gets <c>partOfSpeech</c> <c>properNoun</c> (person, place, organization) or <c>noun</c> (term) for
/// tools that use it. The source of the preferred spelling is TBX-Basic's <c>source</c>
/// (<c>admin type="source"</c>) on the preferred English term. An id that is not an XML name (it starts
/// with a digit) is written with a leading <c>_</c>, which <see cref="TbxImport"/> removes.
/// </summary>
internal static class TbxExport
{
    /// <summary>The TBX v3 namespace (<c>ed-2</c> is the namespace of ISO 30042:2019).</summary>
    public const string Namespace = "urn:iso:std:iso:30042:ed-2";

    /// <summary>
    /// The TBX document for <paramref name="entries"/>, in their order: UTF-8 text with an XML declaration,
    /// indented by two spaces, <c>\n</c> line ends.
    /// </summary>
    /// <exception cref="ArgumentException">A value holds a character XML 1.0 cannot carry (a control character other than tab and line breaks).</exception>
    public static string Write(IEnumerable<GlossaryEntry> entries)
    {
        var list = entries.ToList();
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(false),
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("tbx", Namespace);
            writer.WriteAttributeString("type", "TBX-Basic");
            writer.WriteAttributeString("style", "dca");
            writer.WriteAttributeString("xml", "lang", null, "en");

            writer.WriteStartElement("tbxHeader", Namespace);
            writer.WriteStartElement("fileDesc", Namespace);
            writer.WriteStartElement("sourceDesc", Namespace);
            writer.WriteElementString("p", Namespace,
                $"Glossary (format v1) exported as TBX-Basic: {list.Count} {(list.Count == 1 ? "entry" : "entries")}. Preferred English spellings are preferredTerm-admn-sts, variants to replace are deprecatedTerm-admn-sts, allowed spellings are admittedTerm-admn-sts.");
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();

            writer.WriteStartElement("text", Namespace);
            writer.WriteStartElement("body", Namespace);
            foreach (var entry in list)
                WriteConcept(writer, entry);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteConcept(XmlWriter writer, GlossaryEntry entry)
    {
        writer.WriteStartElement("conceptEntry", Namespace);
        writer.WriteAttributeString("id", char.IsAsciiDigit(entry.Id[0]) ? "_" + entry.Id : entry.Id);
        WriteTyped(writer, "descrip", "subjectField", entry.Kind.ToName());
        if (entry.Note is not null)
            writer.WriteElementString("note", Namespace, entry.Note);

        writer.WriteStartElement("langSec", Namespace);
        writer.WriteAttributeString("xml", "lang", null, "en");
        WriteTerm(writer, entry.En, TbxStatus.Preferred, PartOfSpeech(entry.Kind), entry.Source);
        foreach (var variant in entry.Variants)
            WriteTerm(writer, variant, TbxStatus.Deprecated, null, null);
        foreach (var allowed in entry.Allow)
            WriteTerm(writer, allowed, TbxStatus.Admitted, null, null);
        writer.WriteEndElement();

        foreach (var (lang, term) in NativeTerms(entry))
        {
            writer.WriteStartElement("langSec", Namespace);
            writer.WriteAttributeString("xml", "lang", null, lang);
            foreach (var t in term)
                WriteTerm(writer, t, TbxStatus.Preferred, null, null);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }


    /// <summary>The native forms by TBX language; <c>zh</c> and <c>zh-Hans</c> share <c>zh-Hans</c> (both when they differ).</summary>
    private static IEnumerable<(string Lang, IReadOnlyList<string> Terms)> NativeTerms(GlossaryEntry entry)
    {
        foreach (var section in NativeLanguage.All.GroupBy(l => l.TbxLanguage))
        {
            var terms = section.Select(l => entry.Native.GetValueOrDefault(l.Tag)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (terms.Count > 0)
                yield return (section.Key, terms);
        }
    }

    private static string? PartOfSpeech(EntryKind kind) => kind.IsProperNoun() ? "properNoun" : kind == EntryKind.Term ? "noun" : null;

    private static void WriteTerm(XmlWriter writer, string term, string status, string? partOfSpeech, string? source)
    {
        writer.WriteStartElement("termSec", Namespace);
        writer.WriteElementString("term", Namespace, term);
        if (partOfSpeech is not null)
            WriteTyped(writer, "termNote", "partOfSpeech", partOfSpeech);
        WriteTyped(writer, "termNote", "administrativeStatus", status);
        if (source is not null)
            WriteTyped(writer, "admin", "source", source);
        writer.WriteEndElement();
    }

    private static void WriteTyped(XmlWriter writer, string element, string type, string value)
    {
        writer.WriteStartElement(element, Namespace);
        writer.WriteAttributeString("type", type);
        writer.WriteString(value);
        writer.WriteEndElement();
    }
}

/// <summary>The TBX-Basic <c>administrativeStatus</c> values this library writes.</summary>
internal static class TbxStatus
{
    public const string Preferred = "preferredTerm-admn-sts";
    public const string Admitted = "admittedTerm-admn-sts";
    public const string Deprecated = "deprecatedTerm-admn-sts";
    public const string Superseded = "supersededTerm-admn-sts";
}
