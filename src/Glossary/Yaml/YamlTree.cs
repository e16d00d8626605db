using Glossary.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Glossary.Yaml;

/// <summary>A YAML node with the position where it starts; the loader's own small model of a file.</summary>
internal abstract record YamlTreeNode(SourcePosition Position)
{
    public abstract string Describe();
}

internal sealed record YamlScalar(SourcePosition Position, string Value, bool IsNull) : YamlTreeNode(Position)
{
    /// <summary>Whether the scalar is written without quotes, so that <c>5</c> or <c>true</c> reads as a number or a boolean.</summary>
    public bool IsPlain { get; init; }

    public override string Describe() => IsNull ? "empty"
        : IsPlain && Value is "true" or "false" or "True" or "False" or "TRUE" or "FALSE" ? "a boolean"
        : IsPlain && double.TryParse(Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) ? "a number"
        : "a string";
}

internal sealed record YamlSequence(SourcePosition Position, IReadOnlyList<YamlTreeNode> Items) : YamlTreeNode(Position)
{
    public override string Describe() => "a list";
}

internal sealed record YamlMapping(SourcePosition Position, IReadOnlyList<(YamlScalar Key, YamlTreeNode Value)> Pairs) : YamlTreeNode(Position)
{
    public override string Describe() => "a mapping";

    /// <summary>The pairs of a mapping by key; unknown and repeated keys are reported (GLS003, GLS004) and left out.</summary>
    public static Dictionary<string, YamlTreeNode> UniqueKeys(YamlMapping map, string[] known, List<GlossaryDiagnostic> diagnostics)
    {
        var seen = new Dictionary<string, YamlTreeNode>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Pairs)
        {
            if (!known.Contains(key.Value))
            {
                diagnostics.Add(new GlossaryDiagnostic(GlossaryMessages.UnknownKeyId, DiagnosticSeverity.Error,
                    GlossaryMessages.Format(GlossaryMessages.UnknownKey, key.Value, string.Join(", ", known)), key.Position));
                continue;
            }

            if (lines.TryGetValue(key.Value, out var firstLine))
            {
                diagnostics.Add(new GlossaryDiagnostic(GlossaryMessages.DuplicateKeyId, DiagnosticSeverity.Error, GlossaryMessages.Format(GlossaryMessages.DuplicateKey, key.Value, firstLine), key.Position));
                continue;
            }

            lines[key.Value] = key.Position.Line;
            seen[key.Value] = value;
        }

        return seen;
    }
}

/// <summary>
/// Reads a YAML text into <see cref="YamlTreeNode"/>s with YamlDotNet's event parser, so every node
/// keeps its line and column. Aliases, complex keys and extra documents are reported, not followed.
/// </summary>
internal sealed class YamlTreeReader
{
    private readonly string path;
    private readonly List<GlossaryDiagnostic> diagnostics;
    private Mark lastMark = Mark.Empty;

    private YamlTreeReader(string path, List<GlossaryDiagnostic> diagnostics)
    {
        this.path = path;
        this.diagnostics = diagnostics;
    }

    /// <summary>The first document's root node, or null when the text is empty or has a syntax error (reported).</summary>
    public static YamlTreeNode? Read(string text, string path, List<GlossaryDiagnostic> diagnostics)
    {
        var reader = new YamlTreeReader(path, diagnostics);
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
                return null;

            parser.Consume<DocumentStart>();
            var root = reader.ReadNode(parser);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var extra))
                reader.Error(extra.Start, GlossaryMessages.UnsupportedYamlId, GlossaryMessages.Format(GlossaryMessages.UnsupportedYaml, "several YAML documents in one file"));
            return root;
        }
        catch (YamlException e)
        {
            reader.Error(e.Start, GlossaryMessages.SyntaxId, GlossaryMessages.Format(GlossaryMessages.Syntax, CleanMessage(e.Message)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some malformed input.
            reader.Error(reader.lastMark, GlossaryMessages.SyntaxId, GlossaryMessages.Format(GlossaryMessages.Syntax, "malformed YAML after this point"));
            return null;
        }
    }

    private YamlTreeNode ReadNode(IParser parser)
    {
        if (parser.Current is { } current)
            lastMark = current.Start;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var isNull = scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
            return new YamlScalar(At(scalar.Start), scalar.Value, isNull) { IsPlain = scalar.Style == YamlDotNet.Core.ScalarStyle.Plain };
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<YamlTreeNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
                items.Add(ReadNode(parser));
            return new YamlSequence(At(sequenceStart.Start), items);
        }

        if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            var pairs = new List<(YamlScalar, YamlTreeNode)>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(parser);
                var value = ReadNode(parser);
                if (keyNode is YamlScalar key)
                    pairs.Add((key, value));
                else
                    Error(keyNode.Position, GlossaryMessages.UnsupportedYamlId, GlossaryMessages.Format(GlossaryMessages.UnsupportedYaml, "complex mapping keys"));
            }

            return new YamlMapping(At(mappingStart.Start), pairs);
        }

        var alias = parser.Consume<AnchorAlias>();
        Error(alias.Start, GlossaryMessages.UnsupportedYamlId, GlossaryMessages.Format(GlossaryMessages.UnsupportedYaml, "aliases (*name)"));
        return new YamlScalar(At(alias.Start), string.Empty, IsNull: true);
    }

    private SourcePosition At(Mark mark) => new(path, (int)mark.Line, (int)mark.Column, (int)mark.Index);

    private void Error(Mark mark, string id, string message) => Error(At(mark), id, message);

    private void Error(SourcePosition position, string id, string message) =>
        diagnostics.Add(new GlossaryDiagnostic(id, DiagnosticSeverity.Error, message, position));

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the position is ours to print.
    private static string CleanMessage(string message)
    {
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0 ? message[(cut + 3)..] : message;
    }
}
