namespace Glossary.Tests.Cli;

/// <summary>Paths of the test data that is copied beside the test assembly, and scratch folders.</summary>
internal static class TestFiles
{
    public static string Article(string name) => Path.Combine(AppContext.BaseDirectory, "testdata", "articles", name);

    public static string Glossary(string name) => Path.Combine(AppContext.BaseDirectory, "testdata", "glossaries", name);

    public static string ReadArticle(string name) => File.ReadAllText(Article(name));

    /// <summary>A new empty folder that is deleted when disposed.</summary>
    public sealed class Scratch : IDisposable
    {
        public Scratch() => Directory.CreateDirectory(Root);

        public string Root { get; } = Path.Combine(Path.GetTempPath(), "glossary-tests-" + Guid.NewGuid().ToString("N"));

        public string File(string name, byte[] bytes)
        {
            var path = Path.Combine(Root, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            System.IO.File.WriteAllBytes(path, bytes);
            return path;
        }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
