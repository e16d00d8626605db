using Glossary;

// Usage: Glossary.Compiler OUTPUT — compiles the bundled glossary (embedded in this program as YAML) to OUTPUT.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Glossary.Compiler OUTPUT");
    return 2;
}

var loaded = GlossaryLoader.LoadBundled();
foreach (var diagnostic in loaded.Diagnostics)
    Console.Error.WriteLine(diagnostic.ToString().Replace("bundled/", "glossary/", StringComparison.Ordinal));
if (loaded.HasErrors)
    return 2;

var glossary = new GlossaryBuilder().AddRange(loaded.Entries).Build();
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[0]))!);
using (var stream = File.Create(args[0]))
    glossary.Save(stream);
Console.WriteLine($"glossary: compiled {glossary.Entries.Count} bundled entries to {args[0]}");
return 0;
