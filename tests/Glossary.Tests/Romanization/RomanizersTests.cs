
namespace Glossary.Tests.Romanization;

public sealed class RomanizersTests
{
    [Theory]
    [InlineData("서울", "ko")]
    [InlineData("ㄱㄴ", "ko")]
    [InlineData("习近平", "zh")]
    [InlineData("習近平", "zh")]
    [InlineData("Xi 习近平", "zh")]
    [InlineData("〇", "zh")]
    [InlineData("\uA960\u1161", "ko")] // Hangul Jamo Extended-A
    [InlineData("\u1100\uD7B0", "ko")] // Hangul Jamo Extended-B
    public void DetectLanguage_ScriptOfText_IsLanguage(string text, string expected) =>
        Assert.Equal(expected, Romanizer.DetectLanguage(text));

    [Theory]
    [InlineData("Seoul")]
    [InlineData("")]
    [InlineData("서울 北京")]
    public void DetectLanguage_NoneOrBothScripts_IsNull(string text) =>
        Assert.Null(Romanizer.DetectLanguage(text));

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
