using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Glossary.Model;

namespace Glossary.Exchange;

/// <summary>
/// Writes entries as glossary YAML (format v1) that <see cref="GlossaryLoader"/> reads back unchanged: block
/// style, two-space indent, a blank line between entries, keys in the order <c>en</c>, <c>ko</c>, <c>zh</c>,
/// <c>zh-Hans</c>, <c>zh-Hant</c>, <c>ja</c>, <c>kind</c>, <c>context</c>, <c>needs-evidence</c>, <c>variants</c>, <c>allow</c>, <c>id</c> (only when
/// it is not the default id of <c>en</c>), <c>note</c>, <c>source</c>, <c>checked</c>, <c>irregular</c>, <c>generate</c>, <c>styles</c>, <c>tests</c>.
/// </summary>
/// <remarks>
/// Scalars are written plain when YAML reads them back as the same string; otherwise (indicator characters
/// at the start, <c>": "</c> or <c>" #"</c> inside, words and numbers that YAML would not read as a string)
/// single-quoted, or double-quoted when they need escapes (line breaks, control characters). This folder does not use YamlDotNet (only Yaml does).
/// </remarks>
internal static partial class YamlExport
{
    /// <summary>
    /// The YAML text of <paramref name="entries"/>; <paramref name="comment"/> lines, when given, come first as
    /// <c>#</c> comments: <c>Busan</c> (place, variant Pusan) →
    /// <c>entries:\n  - en: Busan\n    kind: place\n    variants:\n      - Pusan\n</c>.
    /// </summary>
    public static string Write(IEnumerable<GlossaryEntry> entries, string? comment = null)
    {
        var sb = new StringBuilder();
        if (comment is not null)
        {
            foreach (var line in comment.ReplaceLineEndings("\n").Split('\n'))
                sb.Append('#').Append(line.Length > 0 ? " " + line : string.Empty).Append('\n');
        }

        var list = entries.ToList();
        if (list.Count == 0)
            return sb.Append("entries: []\n").ToString();

        sb.Append("entries:\n");
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
                sb.Append('\n');
            WriteEntry(sb, list[i]);
        }

        return sb.ToString();
    }

    private static void WriteEntry(StringBuilder sb, GlossaryEntry e)
    {
        sb.Append("  - en: ").Append(Scalar(e.En)).Append('\n');
        foreach (var key in NativeLanguage.Tags)
        {
            if (e.Native.TryGetValue(key, out var native))
                Pair(sb, key, native);
        }

        Pair(sb, "kind", e.Kind.ToName());
        List(sb, "context", e.Context);
        List(sb, "aka", e.Aka);
        List(sb, "needs-evidence", e.NeedsEvidence);
        List(sb, "variants", e.Variants);
        List(sb, "allow", e.Allow);
        if (e.Id != GlossaryLoader.DefaultId(e.En))
            Pair(sb, "id", e.Id);
        if (e.Note is not null)
            Pair(sb, "note", e.Note);
        if (e.Source is not null)
            Pair(sb, "source", e.Source);
        if (e.Checked is { } day)
            sb.Append("    checked: ").Append(day.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture)).Append('\n');
        if (e.Irregular)
            sb.Append("    irregular: true\n");
        if (e.Generate is { } generate)
            sb.Append("    generate: ").Append(generate ? "true" : "false").Append('\n');
        if (e.Styles.Count > 0)
        {
            sb.Append("    styles:\n");
            foreach (var (name, form) in e.Styles)
                sb.Append("      ").Append(Scalar(name)).Append(": ").Append(Scalar(form)).Append('\n');
        }

        if (e.Tests.Count > 0)
        {
            sb.Append("    tests:\n");
            foreach (var test in e.Tests)
            {
                sb.Append("      - ").Append(test.MustFlag ? "flag" : "pass").Append(": ").Append(Scalar(test.Text)).Append('\n');
                if (test.Fix is not null)
                    sb.Append("        fix: ").Append(Scalar(test.Fix)).Append('\n');
            }
        }
    }

    private static void Pair(StringBuilder sb, string key, string value) =>
        sb.Append("    ").Append(key).Append(": ").Append(Scalar(value)).Append('\n');

    private static void List(StringBuilder sb, string key, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
            return;
        sb.Append("    ").Append(key).Append(":\n");
        foreach (var item in items)
            sb.Append("      - ").Append(Scalar(item)).Append('\n');
    }

    /// <summary>
    /// The value as a YAML scalar: plain when that reads back as the same string, else single-quoted
    /// (<c>'"Hello" in Mandarin.'</c>), else double-quoted when it needs escapes (line breaks, control characters).
    /// </summary>
    internal static string Scalar(string value) =>
        IsPlainSafe(value) ? value
        : NeedsEscapes(value) ? DoubleQuoted(value)
        : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static bool NeedsEscapes(string value) => value.Any(c => char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF');

    private static bool IsPlainSafe(string value)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
            return false;
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0]))
            return false;
        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':'))
            return false;
        if (NeedsEscapes(value))
            return false;
        return !NonString().IsMatch(value);
    }

    private static string DoubleQuoted(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\u0085': sb.Append("\\N"); break;
                case '\u2028': sb.Append("\\L"); break;
                case '\u2029': sb.Append("\\P"); break;
                case '\uFEFF': sb.Append("\\uFEFF"); break;
                default:
                    if (char.IsControl(c))
                        sb.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    else
                        sb.Append(c);
                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>Plain scalars that YAML 1.1 or 1.2 reads as null, a boolean, a number or a date.</summary>
    [GeneratedRegex(@"^(~|null|true|false|yes|no|on|off|y|n|[-+]?(\.inf|\.nan)|[-+]?[0-9][0-9_,.:]*([eE][-+]?[0-9]+)?|[-+]?\.[0-9]+([eE][-+]?[0-9]+)?|0[xob][0-9a-fA-F_]+|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NonString();
}
