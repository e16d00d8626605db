using Glossary.Romanization.Chinese;

namespace Glossary.Tests.Romanization.Chinese;

public sealed class ChineseTableGeneratorTests
{
    /// <summary>
    /// The committed tables are exactly what ICU4N derives; <c>GLOSSARY_REGENERATE=1</c> rewrites
    /// them instead of comparing (then review the diff and commit).
    /// </summary>
    [Fact]
    public void Generate_FromIcu4N_EqualsCommittedTables()
    {
        var dataFolder = Path.Combine(RepositoryRoot(), "src", "Glossary", "Romanization", "Chinese", "Data");
        var regenerate = Environment.GetEnvironmentVariable("GLOSSARY_REGENERATE") == "1";
        foreach (var (name, content) in ChineseTableGenerator.Generate())
        {
            var path = Path.Combine(dataFolder, name);
            if (regenerate)
                File.WriteAllText(path, content);
            else
                Assert.True(File.ReadAllText(path) == content, $"{name} differs from what ICU4N derives; run GLOSSARY_REGENERATE=1 dotnet test and review the diff.");
        }
    }

    // regression: issue #12 point 9 (the table generator leaves the shipped library)
    [Fact]
    public void LibraryAssembly_ReferencesNoIcu4N()
    {
        var references = typeof(ChineseRomanizer).Assembly.GetReferencedAssemblies().Select(name => name.Name);

        Assert.DoesNotContain(references, name => name!.StartsWith("ICU4N", StringComparison.Ordinal) || name == "J2N");
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Glossary.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Glossary.sln not found above the test output folder.");
    }
}
