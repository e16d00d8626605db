using Glossary.Model;

namespace Glossary.Tests.Loading;

/// <summary>House styles and layered glossaries (issue #7).</summary>
public sealed class LayeringTests
{
    private const string Base = "entries:\n  - en: Kim Jong-un\n    kind: person\n    variants: [Kim Jong Un]\n    styles: { ap: Kim Jong Un }\n  - en: Busan\n    kind: place\n    variants: [Pusan]\n";

    [Fact]
    public void Style_PrefersTheStyledFormAndFlagsTheDefault()
    {
        var entries = GlossaryLoader.LoadText(Base, "g.yaml").EntriesOrThrow();
        var ap = new GlossaryBuilder().AddRange(entries).UseStyle("ap").Build();
        Assert.Equal("Kim Jong Un", Assert.Single(ap.Check("Kim Jong-un met")).Replacement);
        Assert.Empty(ap.Check("Kim Jong Un met"));
        var house = new GlossaryBuilder().AddRange(entries).Build();
        Assert.Equal("Kim Jong-un", Assert.Single(house.Check("Kim Jong Un met")).Replacement);
    }

    [Fact]
    public void Override_ChangesPreferredFormAndAddsVariants()
    {
        var result = LoadLayers(Base, "entries:\n  - id: busan\n    override: true\n    en: Pusan\n    variants: [Poosan]\n");
        var entry = result.Entries.Single(e => e.Id == "busan");
        Assert.Equal("Pusan", entry.En);
        Assert.Equal(["Poosan", "Busan"], entry.Variants);
        Assert.Equal(EntryKind.Place, entry.Kind);
        var glossary = new GlossaryBuilder().AddRange(result.Entries).Build();
        Assert.Equal("Pusan", Assert.Single(glossary.Check("Busan")).Replacement);
        Assert.Single(result.Overrides);
    }

    [Fact]
    public void Override_ChangedPreferredForm_DropsInheritedTests()
    {
        var folder = Path.Combine(Path.GetTempPath(), "glossary-override-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "house.yaml"), "entries:\n  - id: lee-jae-myung\n    override: true\n    en: Lee Jae-myung\n    tests:\n      - flag: Lee Jae Myung spoke.\n        fix: Lee Jae-myung spoke.\n");
            var loaded = GlossaryLoader.Load(["bundled", folder]);
            Assert.Empty(loaded.Diagnostics);
            var entry = loaded.Entries.Single(e => e.Id == "lee-jae-myung");
            Assert.Single(entry.Tests);
            Assert.DoesNotContain(GlossaryLinter.Lint(loaded), d => d.Id == GlossaryMessages.TestFailedId);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Override_Disabled_RemovesEntry()
    {
        var result = LoadLayers(Base, "entries:\n  - id: busan\n    override: true\n    disabled: true\n");
        Assert.DoesNotContain(result.Entries, e => e.Id == "busan");
        Assert.Empty(new GlossaryBuilder().AddRange(result.Entries).Build().Check("Pusan"));
    }

    [Fact]
    public void Override_UnknownId_GLS019()
    {
        var result = LoadLayers(Base, "entries:\n  - id: nowhere\n    override: true\n    en: Nowhere\n");
        Assert.Contains(result.Diagnostics, d => d.Id == GlossaryMessages.OverrideUnknownId && d.Position.Line == 2);
    }

    [Fact]
    public void DuplicateIdWithoutOverride_StillGLS007() =>
        Assert.Contains(LoadLayers(Base, "entries:\n  - en: Busan\n    kind: place\n").Diagnostics, d => d.Id == GlossaryMessages.DuplicateIdId);

    [Fact]
    public void Tests_BadShape_GLS020() =>
        Assert.Contains(GlossaryLoader.LoadText("entries:\n  - en: Busan\n    tests:\n      - fix: Busan\n", "g.yaml").Diagnostics, d => d.Id == GlossaryMessages.BadTestId);

    private static GlossaryLoadResult LoadLayers(string first, string second)
    {
        var folder = Path.Combine(Path.GetTempPath(), "glossary-layers-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.yaml"), first);
            File.WriteAllText(Path.Combine(folder, "b.yaml"), second);
            return GlossaryLoader.Load([Path.Combine(folder, "a.yaml"), Path.Combine(folder, "b.yaml")]);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
