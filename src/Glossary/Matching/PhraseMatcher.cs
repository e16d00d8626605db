namespace Glossary.Matching;

/// <summary>A place where some spellings end: the exclusive end index in the text and the node that holds their ids.</summary>
internal readonly record struct MatchHit(int End, int Node);

/// <summary>
/// The hits of one <see cref="PhraseMatcher.MatchAt"/> call, reused from call to call. A list of our own rather
/// than <c>List&lt;MatchHit&gt;</c>: generic framework code over the library's structs cannot be precompiled
/// (ReadyToRun) and would be compiled at every start-up.
/// </summary>
internal sealed class HitList
{
    private MatchHit[] items = new MatchHit[8];

    public int Count { get; private set; }

    public MatchHit this[int index] => index < Count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public ReadOnlySpan<MatchHit> AsSpan() => new(items, 0, Count);

    public void Clear() => Count = 0;

    public void Add(MatchHit hit)
    {
        if (Count == items.Length)
        {
            var more = new MatchHit[Count * 2];
            Array.Copy(items, more, Count);
            items = more;
        }

        items[Count++] = hit;
    }
}

/// <summary>Collects spellings with integer ids; <see cref="Build"/> returns an immutable <see cref="PhraseMatcher"/>.</summary>
internal sealed class PhraseMatcherBuilder(int capacity = 0)
{
    private readonly List<(string Key, int Id)> items = new(capacity);

    /// <summary>Adds a spelling (folded by <see cref="TextFolding.FoldKey"/>); empty keys are ignored.</summary>
    public void Add(string spelling, int id) => AddKey(TextFolding.FoldKey(spelling), id);

    /// <summary>Adds a spelling already folded by <see cref="TextFolding.FoldKey"/>.</summary>
    public void AddKey(string key, int id)
    {
        if (key.Length > 0)
            items.Add((key, id));
    }

    /// <summary>
    /// Builds the trie from the keys in ordinal order, straight into the matcher's flat arrays: nodes are made in
    /// preorder, so a node's children arrive in label order and the node to descend into is always on the path of
    /// the previous key. No per-node collections; time linear in the keys' length after the sort.
    /// </summary>
    public PhraseMatcher Build()
    {
        var keys = new string[items.Count];
        var ids = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
            (keys[i], ids[i]) = items[i];
        Array.Sort(keys, ids, StringComparer.Ordinal);

        // How many nodes: each key adds the characters it does not share with the key before it.
        var nodeCount = 1;
        for (var i = 0; i < keys.Length; i++)
            nodeCount += keys[i].Length - (i == 0 ? 0 : CommonPrefix(keys[i - 1], keys[i]));

        var label = new char[nodeCount];
        var parent = new int[nodeCount];
        var children = new int[nodeCount + 1];
        var idCount = new int[nodeCount + 1];
        var keyNode = new int[keys.Length];
        var path = new List<int> { 0 }; // path[d]: the node at depth d on the previous key's path
        var next = 1;
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            var shared = i == 0 ? 0 : CommonPrefix(keys[i - 1], key);
            path.RemoveRange(shared + 1, path.Count - shared - 1);
            for (var d = shared; d < key.Length; d++)
            {
                var node = next++;
                label[node] = key[d];
                parent[node] = path[d];
                children[path[d]]++;
                path.Add(node);
            }

            keyNode[i] = path[key.Length];
            idCount[keyNode[i]]++;
        }

        // Prefix sums give each node its run of edges and of ids; nodes in creation order fill them in label order.
        var firstEdge = PrefixSums(children);
        var firstId = PrefixSums(idCount);
        var edgeChars = new char[nodeCount - 1];
        var edgeTargets = new int[nodeCount - 1];
        var filled = new int[nodeCount];
        for (var node = 1; node < nodeCount; node++)
        {
            var slot = firstEdge[parent[node]] + filled[parent[node]]++;
            edgeChars[slot] = label[node];
            edgeTargets[slot] = node;
        }

        var idList = new int[keys.Length];
        Array.Clear(filled);
        for (var i = 0; i < keys.Length; i++)
            idList[firstId[keyNode[i]] + filled[keyNode[i]]++] = ids[i];
        for (var node = 0; node < nodeCount; node++)
        {
            if (firstId[node + 1] - firstId[node] > 1)
                Array.Sort(idList, firstId[node], firstId[node + 1] - firstId[node]);
        }

        var rootChildren = new int[char.MaxValue + 1];
        for (var e = firstEdge[0]; e < firstEdge[1]; e++)
            rootChildren[edgeChars[e]] = edgeTargets[e];
        return new PhraseMatcher(rootChildren, firstEdge, edgeChars, edgeTargets, firstId, idList);
    }

    private static int CommonPrefix(string a, string b) => a.AsSpan().CommonPrefixLength(b);

    /// <summary>Counts → start offsets, one longer than the counts (the last is the total).</summary>
    private static int[] PrefixSums(int[] counts)
    {
        var starts = new int[counts.Length];
        var sum = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            starts[i] = sum;
            sum += counts[i];
        }

        return starts;
    }
}

