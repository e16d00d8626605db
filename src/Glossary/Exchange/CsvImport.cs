using Glossary.Loading;
using Glossary.Model;

namespace Glossary.Exchange;

/// <summary>
/// Reads glossary CSV in either <see cref="CsvLayout"/>, told apart by the header row: <c>entry_id,field,value</c>
/// is the long layout; a header of wide-layout column names (any order, <c>en</c> required, the others
/// optional) is the wide layout. Apostrophes added by <see cref="CsvExport"/> against formula injection are
/// removed. Every problem is a diagnostic with its line and column.
/// </summary>
internal static class CsvImport
{
    private static readonly string[] LongFields = ["en", "kind", .. NativeLanguage.Tags, "variant", "allow", "note", "source", "irregular", "generate", "test-flag", "test-fix", "test-pass"];

    /// <summary>Reads CSV text; <paramref name="path"/> names it in diagnostics (<c>path:line:col</c>).</summary>
    public static GlossaryLoadResult Read(string text, string path)
    {
        var diagnostics = new List<GlossaryDiagnostic>();
        var drafts = new List<EntryDraft>();
        var rows = Csv.Read(text, path, diagnostics).Where(r => r.Count > 1 || r[0].Text.Length > 0).ToList();
        if (diagnostics.Count > 0)
            return GlossaryLoader.Finish(drafts, diagnostics);
        if (rows.Count == 0)
            return HeaderError(path, diagnostics);

        var header = rows[0].Select(c => c.Text.Trim()).ToList();
        if (header.SequenceEqual(CsvExport.LongHeader))
            ReadLong(rows, diagnostics, drafts);
        else if (header.Contains("en") && header.All(h => CsvExport.WideHeader.Contains(h)) && header.Distinct().Count() == header.Count)
            ReadWide(rows, header, diagnostics, drafts);
        else
            return HeaderError(path, diagnostics);

        // A header without rows would otherwise import as an empty glossary, silently.
        if (rows.Count == 1)
        {
            Error(diagnostics, ExchangeMessages.NothingToImportId, rows[0][0].Position,
                ExchangeMessages.Format(ExchangeMessages.NothingToImport, ExchangeMessages.CsvNoRows));
        }

        return GlossaryLoader.Finish(drafts, diagnostics);
    }

    private static GlossaryLoadResult HeaderError(string path, List<GlossaryDiagnostic> diagnostics)
    {
        Error(diagnostics, ExchangeMessages.CsvHeaderId, new SourcePosition(path, 1, 1, 0),
            ExchangeMessages.Format(ExchangeMessages.CsvHeader, string.Join(",", CsvExport.WideHeader), string.Join(",", CsvExport.LongHeader)));
        return GlossaryLoader.Finish([], diagnostics);
    }

    private static void ReadWide(List<List<CsvCell>> rows, List<string> header, List<GlossaryDiagnostic> diagnostics, List<EntryDraft> drafts)
    {
        foreach (var row in rows.Skip(1))
        {
            if (row.Count != header.Count)
            {
                Error(diagnostics, ExchangeMessages.CsvCellCountId, row[0].Position, ExchangeMessages.Format(ExchangeMessages.CsvCellCount, row.Count, header.Count));
                continue;
            }

            var builder = new CsvEntry(row[0].Position);
            for (var c = 0; c < header.Count; c++)
            {
                var cell = row[c];
                var value = cell.Text.Trim();
                if (value.Length == 0)
                    continue;
                switch (header[c])
                {
                    case "variants":
                    case "allow":
                        foreach (var spelling in value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                            builder.Add(header[c] == "allow" ? "allow" : "variant", spelling, cell.Position, diagnostics);
                        break;
                    case "id":
                        builder.SetId(value, cell.Position);
                        break;
                    default:
                        builder.Add(header[c], value, cell.Position, diagnostics);
                        break;
                }
            }

            if (builder.Build(diagnostics) is { } draft)
                drafts.Add(draft);
        }
    }

    private static void ReadLong(List<List<CsvCell>> rows, List<GlossaryDiagnostic> diagnostics, List<EntryDraft> drafts)
    {
        var entries = new Dictionary<string, CsvEntry>(StringComparer.Ordinal);
        var order = new List<CsvEntry>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Count != 3)
            {
                Error(diagnostics, ExchangeMessages.CsvCellCountId, row[0].Position, ExchangeMessages.Format(ExchangeMessages.CsvCellCount, row.Count, 3));
                continue;
            }

            var id = row[0].Text.Trim();
            var field = row[1].Text.Trim();
            if (!LongFields.Contains(field) && !field.StartsWith("style:", StringComparison.Ordinal))
            {
                Error(diagnostics, ExchangeMessages.CsvFieldId, row[1].Position, ExchangeMessages.Format(ExchangeMessages.CsvField, field, string.Join(", ", LongFields) + ", style:NAME"));
                continue;
            }

            if (!entries.TryGetValue(id, out var parts))
            {
                parts = new CsvEntry(row[0].Position);
                parts.SetId(id, row[0].Position);
                entries[id] = parts;
                order.Add(parts);
            }

            parts.Add(field, row[2].Text.Trim(), row[2].Position, diagnostics);
        }

