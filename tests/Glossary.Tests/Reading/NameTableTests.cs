using Glossary.Reading;
using Glossary.Tests.Romanization.Chinese;

namespace Glossary.Tests.Reading;

/// <summary>
/// The name reader's data files (issue #16, speed: the first check of a process reads them instead of generating them
/// from the romanizer): they hold exactly what the romanizer's tables generate, and the reader reads them back whole.
/// </summary>
public sealed class NameTableTests
{
    public static TheoryData<string> Files() => [KoreanNameReader.SyllablesFile, KoreanNameReader.SurnamesFile, ChineseNameReader.SyllablesFile, ChineseNameReader.SurnamesFile];

    /// <summary>
    /// The committed files are exactly what the romanizer's tables generate; <c>GLOSSARY_REGENERATE=1</c> rewrites them
    /// instead of comparing (then review the diff and commit).
    /// </summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void Generate_FromTheRomanizer_EqualsTheCommittedFile(string file)
    {
        var path = Path.Combine(ChineseTableGeneratorTests.RepositoryRoot(), "src", "Glossary", "Reading", "Data", file);
        var content = Generated(file);
        if (Environment.GetEnvironmentVariable("GLOSSARY_REGENERATE") == "1")
            File.WriteAllText(path, content);
        else
            Assert.True(File.Exists(path) && File.ReadAllText(path) == content, $"{file} differs from what the romanizer's tables generate; run GLOSSARY_REGENERATE=1 dotnet test --filter NameTableTests and review the diff.");
    }

    /// <summary>The reader, as loaded from the embedded files, gives every generated spelling its generated readings in order.</summary>
    [Fact]
    public void Reader_EveryGeneratedSpelling_HasTheGeneratedReadings()
    {
        var korean = KoreanNameReader.Generate();
        var chinese = ChineseNameReader.Generate();
        var checkedCount = 0;
        foreach (var (table, lookup) in new (Dictionary<string, string[]>, Func<string, IEnumerable<string>>)[]
        {
            (Formatted(korean.Syllables, KoreanNameReader.Format), k => KoreanNameReader.Instance.GivenSyllable(k).Select(KoreanNameReader.Format)),
            (Formatted(korean.Surnames, KoreanNameReader.Format), k => KoreanNameReader.Instance.Surname(k).Select(KoreanNameReader.Format)),
            (Formatted(chinese.Syllables, s => $"{s.Pinyin},{s.Cost},{s.System}"), k => ChineseNameReader.Instance.GivenSyllable(k).Select(s => $"{s.Pinyin},{s.Cost},{s.System}")),
            (Formatted(chinese.Surnames, s => $"{s.Pinyin},{s.Cost},{s.System}"), k => ChineseNameReader.Instance.Surname(k).Select(s => $"{s.Pinyin},{s.Cost},{s.System}")),
        })
        {
            foreach (var (spelling, readings) in table)
            {
                Assert.Equal(readings, lookup(spelling));
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 5_000, $"only {checkedCount} spellings generated");
    }

    private static Dictionary<string, string[]> Formatted<T>(Dictionary<string, T[]> table, Func<T, string> format) =>
        table.ToDictionary(p => p.Key, p => p.Value.Select(format).ToArray(), StringComparer.Ordinal);

    private static string Generated(string file) => file switch
    {
        KoreanNameReader.SyllablesFile => KoreanNameReader.Write(KoreanNameReader.Generate().Syllables),
        KoreanNameReader.SurnamesFile => KoreanNameReader.Write(KoreanNameReader.Generate().Surnames),
        ChineseNameReader.SyllablesFile => ChineseNameReader.Write(ChineseNameReader.Generate().Syllables),
        _ => ChineseNameReader.Write(ChineseNameReader.Generate().Surnames),
    };
}
