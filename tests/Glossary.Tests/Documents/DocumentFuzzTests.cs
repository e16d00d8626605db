using System.Text;
using Glossary.Documents;
using Glossary.Matching;
using Glossary.Tests.Checking;

namespace Glossary.Tests.Documents;

/// <summary>
/// A mutation fuzzer over Markdown and HTML (issue #11 point 3): seed documents with names are mutated by inserting
/// entities (named, legacy, numeric, bare <c>&amp;</c>), tabs, CR/CRLF/LF, a BOM, NBSP, zero-width and bidi
/// characters, emphasis, links, code, comments and tags, by breaking names across lines and by deleting or copying
/// ranges. For every mutant in both formats: no exception; each fixable finding's source span, decoded, folds to what
/// was found; a fix changes no character outside the reported spans; the fixed text has no fixable finding left;
/// a second fix changes nothing.
/// </summary>
/// <remarks>
/// <c>dotnet test</c> runs a fixed seed (<see cref="DefaultCases"/> mutants). For a long run set <c>FUZZ_CASES</c>
/// (and <c>FUZZ_SEED</c> for another sequence), e.g. <c>tests/Glossary.Tests/fuzz.sh 200000</c>. A failure names
/// the seed, the case and the mutant (escaped), to paste into <see cref="Regressions"/>.
/// </remarks>
public sealed class DocumentFuzzTests
{
    private const int DefaultCases = 2500;
    private const int DefaultSeed = 11;

    private static readonly string[] Seeds =
    [
        "# Talks in Pusan\n\nLee Jae-myong met Kim Jong Un at P'anmunjŏm.\n",
        "- Pusan\n- Kyŏngju\n\n> Lee\n> Jae-myong said\n\n| city |\n| --- |\n| Sian |\n",
        "Some *Pusan* and **Kim Jong Un**, `Pusan` and [Pusan](https://x.example/Pusan).\n\n```\nPusan\n```\n",
        "<p>R&D spending rose, said Kim&nbsp;Jong Un in Pusan.</p>\n<div title=\"Pusan\">Lee Jae-myong</div>",
        "<html><body><h1>Pusan</h1><!-- Pusan --><p>Q&A &rsquo; Yoon Suk-yeol &amp; Peking University</p><pre>Pusan</pre></body></html>",
        "Setext Pusan\n===\n\n<div>\nxiexie in Peking\n</div>\n\n[Pusan]: /x \"Pusan\"\n",
    ];

    private static readonly string[] Inserts =
    [
        "&", "& ", "&amp;", "&amp", "&nbsp;", "&nbsp", "&not", "&notit;", "&#39;", "&#39", "&#x2019;", "&#0;", "&#x110000;", "&#128;", "&#xD800;", "&rsquo;", "&D", "&bogus;",
        "\t", "\r", "\n", "\r\n", "\n\n", "\uFEFF", "\u00A0", "\u200B", "\u200D", "\u202E", "\u2066", "\u2069",
        "*", "**", "_", "`", "``", "[", "]", "](x)", "<", ">", "<!--", "-->", "<b>", "</b>", "<p>", "</p>", "<br>", "<code>", "</code>",
        "#", "# ", "#\t", "> ", "- ", "1. ", "|", "\\", "===\n", "    ", "<div>\n", "\n</div>\n", "<img alt=\"Pusan\">",
        "Pusan", "Kim Jong Un", "Lee Jae-myong", "Lee\nJae-myong", "Kim&nbsp;Jong Un", "P&rsquo;anmunj&#335;m", "Yoon Suk-yeol", " ",
    ];

    /// <summary>Mutants the fuzzer found faults with, each fixed (the kind, not the row); named by what they hold.</summary>
    public static TheoryData<string, string> Regressions => new()
    {
        { "heading marker and tab before a name", "intro\n\n#\tTalks in Pusan\n" },
        { "bare ampersand before an entity in a name", "<p>R&D spending rose, said Kim&nbsp;Jong Un in Pusan.</p>" },
        { "name across a backslash hard break", "Some **Kim Jong \\\nUn**, `Pusan`\n" },
        { "legacy entity without ';' in a Markdown HTML block", "<div\r\ntitle=\"Pusan\">Lee &nbspJae-myong</div>" },
    };

