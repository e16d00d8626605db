using System.Collections.Frozen;
using Glossary.Loading;
using Glossary.Matching;

namespace Glossary.Checking;

/// <summary>
/// The binary form of a compiled glossary: a header (magic, format version, tool version), the entries,
/// the patterns with their folded keys, the trie as flat arrays, the romanized name syllables (for the whole-name
/// rule, so that checking never reads the romanization tables) and the generated spellings, then a
/// 64-bit FNV-1a checksum of everything before it (not a security measure: it catches truncation and
/// corruption without loading a crypto library at start-up). Loading needs neither YAML nor the romanization engines; a file
/// with a wrong magic, version or checksum is rejected, never trusted.
/// </summary>
internal static class CompiledGlossaryFormat
{
    public const int Version = 8;
    private const uint Magic = 0x43534C47; // "GLSC"

    public static void Write(CompiledGlossary glossary, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(ToolVersion);
            writer.Write(glossary.Entries.Count);
            foreach (var entry in glossary.Entries)
                WriteEntry(writer, entry);

            writer.Write(glossary.Patterns.Count);
            foreach (var p in glossary.Patterns)
            {
                writer.Write(p.Entry);
                writer.Write((byte)p.Role);
                writer.Write(p.Spelling);
                writer.Write(p.HasDiacritics);
                writer.Write(p.Generated);
                writer.Write(p.NeedsEvidence);
                writer.Write(p.CountryEvidence);
                WriteOptional(writer, p.Reason);

                // Only protected forms are compared by key (see CompiledGlossary.Judge); variants need none.
                if (p.Role != SpellingRole.Variant)
                {
                    writer.Write(p.StrictKey);
                    writer.Write(p.CaseKey);
                }
            }

            glossary.Matcher.Write(writer);
            writer.Write(glossary.NameSyllables.Count);
            foreach (var syllable in glossary.NameSyllables)
                writer.Write(syllable);

            // System, rule and reasons repeat across thousands of spellings: written once in a table, then by index.
            var all = glossary.Entries.Select(e => glossary.SpellingsOf(e.Id)).ToList();
            var table = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var g in all.SelectMany(x => x.Generated.Concat(x.Dropped)))
            {
                foreach (var text in new[] { g.System, g.Rule, g.NeedsEvidence ?? string.Empty, g.DroppedBecause ?? string.Empty })
                    table.TryAdd(text, table.Count);
            }

