using System.Runtime.CompilerServices;
using System.Text;

namespace Explainer.Chinese;

/// <summary>
/// One OpenCC text dictionary (<c>key TAB value value…</c>, <c>#</c> comments), embedded in the
/// assembly so the converter needs no files beside the binary and works under Native AOT.
/// </summary>
/// <remarks>
/// The file stays one string; the table holds each entry's place in it (an open-addressing hash table
/// over spans), and a key's values become strings the first time a lookup asks for them. Loading thus
/// allocates a few arrays instead of a string and an array per entry: STPhrases, 49,000 lines, loads
/// in a few milliseconds, and the build pays for the dictionaries once per process.
/// </remarks>
internal sealed class OpenCcDictionary : IPrefixDictionary
{
    private readonly string text;
    private readonly Entry[] entries;
    private readonly int count;

    // Entry index + 1 per slot (0: empty); a power of two at least twice the entry count.
    private readonly int[] slots;

    // Each entry's values, split on first use (a benign race: two threads may split the same line).
    private readonly string[]?[] values;

    // An upper bound of the length of the keys that start with a UTF-16 unit, by its low bits (every
    // unit has its own slot in a dictionary of thousands of keys): most characters start no phrase, so
    // a match there tries one length instead of every length up to MaxKeyLength. A unit that shares
    // its slot with another can only raise the bound, never hide a key.
    private readonly byte[] longestStarting;

    // The same for the first (last) two units of keys of two or more, by a hash of the pair. Common
    // characters start and end many phrases, but few pairs do, so most positions try no phrase length
    // at all. Both tables grow with the dictionary (a few hundred bytes for TWVariants, 128 KB for
    // STPhrases), so that loading a small dictionary touches little memory; empty when every key is
    // one unit long.
    private readonly byte[] longestStartingPair;
    private readonly byte[] longestEndingPair;
    private readonly int pairShift;

    private OpenCcDictionary(string name, string text, Entry[] entries, int count, int[] slots, int maxKeyLength)
    {
        Name = name;
        this.text = text;
        this.entries = entries;
        this.count = count;
        this.slots = slots;
        values = new string[count][];
        MaxKeyLength = maxKeyLength;
        longestStarting = new byte[TableSize(count, 16, char.MaxValue + 1)];
        var pairSize = maxKeyLength >= 2 ? TableSize(count, 8, 1 << 17) : 0;
        longestStartingPair = new byte[pairSize];
        longestEndingPair = new byte[pairSize];
        pairShift = 32 - System.Numerics.BitOperations.Log2((uint)Math.Max(pairSize, 2));
        var startingMask = longestStarting.Length - 1;
        for (var i = 0; i < count; i++)
        {
            var key = text.AsSpan(entries[i].KeyStart, entries[i].KeyLength);
            var length = (byte)Math.Min(key.Length, byte.MaxValue);
            ref var first = ref longestStarting[key[0] & startingMask];
            first = Math.Max(first, length);
            if (key.Length >= 2)
            {
                ref var starting = ref longestStartingPair[PairSlot(key[0], key[1])];
                starting = Math.Max(starting, length);
                ref var ending = ref longestEndingPair[PairSlot(key[^2], key[^1])];
                ending = Math.Max(ending, length);
            }
        }
    }

    /// <summary>A power of two, <paramref name="perKey"/> slots a key or more, at least 64 and at most <paramref name="most"/>.</summary>
    private static int TableSize(int count, int perKey, int most) =>
        (int)Math.Min(most, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, count * perKey)));

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
        var index = IndexOf(key);
        values = index < 0 ? [] : ValuesOf(index);
        return index >= 0;
    }

    // The lookups (this one, IndexOf, DictionaryGroup's and AlignedConversion.Backward) are compiled
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
            var index = IndexOf(text[..length]);
            if (index >= 0)
            {
                values = ValuesOf(index);
                return true;
            }
        }
        values = [];
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int IndexOf(ReadOnlySpan<char> key)
    {
        var hash = Hash(key);
        var mask = slots.Length - 1;
        for (var slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
        {
            var index = slots[slot] - 1;
            if (index < 0)
                return -1;
            ref readonly var entry = ref entries[index];
            if (entry.Hash == hash && entry.KeyLength == key.Length
                && (key.Length == 1 ? text[entry.KeyStart] == key[0] : text.AsSpan(entry.KeyStart, entry.KeyLength).SequenceEqual(key)))
                return index;
        }
    }

    private string[] ValuesOf(int index) =>
        values[index] ??= SplitValues(text.AsSpan(entries[index].ValueStart, entries[index].ValueLength));

    /// <summary>FNV-1a over UTF-16 units with a final mix, so that the low bits a slot takes vary.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
            hash = (hash ^ c) * 16777619u;
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        return hash ^ (hash >> 12);
    }

    /// <summary>Reads the embedded resource <c>Explainer.Chinese.OpenCC.NAME.txt</c>.</summary>
    public static OpenCcDictionary Load(string name)
    {
        var resource = $"Explainer.Chinese.OpenCC.{name}.txt";
        using var stream = typeof(OpenCcDictionary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The assembly has no resource {resource} (Explainer.csproj embeds src/Chinese/OpenCC/*.txt).");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return Parse(name, Encoding.UTF8.GetString(bytes));
    }

    public static OpenCcDictionary Parse(string name, string text)
    {
        var lines = text.AsSpan().Count('\n') + 1;
        var entries = new Entry[lines];
        var slots = new int[Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)lines * 2))];
        var mask = slots.Length - 1;
        var count = 0;
        var maxKeyLength = 0;
        for (var start = 0; start < text.Length;)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(start, end - start).TrimEnd('\r');
            var lineStart = start;
            start = end + 1;
            if (line.IsEmpty || line[0] == '#')
                continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0)
                throw new InvalidDataException($"OpenCC dictionary {name}: a line without key and tab: {line}");
            var key = line[..tab];
            var hash = Hash(key);
            var slot = (int)(hash & (uint)mask);
            var duplicate = false;
            for (; slots[slot] != 0; slot = (slot + 1) & mask)
            {
                ref readonly var other = ref entries[slots[slot] - 1];
                if (other.Hash == hash && text.AsSpan(other.KeyStart, other.KeyLength).SequenceEqual(key))
                {
                    duplicate = true;
                    break;
                }
            }
            // OpenCC's text dictionaries keep the first line for a key; so does this.
            if (duplicate)
                continue;
            var value = line[(tab + 1)..];
            var valueStart = lineStart + tab + 1;
            var trimmedStart = value.Length - value.TrimStart(' ').Length;
            value = value.Trim(' ');
            entries[count] = new Entry(hash, lineStart, tab, valueStart + trimmedStart, value.Length);
            slots[slot] = ++count;
            maxKeyLength = Math.Max(maxKeyLength, key.Length);
        }
        return new OpenCcDictionary(name, text, entries, count, slots, maxKeyLength);
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

    private readonly record struct Entry(uint Hash, int KeyStart, int KeyLength, int ValueStart, int ValueLength);
}
