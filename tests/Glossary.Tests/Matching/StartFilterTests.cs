using System.Runtime.Intrinsics;
using CsCheck;
using Glossary.Matching;

namespace Glossary.Tests.Matching;

/// <summary>The vector read of an ASCII word is the character-at-a-time hash, length and gap.</summary>
public sealed class StartFilterTests
{
    private const string Ascii = "abcxyzABCXYZ0189 -'.,;:\t\n!?()\"_@`{[/~";

    [Fact]
    public void TryReadAsciiWord_AgreesWithHashToken()
    {
        if (!Vector128.IsHardwareAccelerated)
            return; // the scanner reads a character at a time here: nothing to compare
        var text = Gen.Frequency((6, Gen.Char[Ascii]), (1, Gen.Char['\u00A0', '\u0400'])).Array[16, 60].Select(c => new string(c));
        var read = 0;
        Gen.Select(text, Gen.Int[0, 44]).Sample((t, offset) =>
        {
            var start = Math.Min(offset, t.Length - 16);
            if (!PhraseMatcher.IsWordStart(t, start) || t[start] >= 128)
                return true;
            if (!StartFilter.TryReadAsciiWord(t, start, out var length, out var hash, out var next))
                return true;
            Interlocked.Increment(ref read);

            var end = start;
            while (end < t.Length && char.IsAsciiLetterOrDigit(t[end]))
                end++;
            var gapEnd = end;
            while (gapEnd < t.Length && gapEnd < start + 16 && t[gapEnd] < 128 && !char.IsAsciiLetterOrDigit(t[gapEnd]))
                gapEnd++;
            var expectedNext = gapEnd < start + 16 && gapEnd < t.Length && char.IsAsciiLetterOrDigit(t[gapEnd]) ? gapEnd : end;
            return length == end - start
                && t[end] < 128
                && hash == StartFilter.HashToken(t.AsSpan(start, length).ToString().ToLowerInvariant())
                && next == expectedNext;
        }, iter: 20000);
        Assert.True(read > 1000, $"{read} words read by vector");
    }

    [Theory]
    [InlineData("Kimberley, said the", 9, 11)]
    [InlineData("ab-cd efghijklmnopq", 2, 3)]
    [InlineData("word0123456789abX", 0, 0)] // sixteen letters: too long for one read
    [InlineData("Zürich and Geneva", 0, 0)] // a non-ASCII letter inside
    [InlineData("Kim\u0306 and Geneva!", 0, 0)] // a combining mark right after
    [InlineData("Kim\0and Geneva and", 0, 0)] // NUL vanishes: read a character at a time
    [InlineData("in \u00A0Seoul, Korea", 2, 2)] // a no-break space in the gap: the caller goes on from the word's end
    public void TryReadAsciiWord_ReadsOrDeclines(string text, int length, int next)
    {
        if (!Vector128.IsHardwareAccelerated)
            return;
        var read = StartFilter.TryReadAsciiWord(text, 0, out var l, out _, out var n);
        Assert.Equal(length > 0, read);
        if (read)
            Assert.Equal((length, next), (l, n));
    }

    [Fact]
    public void HashToken_HashesLongTokensBlockByBlock()
    {
        var a = new string('a', 40);
        Assert.NotEqual(StartFilter.HashToken(a), StartFilter.HashToken(a[..39] + "b"));
        Assert.NotEqual(StartFilter.HashToken("ab"), StartFilter.HashToken("ba"));
        Assert.NotEqual(StartFilter.HashToken(string.Empty), StartFilter.HashToken("\0"));
    }
}
