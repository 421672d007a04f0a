using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Explainer.Chinese;

/// <summary>
/// One OpenCC text dictionary (<c>key TAB value value…</c>, <c>#</c> comments), embedded in the
/// assembly so the converter needs no files beside the binary and works under Native AOT.
/// </summary>
/// <remarks>
/// The build embeds each file as UTF-16 (Explainer.csproj), and the dictionary reads it where the
/// runtime mapped the assembly: loading decodes nothing and copies nothing. The table is an
/// open-addressing hash table of one 64-bit slot a key (its hash and its line's place in the text),
/// filled in one pass over the text; a key's values become strings the first time a lookup asks for
/// them. Loading thus touches little memory besides the table itself: on a machine where the first
/// touch of a page is dear, that is most of the cost (bench/README.md, What reading a seed costs).
/// </remarks>
internal sealed unsafe class OpenCcDictionary : IPrefixDictionary
{
    private readonly char* text;
    private readonly int textLength;

    // Per slot, the key's hash in the high 32 bits and its line's start + 1 in the low (0: empty); a
    // power of two at least twice the key count.
    private readonly ulong[] slots;

    // Each slot's values, split on first use (a benign race: two threads may split the same line).
    private readonly string[]?[] values;

    // An upper bound of the length of the keys that start with a UTF-16 unit, by its low bits (every
    // unit has its own slot in a dictionary of thousands of keys): most characters start no phrase, so
    // a match there tries one length instead of every length up to MaxKeyLength. A unit that shares
    // its slot with another can only raise the bound, never hide a key.
    private readonly byte[] longestStarting;

    // The same for the first (last) two units of keys of two or more, by a hash of the pair. Common
    // characters start and end many phrases, but few pairs do, so most positions try no phrase length
    // at all. Both tables grow with the dictionary (a few hundred bytes for TWVariantsPhrases, 128 KB
    // for STPhrases), so that loading a small dictionary touches little memory; empty when every key
    // is one unit long.
    private readonly byte[] longestStartingPair;
    private readonly byte[] longestEndingPair;
    private readonly int pairShift;

