using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Glossary.Cli.Output;

/// <summary>Wording and writers that several formats share, so every format says the same thing.</summary>
internal static class ReportText
{
    /// <summary>Hangul and curly quotes stay readable; the output is a report, never embedded in HTML.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary><c>'Lee Jae-myong' → 'Lee Jae-myung'</c>, then the entry's note after a full stop when there is one.</summary>
    public static string Message(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var change = $"'{OneLine(finding.Found)}' → '{OneLine(finding.Replacement)}'";
        return string.IsNullOrWhiteSpace(finding.Note) ? change : $"{change}. {OneLine(finding.Note)}";
    }

    /// <summary>
    /// <see cref="Message"/>, and for a suggestion why it is one:
    /// <c>'Kim Yeo-jung' → 'Kim Yo-jong' (suggestion: generated …; no evidence …)</c>.
    /// </summary>
    public static string MessageWithReason(Finding finding)
    {
        var message = Message(finding);
        if (finding.Level != DiagnosticSeverity.Suggestion)
            return message;
        var why = string.Join("; ", new[] { finding.Reason, finding.Evidence }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return why.Length == 0 ? $"{message} (suggestion)" : $"{message} (suggestion: {OneLine(why)})";
    }

    /// <summary>The level as reports write it: <c>warning</c> or <c>suggestion</c>.</summary>
    public static string LevelName(Finding finding) => finding.Level == DiagnosticSeverity.Suggestion ? "suggestion" : "warning";

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
                // Vanishing characters (zero-width, soft hyphen) inside the run go with it, as the matcher reads them.
                while (i < text.Length && (char.IsWhiteSpace(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.Format))
                    i++;
                sb.Append(' ');
            }
            else
            {
                sb.Append(text[i++]);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A path with <c>/</c> between folders, as reports for other tools want it: only the system's directory
    /// separator is replaced, so a <c>\</c> in a Unix file name stays (<c>back\slash.md</c>).
    /// </summary>
    public static string SlashPath(string path) =>
        Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The source as a link, when it is an absolute http(s) URL; citations stay text.</summary>
    public static string? SourceUrl(string? source) =>
        source is not null && Uri.TryCreate(source.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

}

/// <summary>
/// A UTF-8 JSON writer whose bytes go on to a <see cref="TextWriter"/> in pieces (with <c>\n</c> line ends), so that
/// a report of any size is never held whole: call <see cref="Flush(bool)"/> after each finding.
/// </summary>
internal sealed class JsonChunks : IDisposable
{
    private const int FlushAt = 1 << 16;
    private readonly ArrayBufferWriter<byte> buffer = new(FlushAt * 2);
    private readonly TextWriter writer;

    public JsonChunks(TextWriter writer, bool indented)
    {
        this.writer = writer;
        Json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, NewLine = "\n", Encoder = ReportText.Encoder });
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Ends a JSON Lines record: a newline, and a writer ready for the next top-level value.</summary>
    public void EndLine()
    {
        Json.Flush();
        buffer.Write("\n"u8);
        Json.Reset(buffer);
        Flush(force: false);
    }

    /// <summary>Passes what is written on to the text writer, when there is enough of it or <paramref name="force"/> says so.</summary>
    public void Flush(bool force)
    {
        if (!force && Json.BytesPending + buffer.WrittenCount < FlushAt)
            return;
        Json.Flush();

        // The writer stops between tokens, so the bytes never end inside a UTF-8 sequence.
        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }

    public void Dispose()
    {
        Flush(force: true);
        Json.Dispose();
    }
}