/// <summary>
/// A trie over folded spellings, walked from each word start of a text. Semantics: a spelling matches
/// at <c>[start, end)</c> when the folded text from <c>start</c> equals the folded spelling and both
/// <c>start</c> and <c>end</c> are word boundaries (no letter, digit or combining mark on the outer side).
/// The matcher reports every such end for a start; choosing among them (leftmost-longest, protected
/// spans) is the caller's policy, which is why it knows ids only, not entries. Immutable and thread-safe.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly int[] rootChildren;
    private readonly int[] firstEdge;
    private readonly char[] edgeChars;
    private readonly int[] edgeTargets;
    private readonly int[] firstId;
    private readonly int[] idList;
    private readonly StartFilter startFilter;

    /// <summary>A matcher over flat arrays, from <see cref="PhraseMatcherBuilder"/> or from what <see cref="Write"/> wrote.</summary>
    internal PhraseMatcher(int[] rootChildren, int[] firstEdge, char[] edgeChars, int[] edgeTargets, int[] firstId, int[] idList)
    {
        this.rootChildren = rootChildren;
        this.firstEdge = firstEdge;
        this.edgeChars = edgeChars;
        this.edgeTargets = edgeTargets;
        this.firstId = firstId;
        this.idList = idList;
        startFilter = StartFilter.Build(firstEdge, edgeChars, edgeTargets, firstId);
    }

    /// <summary>How many trie nodes the matcher has.</summary>
    public int NodeCount => firstEdge.Length - 1;

    /// <summary>Writes the trie as flat arrays (the root's children as pairs: it is sparse).</summary>
    public void Write(BinaryWriter writer)
    {
        var root = Enumerable.Range(0, rootChildren.Length).Where(c => rootChildren[c] != 0).ToArray();
        writer.Write(root.Length);
        foreach (var c in root)
        {
            writer.Write((ushort)c);
            writer.Write(rootChildren[c]);
        }

        WriteInts(writer, firstEdge);
        writer.Write(edgeChars.Length);
        foreach (var c in edgeChars)
            writer.Write((ushort)c);
        WriteInts(writer, edgeTargets);
        WriteInts(writer, firstId);
        WriteInts(writer, idList);
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static PhraseMatcher Read(BinaryReader reader)
    {
        var rootChildren = new int[char.MaxValue + 1];
        var rootCount = reader.ReadInt32();
        for (var i = 0; i < rootCount; i++)
        {
            var c = (char)reader.ReadUInt16();
            rootChildren[c] = reader.ReadInt32();
        }

        var firstEdge = ReadInts(reader);
        var edgeChars = new char[reader.ReadInt32()];
        for (var i = 0; i < edgeChars.Length; i++)
            edgeChars[i] = (char)reader.ReadUInt16();
        var edgeTargets = ReadInts(reader);
        var firstId = ReadInts(reader);
        var idList = ReadInts(reader);
        if (edgeTargets.Length != edgeChars.Length || firstId.Length != firstEdge.Length)
            throw new InvalidDataException("inconsistent matcher arrays");
        return new PhraseMatcher(rootChildren, firstEdge, edgeChars, edgeTargets, firstId, idList);
    }

    private static void WriteInts(BinaryWriter writer, int[] values)
    {
        writer.Write(values.Length);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static int[] ReadInts(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        if (length < 0 || length > 1 << 28)
            throw new InvalidDataException("bad array length");
        // Straight into the array's bytes (CreateSpan<byte> and Unsafe.As are precompiled or intrinsic: nothing
        // generic to compile at start-up).
        var values = new int[length];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.CreateSpan(
            ref System.Runtime.CompilerServices.Unsafe.As<int, byte>(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(values)),
            length * sizeof(int));
        reader.BaseStream.ReadExactly(bytes);
        return values;
    }

    /// <summary>The ids of the spellings that end at <paramref name="hit"/>.</summary>
    public ReadOnlySpan<int> Ids(MatchHit hit) => idList.AsSpan(firstId[hit.Node], firstId[hit.Node + 1] - firstId[hit.Node]);

    /// <summary>Whether a match may start at <paramref name="index"/>: a word character after a non-word character.</summary>
    public static bool IsWordStart(string text, int index) =>
        TextFolding.IsWordChar(text[index]) && (index == 0 || !TextFolding.IsWordChar(text[index - 1]));

    /// <summary>
    /// The first word start at or after <paramref name="from"/> and before <paramref name="limit"/> where a
    /// spelling may begin, with the end of that word in <paramref name="wordEnd"/>; <paramref name="from"/>
    /// must not be inside a word. Most words of a text begin no spelling, and this skips them without
    /// walking the trie: the word's first token (its folded letters up to the first hyphen, apostrophe or
    /// space) is looked up in the <see cref="StartFilter"/>. No false negatives: wherever
    /// <see cref="MatchAt"/> would find a spelling, this stops. When nothing is found before
    /// <paramref name="limit"/>, returns the index where the scan stopped (at or after
    /// <paramref name="limit"/>, not inside a word) and sets <paramref name="wordEnd"/> to -1.
    /// </summary>
    public int NextCandidate(string text, int from, int limit, out int wordEnd)
    {
        var asciiWord = TextFolding.AsciiWordChars;
        var i = from;
        while (i < limit)
        {
            var c = text[i];
            if (c < 128 ? !asciiWord[c] : !TextFolding.IsWordChar(c))
            {
                i++;
                continue;
            }

            // i is a word start. English words are read sixteen characters at a time.
            if (c < 128 && StartFilter.TryReadAsciiWord(text, i, out var length, out var hash, out var next))
            {
                if (startFilter.Contains(hash))
                {
                    wordEnd = i + length;
                    return i;
                }

                i = next;
                continue;
            }

            if (MayMatchAt(text, i, out var end))
            {
                wordEnd = end;
                return i;
            }

            i = end;
        }

        wordEnd = -1;
        return i;
    }

    /// <summary>
    /// Reads the word that starts at <paramref name="start"/> one character at a time (any script): sets
    /// <paramref name="wordEnd"/> to the index after its last word character and returns false when no
    /// spelling can match from <paramref name="start"/>.
    /// </summary>
    internal bool MayMatchAt(string text, int start, out int wordEnd)
    {
        Span<char> token = stackalloc char[StartFilter.MaxToken];
        var length = 0;
        var i = start;
        var undecided = false;
        while (i < text.Length)
        {
            var c = text[i];
            var f = TextFolding.Fold(c);
            if (TextFolding.IsWordChar(c))
            {
                if (f == TextFolding.Skip)
                {
                    i++; // a combining mark: the trie reads through it
                    continue;
                }

                if (TextFolding.IsWordChar(f))
                {
                    if (length == token.Length)
                        undecided = true; // a token too long to hash: let the trie decide
                    else
                        token[length++] = f;
                    i++;
                    continue;
                }
            }
            else if (f == TextFolding.Skip || TextFolding.IsWordChar(f))
            {
                // A vanishing non-word character (soft hyphen, zero-width space, NUL): a spelling may end
                // here or read through it; let the trie decide.
                undecided = true;
            }

            break;
        }

        wordEnd = i;
        while (wordEnd < text.Length && TextFolding.IsWordChar(text[wordEnd]))
            wordEnd++;
        return undecided || startFilter.Contains(StartFilter.HashToken(token[..length]));
    }

    /// <summary>Adds to <paramref name="hits"/> every spelling end for a match starting at <paramref name="start"/>, shortest first.</summary>
    public void MatchAt(string text, int start, HitList hits)
    {
        var node = 0;
        var i = start;
        var previous = '\0';
        while (i < text.Length)
        {
            var f = TextFolding.Fold(text[i]);
            if (f == TextFolding.Skip)
            {
                i++;
                continue;
            }

            if (f == ' ')
            {
                var runEnd = TextFolding.SkipWhitespace(text, i, out var hasLineBreak);
                i = runEnd;
                if (hasLineBreak && previous == '-')
                    continue;
            }
            else
            {
                i++;
            }

            node = Step(node, f);
            if (node < 0)
                return;
            previous = f;

            if (firstId[node] == firstId[node + 1] || f == ' ')
                continue;

            // Trailing combining marks belong to the last letter.
            var end = i;
            while (end < text.Length && TextFolding.Fold(text[end]) == TextFolding.Skip && TextFolding.IsWordChar(text[end]))
                end++;
            if (end == text.Length || !TextFolding.IsWordChar(text[end]))
                hits.Add(new MatchHit(end, node));
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int Step(int node, char c)
    {
        if (node == 0)
        {
            var target = rootChildren[c];
            return target == 0 ? -1 : target;
        }

        int lo = firstEdge[node], hi = firstEdge[node + 1] - 1;

        // Most nodes below the first letters have one or two children: a straight scan beats halving.
        if (hi - lo < 8)
        {
            for (var e = lo; e <= hi; e++)
            {
                var m = edgeChars[e];
                if (m == c)
                    return edgeTargets[e];
                if (m > c)
                    return -1;
            }

            return -1;
        }

        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var m = edgeChars[mid];
            if (m == c)
                return edgeTargets[mid];
            if (m < c)
                lo = mid + 1;
            else
                hi = mid - 1;
        }

        return -1;
    }
}

