
namespace Glossary.Tests.Checking;

/// <summary>The CMS example in README.md, kept true.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void CmsExample_HtmlInFindingsAndFixedHtmlOut()
    {
        var html = "<p>Talks at <b>P'anmunjŏm</b> with Lee Jae-myong.</p><code>Pusan</code>";
        var options = new DocumentOptions { Format = DocumentFormat.Html };
        var lines = CompiledGlossary.Bundled.Check(html, options)
            .Select(f => $"{f.Line}:{f.Column} {f.Found} → {f.Replacement} [{f.EntryId}] fixable: {f.Fixable}");
        Assert.Equal(
            ["1:16 P'anmunjŏm → Panmunjom [panmunjom] fixable: True", "1:36 Lee Jae-myong → Lee Jae Myung [lee-jae-myung] fixable: True"],
            lines);
        Assert.Equal("<p>Talks at <b>Panmunjom</b> with Lee Jae Myung.</p><code>Pusan</code>", CompiledGlossary.Bundled.Fix(html, options).Text);
    }
}

/// <summary>Lookup by native form (issue #7).</summary>
public sealed class LookupTests
{
    [Theory]
    [InlineData("鄧小平")]
    [InlineData("邓小平")]
    [InlineData("Teng Hsiao-ping")]
    [InlineData("deng")]
    public void Lookup_TraditionalFindsSimplifiedOnlyEntry(string term)
    {
        var glossary = new GlossaryBuilder().Add(new Glossary.GlossaryEntry
        {
            Id = "deng",
            En = "Deng Xiaoping",
            Kind = Glossary.EntryKind.Person,
            Native = new Dictionary<string, string> { ["zh"] = "邓小平" },
        }).Build();
        Assert.Equal("deng", Assert.Single(glossary.Lookup(term)).Id);
    }
}
