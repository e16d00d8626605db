
namespace Glossary.Tests.Exchange;

/// <summary>Glossaries for the exchange-format tests, and a one-line rendering of an entry to compare field by field.</summary>
internal static class ExchangeSamples
{
    /// <summary>Three entries for the export snapshots: a person with a note holding '|', a PRC name with Traditional form, a place with an allowed spelling.</summary>
    public const string SmallYaml = """
        entries:
          - en: Lee Jae-myung
            ko: 이재명
            kind: person
            variants:
              - Lee Jae-myong
              - Lee Jae Myung
            note: His office writes "Lee Jae Myung" | this glossary keeps the hyphen.
            source: https://en.wikipedia.org/wiki/Lee_Jae_Myung

          - en: Xi Jinping
            zh: 习近平
            zh-Hant: 習近平
            kind: person
            variants:
              - Hsi Chin-p'ing
            source: https://en.wikipedia.org/wiki/Xi_Jinping

          - en: Busan
            ko: 부산
            kind: place
            variants:
              - Pusan
            allow:
              - Pusan National University
            note: Revised Romanization.
            source: https://en.wikipedia.org/wiki/Busan
        """;

    /// <summary>Entries whose values need quoting, defusing or escaping in some format.</summary>
    public static IReadOnlyList<GlossaryEntry> Tricky { get; } =
    [
        new()
        {
            Id = "xi-an",
            En = "Xi'an",
            Kind = EntryKind.Place,
            Native = new Dictionary<string, string> { ["zh"] = "西安" },
            Variants = ["Hsi-an", "Sian"],
            Note = "=HYPERLINK(\"http://example.com\",\"click\")",
            Source = "https://example.org/a,b",
        },
        new()
        {
            Id = "2018-pyeongchang-olympics",
            En = "2018 PyeongChang Olympics",
            Kind = EntryKind.Other,
            Native = new Dictionary<string, string> { ["ko"] = "평창 동계 올림픽" },
            Variants = ["2018 Pyongchang Olympics"],
            Note = "'Quoted' note: with a colon # and a hash\nand a second line",
            Source = "-1 citation; see \"Games\"",
        },
        new()
        {
            Id = "taiwan-island",
            En = "Taiwan",
            Kind = EntryKind.Place,
            Native = new Dictionary<string, string> { ["zh"] = "台湾", ["zh-Hans"] = "台湾岛", ["zh-Hant"] = "臺灣", ["ja"] = "台湾" },
            Variants = ["Formosa"],
            Allow = ["Taiwan Province"],
            Note = "@mention +plus\ttab",
            Source = "'=already apostrophed",
        },
        new()
        {
            Id = "noh-tae-woo",
            En = "Noh Tae-woo",
            Kind = EntryKind.Person,
            Native = new Dictionary<string, string> { ["ko"] = "노태우" },
            Variants = ["No", "Roh Tae-woo", "True Tae-woo"],
        },
    ];

    public static IReadOnlyList<GlossaryEntry> Small() => GlossaryLoader.LoadText(SmallYaml, "small.yaml").EntriesOrThrow();

    public static IReadOnlyList<GlossaryEntry> Bundled() => GlossaryLoader.LoadBundled().EntriesOrThrow();

    /// <summary>Every field an exchange format must keep, on one line: <c>busan | Busan | place | ko=부산 | v[Pusan] | a[] | note | source</c>.</summary>
    public static string Render(GlossaryEntry e) =>
        $"{e.Id} | {e.En} | {e.Kind.ToName()} | {string.Join(", ", e.Native.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key}={n.Value}"))}" +
        $" | v[{string.Join("; ", e.Variants)}] | a[{string.Join("; ", e.Allow)}] | note={e.Note ?? "(none)"} | source={e.Source ?? "(none)"}";

    /// <summary><see cref="Render"/> plus the tool's own keys (irregular, generate, styles, tests), for the lossless formats.</summary>
    public static string RenderAll(GlossaryEntry e) =>
        Render(e) + $" | irregular={e.Irregular} | generate={e.Generate?.ToString() ?? "(default)"}" +
        $" | styles[{string.Join("; ", e.Styles.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}"))}]" +
        $" | tests[{string.Join("; ", e.Tests.Select(t => $"{(t.MustFlag ? "flag" : "pass")}:{t.Text}=>{t.Fix}"))}]";

    public static void AssertSameEntries(IReadOnlyList<GlossaryEntry> expected, GlossaryLoadResult actual, bool allFields = false)
    {
        Assert.Empty(actual.Diagnostics);
        Func<GlossaryEntry, string> render = allFields ? RenderAll : Render;
        Assert.Equal(expected.Select(render), actual.Entries.Select(render));
    }
}
