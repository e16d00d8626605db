
namespace Glossary.Tests.Romanization;

public sealed class RomanizersTests
{
    [Theory]
    [InlineData("서울", ScriptLanguage.Korean)]
    [InlineData("ㄱㄴ", ScriptLanguage.Korean)]
    [InlineData("习近平", ScriptLanguage.Chinese)]
    [InlineData("習近平", ScriptLanguage.Chinese)]
    [InlineData("Xi 习近平", ScriptLanguage.Chinese)]
    [InlineData("〇", ScriptLanguage.Chinese)]
    [InlineData("\uA960\u1161", ScriptLanguage.Korean)] // Hangul Jamo Extended-A
    [InlineData("\u1100\uD7B0", ScriptLanguage.Korean)] // Hangul Jamo Extended-B
    public void DetectLanguage_ScriptOfText_IsLanguage(string text, ScriptLanguage expected) =>
        Assert.Equal(expected, Romanizers.DetectLanguage(text));

    [Theory]
    [InlineData("Seoul")]
    [InlineData("")]
    [InlineData("서울 北京")]
    public void DetectLanguage_NoneOrBothScripts_IsNull(string text) =>
        Assert.Null(Romanizers.DetectLanguage(text));

    [Theory]
    [InlineData("rr", RomanizationSystem.RevisedRomanization)]
    [InlineData("MR-Simple", RomanizationSystem.McCuneReischauerSimplified)]
    [InlineData("wade-giles", RomanizationSystem.WadeGiles)]
    public void SystemNames_RoundTrip(string name, RomanizationSystem expected)
    {
        Assert.True(RomanizationSystemNames.TryParse(name, out var system));
        Assert.Equal(expected, system);
        Assert.Equal(name.ToLowerInvariant(), system.ToName());
    }
}
