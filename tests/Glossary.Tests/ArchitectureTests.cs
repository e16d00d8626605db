using System.Reflection;
using System.Reflection.Emit;

namespace Glossary.Tests;

/// <summary>
/// The layering rule of STYLE.md, read off the compiled library: every type reference (signatures, fields, base
/// types and method bodies, lambdas included) from a folder's types to another folder's. A folder may use the folders
/// of a lower rank; two folders never use each other; Korean and Chinese never meet; YamlDotNet stays in Yaml and
/// ICU4N out of the shipped library's run-time code.
/// </summary>
public sealed class ArchitectureTests
{
    /// <summary>
    /// Folder (namespace below <c>Glossary</c>) → rank: a folder may use only folders of a lower rank, and folders of the
    /// same rank only where no cycle results. The root namespace holds build facts and embedded-data access: anyone may use it.
    /// </summary>
    private static readonly Dictionary<string, int> Ranks = new(StringComparer.Ordinal)
    {
        [""] = 0,
        ["Model"] = 1,
        ["Matching"] = 1,
        ["Yaml"] = 2,
        ["Romanization.Core"] = 1,
        ["Romanization.Korean"] = 2,
        ["Romanization.Chinese"] = 2,
        ["Romanization"] = 3,
        ["Documents"] = 3,
        ["Fixing"] = 3,
        ["Loading"] = 4,
        ["Variants"] = 4,
        ["Reading"] = 5,
        ["Checking"] = 5,
        ["Linting"] = 6,
        ["Exchange"] = 6,
        ["Project"] = 7,
    };

    /// <summary>
    /// Uses that break the rule today, each to be removed by issue #12's consolidation. The test fails when a use not
    /// listed here appears, and when a listed one is gone (delete its line: the list only shrinks).
    /// </summary>
    private static readonly HashSet<string> KnownDebt = new(StringComparer.Ordinal)
    {
    };

    [Fact]
    public void Layers_UseOnlyLowerLayers_WithoutCycles()
    {
        var uses = FolderUses();
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (from, targets) in uses)
        {
            foreach (var to in targets)
            {
                if (to.StartsWith("package:", StringComparison.Ordinal))
                {
                    var package = to["package:".Length..];
                    if (package != "YamlDotNet" || from != "Yaml")
                        problems.Add($"{Display(from)} uses {package}");
                    continue;
                }

                Assert.True(Ranks.ContainsKey(to), $"folder '{to}' has no rank: add it to {nameof(Ranks)}");
                Assert.True(Ranks.ContainsKey(from), $"folder '{from}' has no rank: add it to {nameof(Ranks)}");
                if (Ranks[to] > Ranks[from])
                    problems.Add($"{Display(from)} -> {Display(to)} (upward)");
                if (string.CompareOrdinal(from, to) < 0 && uses.TryGetValue(to, out var back) && back.Contains(from))
                    problems.Add($"{Display(from)} <-> {Display(to)} (cycle)");
                if (IsKoreanChinesePair(from, to))
                    problems.Add($"{Display(from)} -> {Display(to)} (Korean and Chinese never reference each other)");
            }
        }

