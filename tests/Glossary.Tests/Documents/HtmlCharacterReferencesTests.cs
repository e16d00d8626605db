using System.Text;
using Glossary.Documents;

namespace Glossary.Tests.Documents;

/// <summary>HTML character references as the HTML standard reads them (regression: issue #11 point 1), one named row per rule.</summary>
public sealed class HtmlCharacterReferencesTests
{
    public static TheoryData<string, string, bool, string> Cases => new()
    {
        { "bare ampersand is text", "R&D", false, "R&D" },
        { "spaced ampersand is text", "Tom & Jerry", false, "Tom & Jerry" },
        { "ampersand at the end is text", "a&", false, "a&" },
        { "named with ;", "a&amp;b", false, "a&b" },
        { "legacy name without ;", "a&nbspb", false, "a\u00A0b" },
        { "longest legacy prefix", "&notit;", false, "\u00ACit;" },
        { "name with ; preferred over its legacy prefix", "&notin;", false, "\u2209" },
        { "unknown name is text", "&bogus; &D;", false, "&bogus; &D;" },
        { "name that needs ; without it is text", "&rsquo x", false, "&rsquo x" },
        { "two code points", "&NotEqualTilde;", false, "\u2242\u0338" },
        { "case matters", "&AMP; &Amp;", false, "& &Amp;" },
        { "decimal", "&#233;", false, "é" },
        { "decimal without ;", "&#233x", false, "éx" },
        { "hex", "&#xE9; &#XE9;", false, "é é" },
        { "no digits is text", "&#; &#x; &#a", false, "&#; &#x; &#a" },
        { "zero becomes U+FFFD", "&#0;", false, "\uFFFD" },
        { "surrogate becomes U+FFFD", "&#xD800;", false, "\uFFFD" },
        { "past U+10FFFF becomes U+FFFD", "&#x110000; &#99999999999999999999;", false, "\uFFFD \uFFFD" },
        { "astral code point", "&#x1F600;", false, "\U0001F600" },
        { "C1 read as windows-1252", "&#128; &#x99; &#x9F;", false, "€ ™ Ÿ" },
        { "C1 without a windows-1252 character stays", "&#x81;", false, "\u0081" },
        { "attribute: legacy name before = is text", "?a=1&copy=2", true, "?a=1&copy=2" },
        { "attribute: legacy name before a letter is text", "&notit;", true, "&notit;" },
        { "attribute: legacy name before a space is decoded", "&copy 2", true, "© 2" },
        { "attribute: name with ; is decoded", "&copy;=2", true, "©=2" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decode(string name, string raw, bool inAttribute, string expected) =>
        Assert.True(expected == HtmlCharacterReferences.Decode(raw, inAttribute), $"{name}: got [{HtmlCharacterReferences.Decode(raw, inAttribute)}]");

    [Fact]
    public void Table_AgreesWithMarkdigsCopyOfTheStandard_AndHasEveryLegacyName()
    {
        var rows = EmbeddedData.Rows("Glossary.Documents.Data.html-entities.tsv", 2);
        Assert.Equal(2231, rows.Count);
        Assert.Equal(106, rows.Count(r => !r[0].EndsWith(';')));
        foreach (var row in rows.Where(r => r[0].EndsWith(';')))
        {
            var expected = string.Concat(row[1].Split(' ').Select(h => char.ConvertFromUtf32(Convert.ToInt32(h, 16))));
            Assert.True(expected == Markdig.Helpers.EntityHelper.DecodeEntity(row[0].AsSpan(0, row[0].Length - 1)), row[0]);
            Assert.Equal(expected, HtmlCharacterReferences.Decode("&" + row[0]));
        }

        // Every legacy name is also a name with ';' that means the same.
        foreach (var row in rows.Where(r => !r[0].EndsWith(';')))
            Assert.Contains(rows, r => r[0] == row[0] + ";" && r[1] == row[1]);
    }

    [Fact]
    public void Decode_AgreesWithWebUtility_WhereBothFollowTheStandard()
    {
        // WebUtility knows the HTML 4 names, always with ';': on those both must agree.
        var sample = new StringBuilder();
        foreach (var name in new[] { "amp", "lt", "gt", "quot", "nbsp", "copy", "eacute", "rsquo", "mdash", "hellip", "euro", "alefsym" })
            sample.Append('&').Append(name).Append("; ");
        Assert.Equal(System.Net.WebUtility.HtmlDecode(sample.ToString()), HtmlCharacterReferences.Decode(sample.ToString()));
    }
}