    private OpenCcDictionary(string name, char* text, int textLength)
    {
        Name = name;
        this.text = text;
        this.textLength = textLength;
        var span = Text;
        var lines = span.Count('\n') + 1;
        slots = new ulong[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)lines * 2))];
        values = new string[slots.Length][];
        longestStarting = new byte[TableSize(lines, 16, char.MaxValue + 1)];
        longestStartingPair = longestEndingPair = [];
        var mask = slots.Length - 1;
        var startingMask = longestStarting.Length - 1;
        var maxKeyLength = 0;
        for (var i = 0; i < span.Length;)
        {
            var lineStart = i;
            var c = span[i];
            if (c is '#' or '\n' or '\r')
            {
                var newline = span[i..].IndexOf('\n');
                i = newline < 0 ? span.Length : i + newline + 1;
                continue;
            }
            var hash = 2166136261u;
            while (c is not '\t' and not '\n')
            {
                hash = (hash ^ c) * 16777619u;
                if (++i == span.Length)
                    break;
                c = span[i];
            }
            if (i == span.Length || c != '\t' || i == lineStart)
                throw new InvalidDataException($"OpenCC dictionary {name}: a line without key and tab: {span[lineStart..Math.Min(span.Length, i + 1)]}");
            hash = Mix(hash);
            var key = span[lineStart..i];
            var rest = span[(i + 1)..].IndexOf('\n');
            i = rest < 0 ? span.Length : i + 1 + rest + 1;
            var slot = (int)(hash & (uint)mask);
            var duplicate = false;
            for (; slots[slot] != 0; slot = (slot + 1) & mask)
            {
                if ((uint)(slots[slot] >> 32) == hash && KeyAt((int)(uint)slots[slot] - 1, key))
                {
                    duplicate = true;
                    break;
                }
            }
            // OpenCC's text dictionaries keep the first line for a key; so does this.
            if (duplicate)
                continue;
            slots[slot] = ((ulong)hash << 32) | (uint)(lineStart + 1);
            maxKeyLength = Math.Max(maxKeyLength, key.Length);
            var length = (byte)Math.Min(key.Length, byte.MaxValue);
            ref var first = ref longestStarting[key[0] & startingMask];
            first = Math.Max(first, length);
            if (key.Length >= 2)
            {
                if (longestStartingPair.Length == 0)
                {
                    // The first key of two units or more: a character dictionary has none, and no pair tables.
                    var pairSize = TableSize(lines, 8, 1 << 17);
                    longestStartingPair = new byte[pairSize];
                    longestEndingPair = new byte[pairSize];
                    pairShift = 32 - BitOperations.Log2((uint)pairSize);
                }
                ref var starting = ref longestStartingPair[PairSlot(key[0], key[1])];
                starting = Math.Max(starting, length);
                ref var ending = ref longestEndingPair[PairSlot(key[^2], key[^1])];
                ending = Math.Max(ending, length);
            }
        }
        MaxKeyLength = maxKeyLength;
    }

    private ReadOnlySpan<char> Text => new(text, textLength);

    /// <summary>A power of two, <paramref name="perKey"/> slots a key or more, at least 64 and at most <paramref name="most"/>.</summary>
    private static int TableSize(int count, int perKey, int most) =>
        (int)Math.Min(most, BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, count * perKey)));

    public string Name { get; }

    public int MaxKeyLength { get; }

    /// <summary>At least the length of the longest key that starts with this unit (0: none does); an upper bound.</summary>
    public int LongestKeyStartingWith(char first) => longestStarting[first & (longestStarting.Length - 1)];

    /// <summary>
    /// At least the length of the longest key that ends with these two units (0 or 1: no key of two or
    /// more does); an upper bound, not always reached.
    /// </summary>
    public int LongestKeyEndingWith(char beforeLast, char last) => MaxKeyLength < 2 ? 0 : longestEndingPair[PairSlot(beforeLast, last)];

    private int PairSlot(char first, char second) => (int)((((uint)first << 16) | second) * 0x9E3779B1u >> pairShift);

    public bool TryGetValues(ReadOnlySpan<char> key, out string[] values)
    {
        var slot = SlotOf(key);
        values = slot < 0 ? [] : ValuesOf(slot);
        return slot >= 0;
    }

    // The lookups (this one, SlotOf, DictionaryGroup's and AlignedConversion.Backward) are compiled
    // fully optimized on first use: a published build is ReadyToRun, whose precompiled code calls the
    // runtime's span helpers without inlining them, and tiered compilation waits for a build's start-up
    // to end before it recompiles hot code, so a 1,000-seed build would run them precompiled
    // throughout, the checker at 1.6 times the cost (bench/README.md, What reading a seed costs).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryMatchPrefix(ReadOnlySpan<char> text, out int length, out string[] values)
    {
        var longest = text.IsEmpty ? 0 : Math.Min(longestStarting[text[0] & (longestStarting.Length - 1)], text.Length);
        if (longest >= 2)
            longest = Math.Max(1, Math.Min(longest, (int)longestStartingPair[PairSlot(text[0], text[1])]));
        for (length = longest; length > 0; length--)
        {
            // A prefix that ends inside a surrogate pair is not a string of whole characters.
            if (char.IsHighSurrogate(text[length - 1]) && length < text.Length && char.IsLowSurrogate(text[length]))
                continue;
            var slot = SlotOf(text[..length]);
            if (slot >= 0)
            {
                values = ValuesOf(slot);
                return true;
            }
        }
        values = [];
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int SlotOf(ReadOnlySpan<char> key)
    {
        var hash = Hash(key);
        var mask = slots.Length - 1;
        for (var slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
        {
            var entry = slots[slot];
            if (entry == 0)
                return -1;
            if ((uint)(entry >> 32) == hash && KeyAt((int)(uint)entry - 1, key))
                return slot;
        }
    }

    /// <summary>Whether the line at <paramref name="lineStart"/> has <paramref name="key"/> as its key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool KeyAt(int lineStart, ReadOnlySpan<char> key) =>
        lineStart + key.Length < textLength && text[lineStart + key.Length] == '\t'
        && new ReadOnlySpan<char>(text + lineStart, key.Length).SequenceEqual(key);

    private string[] ValuesOf(int slot) => values[slot] ??= SplitValues(ValueText((int)(uint)slots[slot] - 1));

    private ReadOnlySpan<char> ValueText(int lineStart)
    {
        var line = Text[lineStart..];
        var newline = line.IndexOf('\n');
        if (newline >= 0)
            line = line[..newline];
        return line[(line.IndexOf('\t') + 1)..].Trim(" \r");
    }

    /// <summary>FNV-1a over UTF-16 units with a final mix, so that the low bits a slot takes vary.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
            hash = (hash ^ c) * 16777619u;
        return Mix(hash);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint hash)
    {
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        return hash ^ (hash >> 12);
    }

    /// <summary>
    /// Reads the embedded resource <c>Explainer.Chinese.OpenCC.NAME.txt</c> (UTF-16, as the build
    /// embeds it) where the assembly lies in memory, or from a copy where the runtime gives no pointer.
    /// </summary>
    public static OpenCcDictionary Load(string name)
    {
        var resource = $"Explainer.Chinese.OpenCC.{name}.txt";
        var stream = typeof(OpenCcDictionary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The assembly has no resource {resource} (Explainer.csproj embeds src/Chinese/OpenCC/*.txt).");
        var length = checked((int)(stream.Length / sizeof(char)));
        // The assembly stays loaded for the process, so its bytes outlive the dictionary.
        if (stream is UnmanagedMemoryStream { PositionPointer: var pointer } && (nint)pointer % sizeof(char) == 0)
            return new OpenCcDictionary(name, (char*)pointer, length);
        // A pinned handle the process never frees: the dictionary lives as long.
        var copy = new char[length];
        stream.ReadExactly(MemoryMarshal.AsBytes(copy.AsSpan()));
        return new OpenCcDictionary(name, (char*)GCHandle.Alloc(copy, GCHandleType.Pinned).AddrOfPinnedObject(), length);
    }

    private static string[] SplitValues(ReadOnlySpan<char> values)
    {
        if (!values.Contains(' '))
            return [values.ToString()];
        var result = new List<string>(values.Count(' ') + 1);
        foreach (var range in values.Split(' '))
        {
            var value = values[range];
            if (!value.IsEmpty)
                result.Add(value.ToString());
        }
        return [.. result];
    }

    public override string ToString() => Name;
}