        Assert.True(uses.Count >= 10, $"only {uses.Count} folders were read: the scan is broken");
        var added = problems.Except(KnownDebt).ToList();
        var paid = KnownDebt.Except(problems).ToList();
        Assert.True(added.Count == 0, "new layering violations:\n" + string.Join('\n', added));
        Assert.True(paid.Count == 0, "fixed, so remove from KnownDebt:\n" + string.Join('\n', paid));
    }

    [Fact]
    public void Scan_SeesUsesInMethodBodiesAndLambdas()
    {
        // Guards the scanner itself: CompiledGlossary (Checking) uses the matcher only inside method bodies and fields.
        var uses = FolderUses();
        Assert.Contains("Matching", uses["Checking"]);
        Assert.Contains("Model", uses["Checking"]);
        Assert.DoesNotContain(uses["Matching"], u => !u.StartsWith("package:", StringComparison.Ordinal) && u.Length > 0);
    }

    private static bool IsKoreanChinesePair(string a, string b) =>
        (a.StartsWith("Romanization.Korean", StringComparison.Ordinal) && b.StartsWith("Romanization.Chinese", StringComparison.Ordinal)) ||
        (a.StartsWith("Romanization.Chinese", StringComparison.Ordinal) && b.StartsWith("Romanization.Korean", StringComparison.Ordinal));

    private static string Display(string folder) => folder.Length == 0 ? "(root)" : folder;

    /// <summary>Folder → the other folders (and "package:Name" for YamlDotNet and ICU4N) that its types reference.</summary>
    private static Dictionary<string, HashSet<string>> FolderUses()
    {
        var assembly = typeof(CompiledGlossary).Assembly;
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var from = FolderOf(type);
            if (from is null)
                continue;
            if (!uses.TryGetValue(from, out var set))
                uses[from] = set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var referenced in References(type).SelectMany(Expand))
            {
                if (referenced.Assembly == assembly)
                {
                    if (FolderOf(referenced) is { } to && to != from)
                        set.Add(to);
                }
                else if (referenced.Assembly.GetName().Name is "YamlDotNet" or "ICU4N" or "ICU4N.Transliterator" && !IsGeneratorTool(type))
                {
                    set.Add("package:" + (referenced.Assembly.GetName().Name!.StartsWith("ICU4N", StringComparison.Ordinal) ? "ICU4N" : "YamlDotNet"));
                }
            }
        }

        return uses;
    }

    /// <summary>A type and the types it is made of: element types of arrays and references, generic arguments.</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        if (type.HasElementType && type.GetElementType() is { } element)
        {
            foreach (var t in Expand(element))
                yield return t;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Expand))
                yield return t;
        }
    }

    /// <summary>The table generator runs at test time only (it re-derives the embedded Chinese tables), never in the shipped path.</summary>
    private static bool IsGeneratorTool(Type type) => Outermost(type).Name == "ChineseTableGenerator";

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
            type = outer;
        return type;
    }

    /// <summary>
    /// The folder of a type of the library: its namespace below <c>Glossary</c>. The types a caller holds live in the root
    /// namespace wherever their folder is, so a root-namespace type's folder is read off the source tree.
    /// Null for compiler-made types outside any namespace.
    /// </summary>
    private static string? FolderOf(Type type)
    {
        var outer = Outermost(type);
        var ns = outer.Namespace;
        if (ns is null)
            return null;
        if (ns == "Glossary")
        {
            var name = outer.Name.Split('`')[0];
            return RootTypeFolders.Value.TryGetValue(name, out var folder) ? folder : string.Empty;
        }

        return ns.StartsWith("Glossary.", StringComparison.Ordinal) ? ns["Glossary.".Length..] : null;
    }

    /// <summary>Type name → folder (dotted, as a namespace would be) of every type declared in <c>namespace Glossary;</c> under <c>src/Glossary</c>.</summary>
    private static readonly Lazy<Dictionary<string, string>> RootTypeFolders = new(() =>
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Glossary.sln")))
            root = root.Parent;
        Assert.NotNull(root);
        var library = Path.Combine(root.FullName, "src", "Glossary");
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(library, Path.GetDirectoryName(file)!).Replace(Path.DirectorySeparatorChar, '.');
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
                continue;
            var text = File.ReadAllText(file);
            if (!System.Text.RegularExpressions.Regex.IsMatch(text, @"^namespace Glossary;", System.Text.RegularExpressions.RegexOptions.Multiline))
                continue;
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(
                text, @"^(?:public |internal )?(?:sealed |static |abstract |readonly |partial )*(?:record struct|record|class|struct|enum|interface) (\w+)", System.Text.RegularExpressions.RegexOptions.Multiline))
                folders[m.Groups[1].Value] = relative == "." ? string.Empty : relative;
        }

        Assert.True(folders.Count > 5, "no root-namespace types found under src/Glossary: the source scan is broken");
        return folders;
    });

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> References(Type type)
    {
        if (type.BaseType is { } baseType)
            yield return baseType;
        foreach (var i in type.GetInterfaces())
            yield return i;
        foreach (var field in type.GetFields(All))
            yield return field.FieldType;
        foreach (var property in type.GetProperties(All))
            yield return property.PropertyType;
        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (method is MethodInfo info)
                yield return info.ReturnType;
            foreach (var parameter in method.GetParameters())
                yield return parameter.ParameterType;
            foreach (var used in BodyReferences(method))
                yield return used;
        }
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The types a method's IL names: call targets, fields, types of newobj, casts, ldtoken and the like.</summary>
    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException)
        {
            yield break;
        }

        if (il is null)
            yield break;

        var module = method.Module;
        var typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    MemberInfo? member = null;
                    try
                    {
                        member = module.ResolveMember(token, typeArgs, methodArgs);
                    }
                    catch (ArgumentException)
                    {
                    }

                    if (member is Type t)
                        yield return t;
                    else if (member?.DeclaringType is { } declaring)
                        yield return declaring;
                    if (member is FieldInfo f)
                        yield return f.FieldType;
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }
}