        foreach (var parts in order)
        {
            if (parts.Build(diagnostics) is { } draft)
                drafts.Add(draft);
        }
    }

    private static void Error(List<GlossaryDiagnostic> diagnostics, string id, SourcePosition position, string message) =>
        diagnostics.Add(new GlossaryDiagnostic(id, DiagnosticSeverity.Error, message, position));

    /// <summary>The cells of one entry as they are read into the entry builder; a field given twice is an error.</summary>
    private sealed class CsvEntry(SourcePosition position)
    {
        private readonly EntryParts parts = new(position);
        private readonly HashSet<string> given = new(StringComparer.Ordinal);

        public void SetId(string value, SourcePosition at) => parts.Id = new EntryField(value.Length > 0 ? value : null, at);

        public void Add(string field, string value, SourcePosition at, List<GlossaryDiagnostic> diagnostics)
        {
            if (field.StartsWith("style:", StringComparison.Ordinal))
            {
                parts.Styles[field["style:".Length..]] = value;
                parts.StylePositions[field["style:".Length..]] = at;
                return;
            }

            var tests = parts.Tests;
            switch (field)
            {
                case "test-flag" or "test-pass":
                    tests.Add(new EntryTest(field == "test-flag", value, null, at));
                    return;
                case "test-fix" when tests.Count > 0 && tests[^1] is { MustFlag: true, Fix: null } last:
                    tests[^1] = last with { Fix = value };
                    return;
            }

            if (field is "variant" or "allow")
            {
                if (value.Length == 0)
                {
                    Error(diagnostics, GlossaryMessages.EmptySpellingId, at, GlossaryMessages.Format(GlossaryMessages.EmptySpelling, field));
                    parts.Failed = true;
                }
                else
                {
                    parts.Spellings.Add(new SpellingSite(value, field == "variant" ? SpellingRole.Variant : SpellingRole.Allowed, at));
                }

                return;
            }

            if (!given.Add(field))
            {
                Error(diagnostics, ExchangeMessages.CsvRepeatedFieldId, at, ExchangeMessages.Format(ExchangeMessages.CsvRepeatedField, field, parts.Id?.Value ?? "?"));
                parts.Failed = true;
                return;
            }

            var text = value.Length > 0 ? value : null;
            switch (field)
            {
                case "en":
                    parts.En = new EntryField(text, at);
                    break;
                case "kind" when text is not null:
                    parts.Kind = new EntryField(text, at);
                    break;
                case "note":
                    parts.Note = text;
                    break;
                case "source":
                    parts.Source = text;
                    break;
                case "irregular":
                    parts.Irregular = text == "true";
                    break;
                case "generate":
                    parts.Generate = text switch { "true" => true, "false" => false, _ => null };
                    break;
                default:
                    if (NativeLanguage.All.FirstOrDefault(l => l.Tag == field) is { } language)
                        parts.AddNative(language, value, at);
                    break;
            }
        }

        public EntryDraft? Build(List<GlossaryDiagnostic> diagnostics) => parts.Build(diagnostics);
    }
}
