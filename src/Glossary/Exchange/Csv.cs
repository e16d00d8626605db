using System.Text;
using Glossary.Model;

namespace Glossary.Exchange;

/// <summary>A CSV cell and where it starts.</summary>
internal sealed record CsvCell(string Text, SourcePosition Position);

/// <summary>
/// RFC 4180 CSV, small on purpose: comma separated, cells quoted with <c>"</c> when they hold a comma,
/// quote or line break, <c>""</c> for a quote, rows ended by CRLF (LF and CR are read too).
/// Formula defusing (see <see cref="CsvExport"/>) happens here, on every cell, both ways.
/// </summary>
internal static class Csv
{
    private const string Dangerous = "=+-@\t\r'";

    /// <summary>A cell that a spreadsheet would run as a formula gets a leading apostrophe: <c>=1+1</c> → <c>'=1+1</c>.
    /// A cell that starts with an apostrophe gets one too, so that reading it back is exact.</summary>
    public static string Defuse(string cell) => cell.Length > 0 && Dangerous.Contains(cell[0]) ? "'" + cell : cell;

    /// <summary>The inverse of <see cref="Defuse"/>: drops an apostrophe only where <see cref="Defuse"/> adds one.</summary>
    public static string Restore(string cell) => cell.Length > 1 && cell[0] == '\'' && Dangerous.Contains(cell[1]) ? cell[1..] : cell;

    public static void WriteRow(StringBuilder sb, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var raw in cells)
        {
            if (!first)
                sb.Append(',');
            first = false;
            var cell = Defuse(raw);
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
                sb.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else
                sb.Append(cell);
        }

        sb.Append("\r\n");
    }

    /// <summary>Reads every row (cells already restored); on a syntax error adds a diagnostic and returns the rows before it.</summary>
    public static List<List<CsvCell>> Read(string text, string path, List<GlossaryDiagnostic> diagnostics)
    {
        var rows = new List<List<CsvCell>>();
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var lines = new LineIndex(text);
        var row = new List<CsvCell>();
        while (i < text.Length)
        {
            var at = lines.Position(path, i);
            var cell = new StringBuilder();
            if (text[i] == '"')
            {
                i++;
                var closed = false;
                while (i < text.Length)
                {
                    var c = text[i];
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            cell.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        closed = true;
                        break;
                    }

                    cell.Append(c);
                    i++;
                }

                if (!closed)
                {
                    diagnostics.Add(new GlossaryDiagnostic(ExchangeMessages.CsvSyntaxId, DiagnosticSeverity.Error, ExchangeMessages.CsvUnterminatedQuote, at));
                    return rows;
                }

                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    diagnostics.Add(new GlossaryDiagnostic(ExchangeMessages.CsvSyntaxId, DiagnosticSeverity.Error, ExchangeMessages.CsvTextAfterQuote,
                        lines.Position(path, i)));
                    return rows;
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    cell.Append(text[i++]);
            }

            row.Add(new CsvCell(Restore(cell.ToString()), at));
            if (i < text.Length && text[i] == ',')
            {
                i++;
                if (i == text.Length)
                    row.Add(new CsvCell(string.Empty, lines.Position(path, i)));
                continue;
            }

            if (i < text.Length)
            {
                i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            }

            rows.Add(row);
            row = [];
        }

        if (row.Count > 0)
            rows.Add(row);
        return rows;
    }
}
