namespace Glossary.Cli.Output;

/// <summary>A report format of <see cref="ReportFormats.Write"/>; <see cref="ReportFormats.Names"/> has the name of each.</summary>
public enum ReportFormat
{
    /// <summary><c>text</c>: one line per finding, for people.</summary>
    Text,

    /// <summary><c>json</c>: one document with files, findings and a summary.</summary>
    Json,

    /// <summary><c>jsonl</c>: one finding per line.</summary>
    JsonLines,

    /// <summary><c>sarif</c>: SARIF 2.1.0.</summary>
    Sarif,

    /// <summary><c>github</c>: GitHub Actions workflow commands.</summary>
    GitHub,

    /// <summary><c>rdjsonl</c>: reviewdog diagnostics.</summary>
    RdJsonLines,

    /// <summary><c>checkstyle</c>: checkstyle 4.3 XML.</summary>
    Checkstyle,
}
