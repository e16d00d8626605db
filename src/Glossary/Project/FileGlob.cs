using System.Text;
using System.Text.RegularExpressions;

namespace Glossary.Project;

/// <summary>
/// Include/exclude globs over paths relative to a project folder, with <c>/</c> separators:
/// <c>*</c> matches within one folder name, <c>**</c> any number of folders, <c>?</c> one character,
/// <c>{a,b}</c> either. A pattern without <c>/</c> matches a file name in any folder (<c>*.md</c>).
/// </summary>
internal sealed class FileGlob
{
    private readonly Regex[] includes;
    private readonly Regex[] excludes;

    /// <summary>Compiles the patterns; no include pattern means everything is included.</summary>
    public FileGlob(IEnumerable<string> include, IEnumerable<string> exclude)
    {
        includes = include.Select(Compile).ToArray();
        excludes = exclude.Select(Compile).ToArray();
    }

    /// <summary>Whether <paramref name="relativePath"/> is included and not excluded: <c>docs/a.md</c>.</summary>
    public bool IsMatch(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        return (includes.Length == 0 || includes.Any(r => r.IsMatch(path))) && !excludes.Any(r => r.IsMatch(path));
    }

    private static Regex Compile(string glob)
    {
        var pattern = glob.Replace('\\', '/').TrimStart('/');
        if (pattern.StartsWith("./", StringComparison.Ordinal))
            pattern = pattern[2..];
        if (!pattern.Contains('/'))
            pattern = "**/" + pattern;
        if (pattern.EndsWith('/'))
            pattern += "**";

        var sb = new StringBuilder("^");
        var braces = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                    sb.Append(slash ? "(?:.*/)?" : ".*");
                    i += slash ? 2 : 1;
                    break;
                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '{':
                    braces++;
                    sb.Append("(?:");
                    break;
                case '}' when braces > 0:
                    braces--;
                    sb.Append(')');
                    break;
                case ',' when braces > 0:
                    sb.Append('|');
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        // A folder pattern also covers everything below it.
        sb.Append("(?:/.*)?$");
        return new Regex(sb.ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }
}
