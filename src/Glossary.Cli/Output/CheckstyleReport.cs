using System.Globalization;
using System.Text;
using System.Xml;

namespace Glossary.Cli.Output;

/// <summary>
/// Checkstyle XML (version 4.3), for Jenkins, reviewdog and other tools that read it: every checked
/// file, each finding an <c>&lt;error&gt;</c> with a 1-based line and UTF-16 column, severity
/// <c>warning</c> and source <c>glossary.ENTRY-ID</c>. The format has no end position and no fixes.
/// </summary>
internal static class CheckstyleReport
{
    public static void Write(TextWriter writer, IEnumerable<FileReport> reports)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            OmitXmlDeclaration = true,
        };

        // Written by hand so the declaration names UTF-8 whatever the target writer's encoding is.
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

        // The XML goes through bytes (so the encoding is UTF-8 whatever the writer's is), passed on file by file.
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartElement("checkstyle");
            xml.WriteAttributeString("version", "4.3");
            foreach (var report in reports)
            {
                xml.WriteStartElement("file");
                xml.WriteAttributeString("name", report.Path);
                foreach (var finding in report.Findings)
                {
                    xml.WriteStartElement("error");
                    xml.WriteAttributeString("line", finding.Line.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("column", finding.Column.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("severity", finding.Level == DiagnosticSeverity.Suggestion ? "info" : "warning");
                    xml.WriteAttributeString("message", ReportText.Message(finding));
                    xml.WriteAttributeString("source", $"glossary.{finding.EntryId}");
                    xml.WriteEndElement();
                    if (stream.Length >= 1 << 16)
                        PassOn(stream, writer);
                }

                xml.WriteEndElement();
                xml.Flush();
                PassOn(stream, writer);
            }

            xml.WriteEndElement();
        }

        PassOn(stream, writer);

        writer.Write('\n');
    }

    private static void PassOn(MemoryStream stream, TextWriter writer)
    {
        writer.Write(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
        stream.SetLength(0);
    }
}
