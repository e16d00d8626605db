using System.Reflection;
using System.Text;
using Snapshooter.Xunit;

namespace Glossary.Tests;

/// <summary>Guards the library's public surface against accidental changes: a listing of every public member.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_IsUnchanged()
    {
        var assembly = typeof(CompiledGlossary).Assembly;
        var sb = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(Describe(type)).Append('\n');
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true })
                .Where(m => m.DeclaringType == type && !IsRecordNoise(m))
                .Select(Member)
                .Order(StringComparer.Ordinal);
            foreach (var member in members)
                sb.Append("  ").Append(member).Append('\n');
        }

        Snapshot.Match(sb.ToString());
    }

    /// <summary>Issue #12: the product is a handful of types in the root namespace, not the CLI's needs.</summary>
    [Fact]
    public void PublicApi_HasAtMost25TopLevelTypes_AllInTheRootNamespace()
    {
        var types = typeof(CompiledGlossary).Assembly.GetExportedTypes().Where(t => !t.IsNested).ToList();
        Assert.InRange(types.Count, 1, 25);
        Assert.All(types, t => Assert.Equal("Glossary", t.Namespace));
    }

    private static string Describe(Type type)
    {
        var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : type.IsSealed ? "sealed class" : "class";
        return $"{kind} {type.FullName}";
    }

    private static bool IsRecordNoise(MemberInfo member) =>
        member.Name is "<Clone>$" or "EqualityContract" or "Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "PrintMembers";

    private static string Member(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c.GetParameters())})",
        MethodInfo m => $"{(m.IsStatic ? "static " : string.Empty)}{Name(m.ReturnType)} {m.Name}({Parameters(m.GetParameters())})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{Name(p.PropertyType)} {p.Name} {{{(p.GetMethod?.IsPublic == true ? " get;" : string.Empty)}{(p.SetMethod?.IsPublic == true ? IsInit(p.SetMethod) ? " init;" : " set;" : string.Empty)} }}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{Name(f.FieldType)} {f.Name}",
        Type t => $"nested {t.Name}",
        _ => member.ToString() ?? member.Name,
    };

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit));

    private static string Parameters(ParameterInfo[] parameters) =>
        string.Join(", ", parameters.Select(p => $"{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + DefaultValue(p) : string.Empty)}"));

    /// <summary>A parameter's default as C# would write it: <c>null</c>, <c>"text"</c>, <c>true</c>, <c>ReportFormat.Text</c>, <c>64</c>, or <c>default</c> for a struct.</summary>
    private static string DefaultValue(ParameterInfo parameter) => parameter.DefaultValue switch
    {
        null when parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null => "default",
        null => "null",
        string text => $"\"{text}\"",
        bool flag => flag ? "true" : "false",
        Enum value => $"{value.GetType().Name}.{value}",
        IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        var other => other.ToString() ?? "?",
    };

    private static string Name(Type type)
    {
        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
        }

        return type.IsArray ? Name(type.GetElementType()!) + "[]" : type.Name;
    }
}