            writer.Write(table.Count);
            foreach (var text in table.Keys)
                writer.Write(text);
            foreach (var spellings in all)
            {
                WriteSpellings(writer, spellings.Generated, table);
                WriteSpellings(writer, spellings.Dropped, table);
            }
        }

        var payload = buffer.ToArray();
        output.Write(payload);
        Span<byte> sum = stackalloc byte[8];
        BitConverter.TryWriteBytes(sum, Checksum(payload));
        output.Write(sum);
    }

    public static CompiledGlossary Read(Stream input)
    {
        var bytes = ReadAll(input);
        var all = bytes.AsSpan();
        if (all.Length < 8 + 8)
            throw new InvalidDataException("not a compiled glossary (too short)");
        var payload = all[..^8];
        if (Checksum(payload) != BitConverter.ToUInt64(all[^8..]))
            throw new InvalidDataException("compiled glossary checksum mismatch");

        using var reader = new BinaryReader(new MemoryStream(bytes, 0, payload.Length, writable: false), System.Text.Encoding.UTF8);
        if (reader.ReadUInt32() != Magic)
            throw new InvalidDataException("not a compiled glossary");
        if (reader.ReadInt32() != Version)
            throw new InvalidDataException("compiled glossary format version differs");
        if (reader.ReadString() != ToolVersion)
            throw new InvalidDataException("compiled by another tool version");

        var entries = new GlossaryEntry[reader.ReadInt32()];
        for (var i = 0; i < entries.Length; i++)
            entries[i] = ReadEntry(reader);

        var patterns = new Pattern[reader.ReadInt32()];
        for (var i = 0; i < patterns.Length; i++)
        {
            var entry = reader.ReadInt32();
            var role = (SpellingRole)reader.ReadByte();
            var spelling = reader.ReadString();
            var hasDiacritics = reader.ReadBoolean();
            var generated = reader.ReadBoolean();
            var needsEvidence = reader.ReadBoolean();
            var countryEvidence = reader.ReadBoolean();
            var reason = ReadOptional(reader);
            var (strict, caseKey) = role == SpellingRole.Variant ? (string.Empty, string.Empty) : (reader.ReadString(), reader.ReadString());
            patterns[i] = new Pattern(entry, role, spelling, strict, caseKey, hasDiacritics) { Generated = generated, NeedsEvidence = needsEvidence, CountryEvidence = countryEvidence, Reason = reason };
        }

        var matcher = PhraseMatcher.Read(reader);
        var syllables = new string[reader.ReadInt32()];
        for (var i = 0; i < syllables.Length; i++)
            syllables[i] = reader.ReadString();

        // Generated spellings are for people (variants, lint, lookup), not for checking: read them on first use.
        var rest = payload[(int)reader.BaseStream.Position..].ToArray();
        var ids = entries.Select(e => e.Id).ToArray();
        var spellings = new Lazy<IReadOnlyList<EntrySpellings>>(() => ReadSpellings(rest, ids));
        if (patterns.Any(p => p.Entry < 0 || p.Entry >= entries.Length))
            throw new InvalidDataException("pattern points outside the entries");
        return new CompiledGlossary(entries, patterns, matcher, spellings) { NameSyllables = syllables.ToFrozenSet(StringComparer.Ordinal) };
    }

    /// <summary>The rest of the stream in one array of the right size when its length is known (files, resources).</summary>
    private static byte[] ReadAll(Stream input)
    {
        if (input.CanSeek)
        {
            var bytes = new byte[input.Length - input.Position];
            input.ReadExactly(bytes);
            return bytes;
        }

        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static List<EntrySpellings> ReadSpellings(byte[] data, string[] ids)
    {
        using var reader = new BinaryReader(new MemoryStream(data), System.Text.Encoding.UTF8);
        var table = new string[reader.ReadInt32()];
        for (var i = 0; i < table.Length; i++)
            table[i] = reader.ReadString();
        var spellings = new List<EntrySpellings>(ids.Length);
        foreach (var id in ids)
        {
            var generated = ReadSpellings(reader, table);
            spellings.Add(new EntrySpellings(id, generated, ReadSpellings(reader, table)));
        }

        return spellings;
    }

    private static void WriteSpellings(BinaryWriter writer, IReadOnlyList<GeneratedSpelling> spellings, Dictionary<string, int> table)
    {
        writer.Write(spellings.Count);
        foreach (var g in spellings)
        {
            writer.Write(g.Text);
            writer.Write7BitEncodedInt(table[g.System]);
            writer.Write7BitEncodedInt(table[g.Rule]);
            writer.Write((byte)g.Origin);
            writer.Write7BitEncodedInt(table[g.NeedsEvidence ?? string.Empty]);
            writer.Write7BitEncodedInt(table[g.DroppedBecause ?? string.Empty]);
            writer.Write(g.CountryEvidence);
        }
    }

    private static GeneratedSpelling[] ReadSpellings(BinaryReader reader, string[] table)
    {
        string? Optional(int index) => table[index] is { Length: > 0 } text ? text : null;
        var spellings = new GeneratedSpelling[reader.ReadInt32()];
        for (var i = 0; i < spellings.Length; i++)
        {
            spellings[i] = new GeneratedSpelling(reader.ReadString(), table[reader.Read7BitEncodedInt()], table[reader.Read7BitEncodedInt()])
            {
                Origin = (SpellingOrigin)reader.ReadByte(),
                NeedsEvidence = Optional(reader.Read7BitEncodedInt()),
                DroppedBecause = Optional(reader.Read7BitEncodedInt()),
                CountryEvidence = reader.ReadBoolean(),
            };
        }

        return spellings;
    }

    /// <summary>The version of this library, part of every cache key: a compiled glossary is only read by the build that wrote it.</summary>
    public static string ToolVersion => BuildInfo.InformationalVersion;

    // FNV-1a over 8-byte words (then the tail bytes): fast enough for tens of megabytes at start-up.
    private static ulong Checksum(ReadOnlySpan<byte> data)
    {
        var hash = 14695981039346656037UL;
        var words = data.Length / 8;
        for (var i = 0; i < words; i++)
            hash = (hash ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i * 8, 8))) * 1099511628211UL;
        foreach (var b in data[(words * 8)..])
            hash = (hash ^ b) * 1099511628211UL;
        return hash ^ (ulong)data.Length;
    }

    private static void WriteEntry(BinaryWriter writer, GlossaryEntry entry)
    {
        writer.Write(entry.Id);
        writer.Write(entry.En);
        writer.Write((byte)entry.Kind);
        WriteMap(writer, entry.Native);
        WriteList(writer, entry.Variants);
        WriteList(writer, entry.Allow);
        WriteOptional(writer, entry.Note);
        WriteOptional(writer, entry.Source);
        WriteMap(writer, entry.Styles);
        writer.Write(entry.Generate switch { null => (byte)0, true => (byte)1, false => (byte)2 });
        writer.Write(entry.Irregular);
        WriteList(writer, entry.Context);
        WriteList(writer, entry.NeedsEvidence);
    }

    private static GlossaryEntry ReadEntry(BinaryReader reader) => new()
    {
        Id = reader.ReadString(),
        En = reader.ReadString(),
        Kind = (EntryKind)reader.ReadByte(),
        Native = ReadMap(reader),
        Variants = ReadList(reader),
        Allow = ReadList(reader),
        Note = ReadOptional(reader),
        Source = ReadOptional(reader),
        Styles = ReadMap(reader),
        Generate = reader.ReadByte() switch { 1 => true, 2 => false, _ => null },
        Irregular = reader.ReadBoolean(),
        Context = ReadList(reader),
        NeedsEvidence = ReadList(reader),
    };

    private static void WriteList(BinaryWriter writer, IReadOnlyList<string> items)
    {
        writer.Write(items.Count);
        foreach (var item in items)
            writer.Write(item);
    }

    private static string[] ReadList(BinaryReader reader)
    {
        var items = new string[reader.ReadInt32()];
        for (var i = 0; i < items.Length; i++)
            items[i] = reader.ReadString();
        return items;
    }

    private static void WriteMap(BinaryWriter writer, IReadOnlyDictionary<string, string> map)
    {
        writer.Write(map.Count);
        foreach (var (key, value) in map)
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    private static Dictionary<string, string> ReadMap(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var map = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
            map[reader.ReadString()] = reader.ReadString();
        return map;
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
            writer.Write(value);
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