    [Fact]
    public void Fuzz_MarkdownAndHtml_PositionsFixesAndIdempotence()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), out var n) ? n : DefaultCases;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var s) ? s : DefaultSeed;
        var random = new Random(seed);
        var checkedFindings = 0;
        for (var i = 0; i < cases; i++)
        {
            var mutant = Mutate(Seeds[random.Next(Seeds.Length)], random);
            foreach (var format in new[] { DocumentFormat.Markdown, DocumentFormat.Html })
            {
                var failure = Failure(mutant, format, ref checkedFindings);
                Assert.True(failure is null, $"seed {seed}, case {i}, {format}: {failure}\nmutant: {Escape(mutant)}");
            }
        }

        // Not vacuous: the mutants kept names that were found and fixed.
        Assert.True(checkedFindings > cases, $"only {checkedFindings} fixable findings in {cases} cases");
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void Fuzz_Regression(string name, string mutant)
    {
        var count = 0;
        foreach (var format in new[] { DocumentFormat.Markdown, DocumentFormat.Html })
            Assert.True(Failure(mutant, format, ref count) is null, $"{name} ({format}): {Failure(mutant, format, ref count)}");
    }

    private static string Mutate(string source, Random random)
    {
        var text = new StringBuilder(source);
        var steps = random.Next(1, 8);
        for (var k = 0; k < steps; k++)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(6))
            {
                case < 3:
                    text.Insert(at, Inserts[random.Next(Inserts.Length)]);
                    break;
                case 3 when at < text.Length:
                    text.Remove(at, Math.Min(random.Next(1, 6), text.Length - at));
                    break;
                case 4 when at < text.Length:
                    var length = Math.Min(random.Next(1, 20), text.Length - at);
                    text.Insert(random.Next(text.Length + 1), text.ToString(at, length));
                    break;
                default:
                    // A name broken across lines: a space becomes a line break of some kind.
                    var space = text.ToString().IndexOf(' ', Math.Min(at, text.Length));
                    if (space >= 0)
                        text.Remove(space, 1).Insert(space, random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\n  " });
                    break;
            }
        }

        if (random.Next(10) == 0)
            text.Insert(0, '\uFEFF');
        return text.ToString();
    }

    /// <summary>What is wrong with checking and fixing <paramref name="source"/>, or null.</summary>
    private static string? Failure(string source, DocumentFormat format, ref int checkedFindings)
    {
        var glossary = TestGlossary.Compiled;
        var options = new DocumentOptions { Format = format };
        try
        {
            foreach (var f in glossary.Check(source, options))
            {
                if (f.Offset < 0 || f.Length < 0 || f.Offset + f.Length > source.Length)
                    return $"finding '{Escape(f.Found)}' at {f.Offset}+{f.Length} lies outside the source";
                if (!f.Fixable)
                    continue;
                var span = source.Substring(f.Offset, f.Length);
                // Markdown decodes its own entities (with ';') and, in HTML blocks, HTML's (legacy names without it).
                var key = TextFolding.FoldKey(f.Found);
                if (TextFolding.FoldKey(HtmlCharacterReferences.Decode(span)) != key
                    && (format == DocumentFormat.Html || TextFolding.FoldKey(Markdig.Helpers.HtmlHelper.Unescape(span)) != key))
                    return $"finding '{Escape(f.Found)}' points at '{Escape(span)}'";
                checkedFindings++;
            }

            foreach (var (input, findings, output) in glossary.FixPasses(source, options))
            {
                if (!DocumentFixPropertyTests.OnlySpansChanged(input, findings.Where(f => f.Fixable).ToList(), output))
                    return $"a fix changed text outside its spans: '{Escape(output)}'";
            }

            var once = glossary.Fix(source, options).Text;
            if (glossary.Check(once, options).FirstOrDefault(f => f.Fixable) is { } left)
                return $"the fixed text '{Escape(once)}' still has '{Escape(left.Found)}'";
            var twice = glossary.Fix(once, options).Text;
            return twice == once ? null : $"a second fix changed '{Escape(once)}' to '{Escape(twice)}'";
        }
        catch (Exception e)
        {
            return e.ToString();
        }
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' || c > '~' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
