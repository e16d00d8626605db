using Glossary.Matching;

namespace Glossary.Tests.Matching;

/// <summary>The start filter in front of the trie: what it lets through and what it skips.</summary>
public sealed class PhraseMatcherTests
{
    private static readonly PhraseMatcher Matcher = Build("Kim Jong-un", "Xi Jinping", "P'yŏngyang", "Kimchi", "Sun Yat-sen");

    [Theory]
    [InlineData("Kim Jong-un spoke", 3)]
    [InlineData("KIM said", 3)]
    [InlineData("Xi's visit", 2)]
    [InlineData("Pʼyongyang today", 10)] // U+02BC is a letter that folds to an apostrophe: the token is "p"
    [InlineData("Kimchi", 6)]
    [InlineData("Sun-yat", 3)]
    [InlineData("Kim\u00ADchi", 3)] // a soft hyphen vanishes: the trie must decide
    public void MayMatchAt_LetsThroughWordsThatBeginASpelling(string text, int wordEnd)
    {
        Assert.True(Matcher.MayMatchAt(text, 0, out var end));
        Assert.Equal(wordEnd, end);
    }

    [Theory]
    [InlineData("Kimberley said", 9)]
    [InlineData("the talks", 3)]
    [InlineData("Ki", 2)]
    [InlineData("Jong-un", 4)]
    public void MayMatchAt_SkipsWordsThatBeginNoSpelling(string text, int wordEnd)
    {
        Assert.False(Matcher.MayMatchAt(text, 0, out var end));
        Assert.Equal(wordEnd, end);
    }

    [Fact]
    public void MayMatchAt_SkipsMostWordsOfProse()
    {
        var text = string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"word{i}"));
        var passed = 0;
        var vectorPassed = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (PhraseMatcher.IsWordStart(text, i) && Matcher.MayMatchAt(text, i, out _))
                passed++;
        }

        for (var i = 0; i < text.Length;)
        {
            i = Matcher.NextCandidate(text, i, text.Length, out var wordEnd);
            if (wordEnd < 0)
                break;
            vectorPassed++;
            i = wordEnd;
        }

        // Two bits of sixteen or more per token: one or two words in a hundred pass by chance (without the
        // filter, all would; with one bit, one in sixteen).
        Assert.True(passed < 60, $"{passed} of 2000 words passed the filter");
        Assert.Equal(passed, vectorPassed);
    }

    private static PhraseMatcher Build(params string[] spellings)
    {
        var builder = new PhraseMatcherBuilder();
        for (var i = 0; i < spellings.Length; i++)
            builder.Add(spellings[i], i);
        return builder.Build();
    }
}
