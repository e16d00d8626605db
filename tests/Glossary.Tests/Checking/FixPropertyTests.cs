using CsCheck;

namespace Glossary.Tests.Checking;

/// <summary>
/// Properties of fixing, over random text built from glossary spellings (in every case), filler
/// words that look like names ("moon", "Park", "Lee"), punctuation, possessives and line breaks:
/// fixing is idempotent, fixed text checks clean, and nothing outside a finding changes.
/// </summary>
public sealed class FixPropertyTests
{
    private static readonly string[] Fillers =
        ["the", "moon", "Park", "park", "Lee", "Kim", "Jong", "said", "Jae", "myung", "Xi", "a", "blue", "house", "University", "duck", "Suk", "Yeol", "Un", "Chae", "1988"];

    private static readonly string[] Separators =
        [" ", " ", " ", "\n", "\r\n", "\u00A0", "-", "\u2010", "’s ", "'s ", "' ", ", ", ". ", "\"", "(", ")", "—", "  "];

    [Fact]
    public void Fix_IsIdempotentAndLeavesNothingToFind_TestGlossary() => AssertProperties(TestGlossary.Compiled, 3000);

    [Fact]
    public void Fix_IsIdempotentAndLeavesNothingToFind_BundledGlossary() => AssertProperties(CompiledGlossary.Bundled, 3000);

    [Fact]
    public void Fix_EachPassChangesOnlyItsFindingSpans() =>
        TextGen(CompiledGlossary.Bundled).Sample(text => CompiledGlossary.Bundled.FixPasses(text).All(pass =>
        {
            var (input, findings, output) = pass;
            var at = 0;
            var outAt = 0;
            foreach (var f in findings.Where(f => f.Level == DiagnosticSeverity.Warning))
            {
                var gap = f.Offset - at;
                if (string.CompareOrdinal(input, at, output, outAt, gap) != 0 || string.CompareOrdinal(output, outAt + gap, f.Replacement, 0, f.Replacement.Length) != 0)
                    return false;
                outAt += gap + f.Replacement.Length;
                at = f.Offset + f.Length;
            }

            return string.CompareOrdinal(input, at, output, outAt, input.Length - at) == 0 && outAt + (input.Length - at) == output.Length;
        }), iter: 3000);

    [Fact]
    public void Fix_FollowUpPass_JoinsLongerName()
    {
        var passes = CompiledGlossary.Bundled.FixPasses("Sun Yat Sen UNIVERSITY");
        Assert.Equal("Sun Yat-sen University", passes[^1].Output);
        Assert.Equal("Sun Yat-sen University", CompiledGlossary.Bundled.Fix("Sun Yat Sen UNIVERSITY").Text);
    }

    private static void AssertProperties(CompiledGlossary glossary, int iterations) =>
        TextGen(glossary).Sample(text =>
        {
            var once = glossary.Fix(text).Text;
            var twice = glossary.Fix(once).Text;
            // Suggestions are left for people; every warning is fixed.
            return once == twice && glossary.Check(once).All(f => f.Level == DiagnosticSeverity.Suggestion);
        }, iter: iterations);

    private static Gen<string> TextGen(CompiledGlossary glossary)
    {
        var spellings = glossary.Entries.SelectMany(e => e.Variants.Concat(e.Allow).Append(e.En)).ToArray();
        var word = Gen.Frequency(
            (3, (IGen<string>)Gen.OneOf(spellings)),
            (2, (IGen<string>)Gen.OneOf(Fillers)));
        var cased = Gen.Select(word, Gen.Int[0, 5], (w, c) => c switch
        {
            0 => w.ToUpperInvariant(),
            1 => w.ToLowerInvariant(),
            _ => w,
        });
        var token = Gen.Select(cased, Gen.OneOf(Separators), (w, s) => w + s);
        return token.Array[1, 24].Select(string.Concat);
    }
}
