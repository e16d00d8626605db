using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Glossary.Matching;

/// <summary>
/// A Bloom filter (two bits per token) over the first tokens of a trie's spellings: the folded word characters before the
/// first non-word character ("kim" for "Kim Jong-un", "p" for "P'yŏngyang", "xi" for "Xi Jinping"). It is
/// sized at sixteen to thirty-two bits per token, so that one or two words in a hundred that begin no spelling
/// still reach the trie, and built from the trie itself, so a loaded matcher needs no extra data.
/// </summary>
/// <remarks>
/// The token hash works on blocks of sixteen UTF-16 code units, so that an ASCII word of up to fifteen
/// characters is read and hashed with a few vector instructions and no branch per character
/// (<see cref="TryReadAsciiWord"/>); <see cref="HashToken"/> is the same function, one character at a time.
/// </remarks>
internal sealed class StartFilter
{
    /// <summary>Tokens longer than this are not hashed: the trie decides.</summary>
    public const int MaxToken = 64;

    private const int Block = 16;
    private const ulong Seed = 0x243F6A8885A308D3;

    private static readonly Vector128<ushort> LowLanes = Vector128.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7);
    private static readonly Vector128<ushort> HighLanes = Vector128.Create((ushort)8, 9, 10, 11, 12, 13, 14, 15);

    private readonly ulong[] bits;
    private readonly int shift;

    private StartFilter(ulong[] bits, int shift)
    {
        this.bits = bits;
        this.shift = shift;
    }

    /// <summary>Whether a token with this <see cref="HashToken"/> may begin a spelling: both of its bits are set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ulong hash)
    {
        // Both loads, no branch between them: nearly every word of a text is a miss.
        var first = First(hash);
        var second = Second(hash);
        return ((bits[first >> 6] >> (int)(first & 63)) & (bits[second >> 6] >> (int)(second & 63)) & 1) != 0;
    }

    private void Set(ulong index) => bits[index >> 6] |= 1UL << (int)(index & 63);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong First(ulong hash) => (hash * 0x9E3779B97F4A7C15) >> shift;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong Second(ulong hash) => (hash * 0xD6E8FEB86659FD93) >> shift;

    /// <summary>The hash of a folded token (at most <see cref="MaxToken"/> characters).</summary>
    public static ulong HashToken(ReadOnlySpan<char> token)
    {
        var hash = Start(token.Length);
        var at = 0;
        do
        {
            hash = Mix(hash, Word(token, at), Word(token, at + 4), Word(token, at + 8), Word(token, at + 12));
            at += Block;
        }
        while (at < token.Length);

        return hash;
    }

    /// <summary>
    /// Reads the ASCII word at <paramref name="start"/> with vector instructions when it and the character after
    /// it are plain ASCII and it has fewer than sixteen characters: its length, the <see cref="HashToken"/> of the
    /// word in lower case (the word is its own first token), and where the next word starts (or where to go on
    /// looking for it). Returns false, for the caller to read the word one character at a time, otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryReadAsciiWord(string text, int start, out int length, out ulong hash, out int next)
    {
        length = 0;
        hash = 0;
        next = start;
        if (!Vector128.IsHardwareAccelerated || !BitConverter.IsLittleEndian || start > text.Length - Block)
            return false;

        ref var at = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start));
        var low = Vector128.LoadUnsafe(ref at);
        var high = Vector128.LoadUnsafe(ref at, 8);
        var caseBit = Vector128.Create((ushort)0x20);
        var lowLower = low | caseBit;
        var highLower = high | caseBit;
        var letters = Vector128.Create((ushort)'a');
        var digits = Vector128.Create((ushort)'0');
        var z = Vector128.Create((ushort)('z' - 'a'));
        var nine = Vector128.Create((ushort)9);
        var lowWord = Vector128.LessThanOrEqual(lowLower - letters, z) | Vector128.LessThanOrEqual(low - digits, nine);
        var highWord = Vector128.LessThanOrEqual(highLower - letters, z) | Vector128.LessThanOrEqual(high - digits, nine);
        var ascii = Vector128.Create((ushort)127);
        var wordMask = lowWord.ExtractMostSignificantBits() | (highWord.ExtractMostSignificantBits() << 8);
        var otherMask = Vector128.GreaterThan(low, ascii).ExtractMostSignificantBits() | (Vector128.GreaterThan(high, ascii).ExtractMostSignificantBits() << 8);

        var wordLength = BitOperations.TrailingZeroCount(~wordMask);
        if (wordLength == Block || (otherMask & ((2u << wordLength) - 1)) != 0)
            return false; // too long, or a non-ASCII character in it or right after it (a letter? a mark?)

        // The character after the word is ASCII punctuation or space; NUL vanishes and is left to the slow path.
        if (text[start + wordLength] == '\0')
            return false;

        var count = Vector128.Create((ushort)wordLength);
        var lowToken = (lowLower & Vector128.LessThan(LowLanes, count)).AsUInt64();
        var highToken = (highLower & Vector128.LessThan(HighLanes, count)).AsUInt64();
        length = wordLength;
        hash = Mix(Start(wordLength), lowToken.GetElement(0), lowToken.GetElement(1), highToken.GetElement(0), highToken.GetElement(1));

        // The gap to the next word, when it is ASCII and inside the sixteen characters.
        var rest = wordMask >> wordLength;
        next = start + wordLength;
        if (rest != 0)
        {
            var gap = BitOperations.TrailingZeroCount(rest);
            if (((otherMask >> wordLength) & ((1u << gap) - 1)) == 0)
                next += gap;
        }

        return true;
    }

    /// <summary>Collects the first tokens by walking the trie's word-character edges from the root.</summary>
    public static StartFilter Build(int[] firstEdge, char[] edgeChars, int[] edgeTargets, int[] firstId)
    {
        var tokens = new ulong[64];
        var tokenCount = 0;
        var path = new char[MaxToken];

        // Depth first over plain arrays (no generic collections of tuples to compile at start-up): when a node
        // is taken off the stack, path[..depth - 1] still spells its parent. The stack holds edges.
        var stack = new int[64];
        var depths = new int[64];
        var top = 0;
        stack[top] = -1; // the root
        depths[top++] = 0;
        while (top > 0)
        {
            var edge = stack[--top];
            var depth = depths[top];
            var node = 0;
            if (edge >= 0)
            {
                node = edgeTargets[edge];
                path[depth - 1] = edgeChars[edge];
            }

            var endsToken = firstId[node] != firstId[node + 1];
            for (var e = firstEdge[node]; e < firstEdge[node + 1]; e++)
            {
                if (!TextFolding.IsWordChar(edgeChars[e]))
                {
                    endsToken = true;
                }
                else if (depth < MaxToken)
                {
                    if (top == stack.Length)
                    {
                        stack = Grow(stack);
                        depths = Grow(depths);
                    }

                    stack[top] = e;
                    depths[top++] = depth + 1;
                }
            }

            if (endsToken)
            {
                if (tokenCount == tokens.Length)
                {
                    var more = new ulong[tokenCount * 2];
                    Array.Copy(tokens, more, tokenCount);
                    tokens = more;
                }

                tokens[tokenCount++] = HashToken(path.AsSpan(0, depth));
            }
        }

        var log = 6;
        while (log < 30 && (1L << log) < tokenCount * 16L)
            log++;
        var filter = new StartFilter(new ulong[(1L << log) / 64], 64 - log);
        for (var i = 0; i < tokenCount; i++)
        {
            filter.Set(filter.First(tokens[i]));
            filter.Set(filter.Second(tokens[i]));
        }

        return filter;
    }

    private static int[] Grow(int[] items)
    {
        var more = new int[items.Length * 2];
        Array.Copy(items, more, items.Length);
        return more;
    }

    /// <summary>Four characters from <paramref name="at"/> as the vector read sees them in memory (zeros past the end).</summary>
    private static ulong Word(ReadOnlySpan<char> token, int at)
    {
        ulong word = 0;
        for (var k = 3; k >= 0; k--)
            word = (word << 16) | (at + k < token.Length ? token[at + k] : 0u);
        return word;
    }

    private static ulong Start(int length) => Seed ^ ((ulong)length * 0xC2B2AE3D27D4EB4F);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong hash, ulong a, ulong b, ulong c, ulong d)
    {
        var m = (a * 0x9E3779B185EBCA87) ^ (b * 0xC2B2AE3D27D4EB4F) ^ (c * 0x165667B19E3779F9) ^ (d * 0x85EBCA77C2B2AE63);
        hash ^= m ^ (m >> 29);
        hash *= 0xFF51AFD7ED558CCD;
        return hash ^ (hash >> 32);
    }
}
