using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Glossary.Matching;
using Glossary.Model;

namespace Glossary.Output;

/// <summary>Wording and writers that several formats share, so every format says the same thing.</summary>
internal static class ReportText
{
    /// <summary>Hangul and curly quotes stay readable; the output is a report, never embedded in HTML.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary><c>'Lee Jae-myong' → 'Lee Jae-myung'</c>, then the entry's note after a full stop when there is one.</summary>
    public static string Message(Finding finding)
    {
        var change = $"'{OneLine(finding.Found)}' → '{OneLine(finding.Replacement)}'";
        return string.IsNullOrWhiteSpace(finding.Note) ? change : $"{change}. {OneLine(finding.Note)}";
    }

    /// <summary>Whitespace runs (a match wrapped across lines) show as one space.</summary>
    public static string OneLine(string text)
    {
        if (!text.Any(char.IsWhiteSpace))
            return text;
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i = TextFolding.SkipWhitespace(text, i, out _);
                sb.Append(' ');
            }
            else
            {
                sb.Append(text[i++]);
            }
        }

        return sb.ToString();
    }

    /// <summary>The source as a link, when it is an absolute http(s) URL; citations stay text.</summary>
    public static string? SourceUrl(string? source) =>
        source is not null && Uri.TryCreate(source.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

    /// <summary>Runs <paramref name="write"/> on a UTF-8 JSON writer and copies the result to <paramref name="writer"/> with <c>\n</c> line ends.</summary>
    public static void WriteJson(TextWriter writer, bool indented, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, NewLine = "\n", Encoder = Encoder }))
            write(json);
        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
