
namespace Glossary.Tests.Checking;

/// <summary>A small glossary built in code, independent of the bundled data, for the rule tables.</summary>
internal static class TestGlossary
{
    public static readonly GlossaryEntry[] Entries =
    [
        new() { Id = "lee-jae-myung", En = "Lee Jae-myung", Kind = EntryKind.Person, Variants = ["Lee Jae-myong", "Lee Jae Myung", "Jae-myung", "Yi Chae-myŏng"] },
        new() { Id = "yoon-suk-yeol", En = "Yoon Suk Yeol", Kind = EntryKind.Person, Variants = ["Yoon Suk-yeol", "Yun Suk-yeol", "Yoon Seok-youl"] },
        new() { Id = "kim-jong-un", En = "Kim Jong-un", Kind = EntryKind.Person, Variants = ["Kim Jong Un", "Kim Jongun"] },
        new() { Id = "kim-jong-il", En = "Kim Jong-il", Kind = EntryKind.Person, Variants = ["Kim Jong Il"] },
        new() { Id = "gyeongju", En = "Gyeongju", Kind = EntryKind.Place, Variants = ["Kyŏngju"] },
        new() { Id = "busan", En = "Busan", Kind = EntryKind.Place, Variants = ["Pusan"] },
        new() { Id = "panmunjom", En = "Panmunjom", Kind = EntryKind.Place, Variants = ["P'anmunjŏm", "Panmunjeom"] },
        new() { Id = "xi-an", En = "Xi'an", Kind = EntryKind.Place, Variants = ["Sian"] },
        new() { Id = "cheong-wa-dae", En = "Cheong Wa Dae", Kind = EntryKind.Place, Variants = ["Chongwadae"], Allow = ["Blue House"] },
        new() { Id = "zurich", En = "Zürich", Kind = EntryKind.Place, Variants = ["Zurich"] },
        new() { Id = "xie-xie", En = "xie xie", Kind = EntryKind.Term, Variants = ["xiexie", "hsieh hsieh"] },
        new() { Id = "peking", En = "Beijing", Kind = EntryKind.Place, Variants = ["Peking"], Allow = ["Peking University", "Peking duck"] },
        new() { Id = "yonhap", En = "Yonhap", Kind = EntryKind.Organization, Variants = ["Yonhap News", "Yeonhap"] },
    ];

    public static readonly CompiledGlossary Compiled = new GlossaryBuilder().AddRange(Entries).Build();

    /// <summary>Findings as a compact listing: <c>'found' → 'replacement'</c> joined by <c>; </c>.</summary>
    public static string Render(IEnumerable<Finding> findings) =>
        string.Join("; ", findings.Select(f => $"'{f.Found}' → '{f.Replacement}'"));
}
