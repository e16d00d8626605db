using CsCheck;

namespace Glossary.Tests.Documents;

/// <summary>
/// Fixing any generated Markdown or HTML document (names in text, emphasis, links, code, URLs, comments,
/// entities) changes nothing outside the spans the fix reports, never touches code or URLs, and a second
/// fix changes nothing (issue #6).
/// </summary>
public sealed class DocumentFixPropertyTests
{
    private static readonly string[] Names = ["Lee Jae-myong", "Lee Jae-myung", "Pusan", "Busan", "Kim Jong Un", "P'anmunjŏm", "Kyongju", "xiexie", "Peking", "Peking University", "Mao Tse-tung", "Hsi Chin-ping", "Yoon Suk-yeol"];
    private static readonly string[] Words = ["the", "president", "said", "moon", "park", "talks", "in", "and"];

    private static readonly Func<string, string>[] MarkdownPieces =
    [
        n => n, n => $"*{n}*", n => $"**{n}**", n => $"`{n}`", n => $"[{n}](https://x.example/{n.Replace(' ', '-')})",
        n => $"<https://{n.Replace(' ', '.')}.example>", n => $"\n\n# {n}\n\n", n => $"\n\n```\n{n}\n```\n\n", n => $"\n- {n}\n",
        n => $"<!-- {n} -->", n => $"\n> {n}\n", n => $"![{n}](img.png)", n => $"\\*{n}", n => $"\n\n| {n} |\n| --- |\n| {n} |\n\n",
    ];

    private static readonly Func<string, string>[] HtmlPieces =
    [
        n => n, n => $"<b>{n}</b>", n => $"<p>{n}</p>", n => $"<code>{n}</code>", n => $"<a href=\"/{n}\" title=\"{n}\">{n}</a>",
        n => $"<!-- {n} -->", n => $"<script>var a = '{n}';</script>", n => $"<span translate=\"no\">{n}</span>",
        n => n.Replace(" ", "&nbsp;", StringComparison.Ordinal), n => $"<br>{n}", n => $"<img alt=\"{n}\">", n => $"&amp;{n}&lt;",
    ];

    [Fact]
    public void Fix_Markdown_OnlyReportedSpansChange_AndIsIdempotent() => AssertProperties(MarkdownPieces, DocumentFormat.Markdown);

    [Fact]
    public void Fix_Html_OnlyReportedSpansChange_AndIsIdempotent() => AssertProperties(HtmlPieces, DocumentFormat.Html);

    private static void AssertProperties(Func<string, string>[] pieces, DocumentFormat format)
    {
        var glossary = CompiledGlossary.Bundled;
        var options = new DocumentOptions { Format = format };
        var piece = Gen.Select(Gen.OneOf(Names.Concat(Words).ToArray()), Gen.Int[0, pieces.Length - 1], Gen.OneOf(" ", "\n", ". ", ", "), (n, p, sep) => pieces[p](n) + sep);
        piece.Array[1, 20].Select(string.Concat).Sample(source =>
        {
            foreach (var (input, findings, output) in glossary.FixPasses(source, options))
            {
                if (!OnlySpansChanged(input, findings.Where(f => f.Fixable).ToList(), output))
                    return false;
            }

            var once = glossary.Fix(source, options).Text;
            return glossary.Fix(once, options).Text == once && glossary.Check(once, options).All(f => !f.Fixable);
        }, iter: 1500);
    }

    internal static bool OnlySpansChanged(string input, List<Glossary.Finding> fixable, string output)
    {
        var at = 0;
        var outAt = 0;
        foreach (var f in fixable)
        {
            var gap = f.Offset - at;
            if (gap < 0 || string.CompareOrdinal(input, at, output, outAt, gap) != 0)
                return false;
            var replacement = Fixing.TextEdits.EscapeHtml(f.Replacement);
            var written = output.AsSpan(outAt + gap).StartsWith(f.Replacement, StringComparison.Ordinal) ? f.Replacement.Length : replacement.Length;
            outAt += gap + written;
            at = f.Offset + f.Length;
        }

        return string.CompareOrdinal(input, at, output, outAt, input.Length - at) == 0 && outAt + (input.Length - at) == output.Length;
    }
}
