using System.Collections.Frozen;
using Glossary.Loading;
using Glossary.Matching;
using Glossary.Variants;

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
    public const int Version = 10;
    private const uint Magic = 0x43534C47; // "GLSC"

    /// <summary>What <see cref="Compact"/> writes for the spelling a reason is about, and for its entry's native form.</summary>
    private const char SpellingMark = '\u0001', NativeMark = '\u0002';

    [Flags]
    private enum PatternFlags : byte
    {
        None = 0,
        HasDiacritics = 1,
        Generated = 2,
        NeedsEvidence = 4,
        CountryEvidence = 8,
        NamesakeCompacted = 16,
    }

    [Flags]
    private enum SpellingFlags : byte
    {
        None = 0,
        CountryEvidence = 1,
        NeedsEvidenceCompacted = 2,
    }

    public static void Write(CompiledGlossary glossary, Stream output)
    {
        // Reasons, systems and rules repeat across hundreds of thousands of spellings: one table of strings, written
        // before everything that refers to it by index (0: none). A namesake reason names its spelling and the native
        // form ("'Kim Yeo-jung' is how people named 김여정 usually spell it"): written with both left out, it is one
        // string for thousands of names.
        var table = new Dictionary<string, int>(StringComparer.Ordinal) { [string.Empty] = 0 };
        int Index(string? text) => text is null ? 0 : table.TryGetValue(text, out var i) ? i : table[text] = table.Count;
        var natives = glossary.Entries.Select(e => VariantGenerator.NativeOf(e)?.Text).ToArray();
        var all = glossary.Entries.Select(e => glossary.SpellingsOf(e.Id)).ToList();

        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(ToolVersion);
            writer.Write(glossary.Entries.Count);
            foreach (var entry in glossary.Entries)
                WriteEntry(writer, entry);

            // The patterns and spellings go to a second buffer first: the table they fill is written before them.
            using var body = new MemoryStream();
            using (var bodyWriter = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                WritePatterns(bodyWriter, glossary.Patterns, natives, Index);
                glossary.Matcher.Write(bodyWriter);
                bodyWriter.Write(glossary.NameSyllables.Count);
                foreach (var syllable in glossary.NameSyllables)
                    bodyWriter.Write(syllable);
                for (var e = 0; e < all.Count; e++)
                {
                    WriteSpellings(bodyWriter, all[e].Generated, natives[e], Index, kept: true);
                    WriteSpellings(bodyWriter, all[e].Dropped, natives[e], Index, kept: false);
                }
            }

            writer.Write(table.Count);
            foreach (var text in table.Keys)
                writer.Write(text);
            writer.Flush();
            body.Position = 0;
            body.CopyTo(buffer);
        }

        var payload = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        output.Write(payload);
        Span<byte> sum = stackalloc byte[8];
        BitConverter.TryWriteBytes(sum, Checksum(payload));
        output.Write(sum);
    }

    private static void WritePatterns(BinaryWriter writer, IReadOnlyList<Pattern> patterns, string?[] natives, Func<string?, int> index)
    {
        writer.Write(patterns.Count);
        foreach (var p in patterns)
        {
            var flags = (p.HasDiacritics ? PatternFlags.HasDiacritics : 0) | (p.Generated ? PatternFlags.Generated : 0)
                | (p.NeedsEvidence ? PatternFlags.NeedsEvidence : 0) | (p.CountryEvidence ? PatternFlags.CountryEvidence : 0);
            var namesake = p.Namesake;
            if (namesake is not null && Compact(namesake, p.Spelling, natives[p.Entry]) is { } compact)
                (namesake, flags) = (compact, flags | PatternFlags.NamesakeCompacted);
            writer.Write7BitEncodedInt(p.Entry);
            writer.Write((byte)p.Role);
            writer.Write((byte)flags);
            writer.Write(p.Spelling);
            writer.Write7BitEncodedInt(index(p.ReasonHead));
            writer.Write7BitEncodedInt(index(namesake));

            // Only protected forms are compared by key (see CompiledGlossary.Judge); variants need none.
            if (p.Role != SpellingRole.Variant)
            {
                writer.Write(p.StrictKey);
                writer.Write(p.CaseKey);
            }
        }
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
        if (reader.ReadInt32() is var version && version != Version)
            throw new InvalidDataException($"compiled glossary format version {version} differs from this build's {Version}: compile it again");
        if (reader.ReadString() != ToolVersion)
            throw new InvalidDataException("compiled by another tool version");

        var entries = new GlossaryEntry[reader.ReadInt32()];
        for (var i = 0; i < entries.Length; i++)
            entries[i] = ReadEntry(reader);
        var natives = entries.Select(e => VariantGenerator.NativeOf(e)?.Text).ToArray();

        var table = new string[reader.ReadInt32()];
        for (var i = 0; i < table.Length; i++)
            table[i] = reader.ReadString();
        string? Text(int index) => index == 0 ? null : (uint)index < (uint)table.Length ? table[index] : throw new InvalidDataException("string index outside the table");

        var patterns = new Pattern[reader.ReadInt32()];
        for (var i = 0; i < patterns.Length; i++)
        {
            var entry = reader.Read7BitEncodedInt();
            if ((uint)entry >= (uint)entries.Length)
                throw new InvalidDataException("pattern points outside the entries");
            var role = (SpellingRole)reader.ReadByte();
            var flags = (PatternFlags)reader.ReadByte();
            var spelling = reader.ReadString();
            var head = Text(reader.Read7BitEncodedInt());
            var namesake = Text(reader.Read7BitEncodedInt());
            var (strict, caseKey) = role == SpellingRole.Variant ? (string.Empty, string.Empty) : (reader.ReadString(), reader.ReadString());
            var compacted = flags.HasFlag(PatternFlags.NamesakeCompacted);
            patterns[i] = new Pattern(entry, role, spelling, strict, caseKey, flags.HasFlag(PatternFlags.HasDiacritics))
            {
                Generated = flags.HasFlag(PatternFlags.Generated),
                NeedsEvidence = flags.HasFlag(PatternFlags.NeedsEvidence),
                CountryEvidence = flags.HasFlag(PatternFlags.CountryEvidence),
                ReasonHead = head,
                Namesake = namesake,
                NamesakeCompacted = compacted,
                NamesakeNative = compacted ? natives[entry] : null,
            };
        }

        var matcher = PhraseMatcher.Read(reader);
        var syllables = new string[reader.ReadInt32()];
        for (var i = 0; i < syllables.Length; i++)
            syllables[i] = reader.ReadString();

        // Generated spellings are for people (variants, lint, lookup), not for checking: read them on first use.
        var rest = payload[(int)reader.BaseStream.Position..].ToArray();
        var spellings = new Lazy<IReadOnlyList<EntrySpellings>>(() => ReadSpellings(rest, entries, natives, table, patterns));
        return new CompiledGlossary(entries, patterns, matcher, spellings) { NameSyllables = syllables.ToFrozenSet(StringComparer.Ordinal) };
    }

    /// <summary>
    /// <paramref name="reason"/> with <paramref name="spelling"/> and <paramref name="native"/> left out (marked), so that
    /// the reasons of many names are one string; null when it cannot be undone exactly (a text holds a mark already).
    /// </summary>
    internal static string? Compact(string reason, string spelling, string? native)
    {
        ReadOnlySpan<char> marks = [SpellingMark, NativeMark];
        if (spelling.Length == 0 || reason.AsSpan().ContainsAny(marks) || spelling.AsSpan().ContainsAny(marks) || (native is not null && native.AsSpan().ContainsAny(marks)))
            return null;
        var compact = reason.Replace(spelling, SpellingMark.ToString(), StringComparison.Ordinal);
        return native is { Length: > 0 } ? compact.Replace(native, NativeMark.ToString(), StringComparison.Ordinal) : compact;
    }

    /// <summary>Undoes <see cref="Compact"/>.</summary>
    internal static string Expand(string compact, string spelling, string? native)
    {
        var text = native is { Length: > 0 } ? compact.Replace(NativeMark.ToString(), native, StringComparison.Ordinal) : compact;
        return text.Replace(SpellingMark.ToString(), spelling, StringComparison.Ordinal);
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

    private static List<EntrySpellings> ReadSpellings(byte[] data, GlossaryEntry[] entries, string?[] natives, string[] table, Pattern[] patterns)
    {
        // A spelling in use is the text of its generated pattern, in the same order: not written twice.
        var texts = new List<string>[entries.Length];
        foreach (var p in patterns)
        {
            if (p.Generated)
                (texts[p.Entry] ??= []).Add(p.Spelling);
        }

        using var reader = new BinaryReader(new MemoryStream(data), System.Text.Encoding.UTF8);
        var spellings = new List<EntrySpellings>(entries.Length);
        for (var e = 0; e < entries.Length; e++)
        {
            var generated = ReadSpellings(reader, table, natives[e], texts[e] ?? []);
            spellings.Add(new EntrySpellings(entries[e].Id, generated, ReadSpellings(reader, table, natives[e], null)));
        }

        return spellings;
    }

    private static void WriteSpellings(BinaryWriter writer, IReadOnlyList<GeneratedSpelling> spellings, string? native, Func<string?, int> index, bool kept)
    {
        writer.Write7BitEncodedInt(spellings.Count);
        foreach (var g in spellings)
        {
            var flags = g.CountryEvidence ? SpellingFlags.CountryEvidence : SpellingFlags.None;
            var needs = g.NeedsEvidence;
            if (needs is not null && Compact(needs, g.Text, native) is { } compact)
                (needs, flags) = (compact, flags | SpellingFlags.NeedsEvidenceCompacted);
            if (!kept)
                writer.Write(g.Text);
            writer.Write7BitEncodedInt(index(g.System));
            writer.Write7BitEncodedInt(index(g.Rule));
            writer.Write((byte)g.Origin);
            writer.Write((byte)flags);
            writer.Write7BitEncodedInt(index(needs));
            writer.Write7BitEncodedInt(index(g.DroppedBecause));
        }
    }

    /// <summary>One entry's spellings in use (<paramref name="texts"/>: their patterns' spellings) or dropped (null: written here).</summary>
    private static GeneratedSpelling[] ReadSpellings(BinaryReader reader, string[] table, string? native, List<string>? texts)
    {
        string? Optional(int index) => (uint)index < (uint)table.Length ? (index == 0 ? null : table[index]) : throw new InvalidDataException("string index outside the table");
        var spellings = new GeneratedSpelling[reader.Read7BitEncodedInt()];
        if (texts is not null && texts.Count != spellings.Length)
            throw new InvalidDataException("generated spellings and patterns differ");
        for (var i = 0; i < spellings.Length; i++)
        {
            var text = texts is null ? reader.ReadString() : texts[i];
            var system = Optional(reader.Read7BitEncodedInt()) ?? string.Empty;
            var rule = Optional(reader.Read7BitEncodedInt()) ?? string.Empty;
            var origin = (SpellingOrigin)reader.ReadByte();
            var flags = (SpellingFlags)reader.ReadByte();
            var needs = Optional(reader.Read7BitEncodedInt());
            spellings[i] = new GeneratedSpelling(text, system, rule)
            {
                Origin = origin,
                NeedsEvidence = needs is not null && flags.HasFlag(SpellingFlags.NeedsEvidenceCompacted) ? Expand(needs, text, native) : needs,
                DroppedBecause = Optional(reader.Read7BitEncodedInt()),
                CountryEvidence = flags.HasFlag(SpellingFlags.CountryEvidence),
            };
        }

        return spellings;
    }

    /// <summary>The version of this library, part of every cache key: a compiled glossary is only read by the build that wrote it.</summary>
    public static string ToolVersion => BuildInfo.InformationalVersion;

    // FNV-1a over 8-byte words (then the tail bytes): fast enough for tens of megabytes at start-up.
    internal static ulong Checksum(ReadOnlySpan<byte> data)
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
        WriteList(writer, entry.Aka);
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
        Aka = ReadList(reader),
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
