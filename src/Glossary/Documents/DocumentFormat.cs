namespace Glossary;

/// <summary>How a source is read before checking.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text: every character is prose.</summary>
    PlainText,

    /// <summary>Markdown (CommonMark with pipe tables and YAML front matter): code, URLs and comments are skipped.</summary>
    Markdown,

    /// <summary>HTML: only text nodes (and optionally <c>alt</c>/<c>title</c>) are checked; code, scripts and <c>translate="no"</c> are skipped.</summary>
    Html,
}

/// <summary>Options for checking and fixing a document.</summary>
public sealed record DocumentOptions
{
    /// <summary>
    /// Sets up the reader of <paramref name="format"/> (Markdown, HTML) on another thread and returns the task; the same
    /// task every call. A short-lived process that checks one document can load its glossary meanwhile.
    /// </summary>
    public static Task PrepareAsync(DocumentFormat format) => Documents.DocumentReaders.PrepareAsync(format);

    /// <summary>Plain text with no options.</summary>
    public static DocumentOptions PlainText { get; } = new();

    /// <summary>The source format.</summary>
    public DocumentFormat Format { get; init; } = DocumentFormat.PlainText;

    /// <summary>HTML: also check <c>alt</c> and <c>title</c> attribute values (reported, and fixed in place).</summary>
    public bool CheckAttributes { get; init; }

    /// <summary>HTML: elements with any of these classes are skipped, like <c>code</c>.</summary>
    public IReadOnlyList<string> SkipClasses { get; init; } = [];

    /// <summary>Fix: also apply findings at level <see cref="DiagnosticSeverity.Suggestion"/> (by default only warnings are fixed).</summary>
    public bool IncludeSuggestions { get; init; }

    /// <summary>
    /// House format of Korean given names the glossary does not know: <c>hyphenated</c> ("Choi Jae-young"),
    /// <c>spaced</c> ("Choi Jae Young") or <c>joined</c> ("Choi Jaeyoung"); a name read as Korean and written otherwise is a
    /// suggestion toward it. Null (the default): off. Glossary entries keep their own forms.
    /// </summary>
    public string? KoreanGivenNames { get; init; }

    /// <summary>House format of Chinese given names in pinyin the glossary does not know (<c>joined</c>: "Mao Zedong"); null: off.</summary>
    public string? ChineseGivenNames { get; init; }

    /// <summary>The values of <see cref="KoreanGivenNames"/> and <see cref="ChineseGivenNames"/>.</summary>
    public static IReadOnlyList<string> GivenNameFormats { get; } = ["hyphenated", "spaced", "joined"];

    /// <summary>
    /// Whether the <c>consistency</c> rule runs: names written two ways in the document (read as the same native name)
    /// are warnings toward the main spelling. On by default.
    /// </summary>
    public bool Consistency { get; init; } = true;

    /// <summary>
    /// The format of a file from its extension: <c>.md</c>/<c>.markdown</c>/<c>.mdx</c>/<c>.mdown</c>/<c>.mkd</c>
    /// → Markdown, <c>.html</c>/<c>.htm</c>/<c>.xhtml</c> → HTML, anything else → plain text.
    /// </summary>
    public static DocumentFormat FormatFromPath(string path) => KnownFormat(path) ?? DocumentFormat.PlainText;

    /// <summary>
    /// Whether a folder walk checks the file: <c>.txt</c> and every Markdown and HTML extension that
    /// <see cref="FormatFromPath"/> knows. Example: <c>"notes.mkd"</c> → true, <c>"app.js"</c> → false.
    /// </summary>
    public static bool IsDocumentPath(string path) => KnownFormat(path) is not null;

    // The one extension table: the walk and the format detector both read it, so a file is never walked
    // as one format and read as another, or read as Markdown yet left out of the walk.
    private static DocumentFormat? KnownFormat(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => DocumentFormat.PlainText,
        ".md" or ".markdown" or ".mdx" or ".mdown" or ".mkd" => DocumentFormat.Markdown,
        ".html" or ".htm" or ".xhtml" => DocumentFormat.Html,
        _ => null,
    };
}
