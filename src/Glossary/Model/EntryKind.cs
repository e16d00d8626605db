namespace Glossary;

/// <summary>What a glossary entry names; proper nouns get case-sensitive checks.</summary>
public enum EntryKind
{
    /// <summary>Anything else (the default); case differences are never flagged.</summary>
    Other,

    /// <summary>A person: <c>Lee Jae-myung</c>.</summary>
    Person,

    /// <summary>A place: <c>Busan</c>.</summary>
    Place,

    /// <summary>An organization: <c>Yonhap</c>.</summary>
    Organization,

    /// <summary>A term or common word: <c>xie xie</c>; case differences are never flagged.</summary>
    Term,
}

/// <summary>Helpers for <see cref="EntryKind"/>.</summary>
internal static class EntryKindExtensions
{
    /// <summary>Person, place and organization names are proper nouns: <c>Lee Jae-Myung</c> is flagged, <c>xie Xie</c> is not.</summary>
    public static bool IsProperNoun(this EntryKind kind) => kind is EntryKind.Person or EntryKind.Place or EntryKind.Organization;

    /// <summary>The name used in YAML and reports: Person → <c>"person"</c>.</summary>
    public static string ToName(this EntryKind kind) => kind switch
    {
        EntryKind.Person => "person",
        EntryKind.Place => "place",
        EntryKind.Organization => "organization",
        EntryKind.Term => "term",
        _ => "other",
    };
}
