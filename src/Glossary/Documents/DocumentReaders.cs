namespace Glossary.Documents;

/// <summary>Start-up help for processes that check a document or two and exit (a pre-commit hook, an editor, a CI step).</summary>
internal static class DocumentReaders
{
    // A little of everything a typical document has, so that the first real parse finds the readers' types loaded.
    private const string MarkdownSample = "# Title\n\nSome *emphasis*, a [link](https://example.com), `code` and <b>tags</b>.\n\n- item\n\n> quote\n\n| a | b |\n| --- | --- |\n| c | d |\n";
    private const string HtmlSample = "<!DOCTYPE html><html><head><title>t</title></head><body><p>Some <em>text</em> &amp; <a href=\"x\">a link</a>.</p><!-- c --><pre>code</pre></body></html>";

    private static readonly Lazy<Task> MarkdownReady = new(() => OnOwnThread(() => MarkdownReader.Read(MarkdownSample)));
    private static readonly Lazy<Task> HtmlReady = new(() => OnOwnThread(() => HtmlReader.Read(HtmlSample, DocumentOptions.PlainText)));

    /// <summary>
    /// Starts getting the reader of <paramref name="format"/> ready on a thread of its own: loading and setting up Markdig's
    /// pipeline or the HTML parser, which takes longer than reading a typical article with them afterwards, so that
    /// the process can load its glossary and read its files meanwhile. Checking never needs this; only the first call
    /// for a format does anything.
    /// </summary>
    /// <returns>A task that completes when the reader is ready.</returns>
    public static Task PrepareAsync(DocumentFormat format) => format switch
    {
        DocumentFormat.Markdown => MarkdownReady.Value,
        DocumentFormat.Html => HtmlReady.Value,
        _ => Task.CompletedTask,
    };

    /// <summary>A background thread, not the thread pool: starting the pool costs a short-lived process milliseconds.</summary>
    private static Task OnOwnThread(Action action)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                action();
                done.SetResult();
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "Glossary reader warm-up",
        };
        thread.Start();
        return done.Task;
    }
}
