using System.Collections.Frozen;

namespace Explainer.Chinese;

/// <summary>
/// Taiwan Traditional to Simplified for the Simplified edition: an editor's overrides first (the
/// longest that starts at each place wins, and the text between two of them converts on its own),
/// then OpenCC's tw2sp on the rest: Taiwan's words to the mainland's (人工智慧→人工智能), Taiwan
/// variants reversed, then t2s's phrases and characters, in segments cut by TSPhrases. So the
/// edition reads as Simplified text written on the mainland does, not as Taiwan's text re-lettered. <see cref="Convert(string)"/> is the function the Simplified pages keep
/// the fidelity contract against.
/// </summary>
/// <remarks>
/// <see cref="ConvertAligned"/> also says where each character's conversion begins in the output, so a
/// page converted a paragraph at a time can hand each of its text nodes its own part. tw2s's
/// character dictionaries keep the number of characters, so most characters have their own; a word
/// of another length (執行長→首席执行官, or an override) gives its whole value to its first character.
/// </remarks>
public sealed class SimplifiedConversion
{
    private static readonly Lazy<Chain> LazyChain = new(() => new Chain(
        OpenCcData.CompatibilityIdeographs,
        OpenCcData.TSPhrases,
        new DictionaryGroup(MatchPolicy.ShortCircuit, OpenCcData.TWPhrasesRev, OpenCcData.TWVariantsRevPhrases, OpenCcData.TWVariantsRev),
        new DictionaryGroup(MatchPolicy.ShortCircuit, OpenCcData.TSPhrases, OpenCcData.TSCharacters)));

    private readonly FrozenDictionary<string, string> overrides;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly FrozenDictionary<char, int> longestOverrideStartingWith;

    /// <param name="overrides">Traditional text → what the Simplified edition writes for it.</param>
    public SimplifiedConversion(IReadOnlyDictionary<string, string> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        this.overrides = overrides.Where(o => o.Key.Length > 0).ToFrozenDictionary(StringComparer.Ordinal);
        lookup = this.overrides.GetAlternateLookup<ReadOnlySpan<char>>();
        longestOverrideStartingWith = this.overrides.Keys.GroupBy(k => k[0]).ToFrozenDictionary(g => g.Key, g => g.Max(k => k.Length));
        overridesOutsideHan = this.overrides.Keys.Any(k => !k.AsSpan().ContainsAnyInRange(FirstHan, char.MaxValue));
    }

    /// <summary>
    /// The first unit of CJK Radicals, below which no key of tw2sp's dictionaries has all its units
    /// (SimplifiedConversionTests checks each dictionary): text without one converts to itself.
    /// </summary>
    internal const char FirstHan = '\u2E80';

    private readonly bool overridesOutsideHan;

    /// <summary>False when the conversion gives the text back as it is: no Han character, no override's key.</summary>
    public bool MayChange(ReadOnlySpan<char> text) => overridesOutsideHan || text.ContainsAnyInRange(FirstHan, char.MaxValue);

    /// <summary>OpenCC's tw2sp with no overrides.</summary>
    public static SimplifiedConversion Plain { get; } = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> Overrides => overrides;

    public string Convert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ConvertAligned(text).Text;
    }

    /// <summary>
    /// The conversion, and for each UTF-16 unit of <paramref name="text"/> where its output starts
    /// (<see cref="AlignedText.Starts"/>, one more entry than units: the last is the output's length).
    /// </summary>
    public AlignedText ConvertAligned(ReadOnlySpan<char> text)
    {
        var scratch = Scratch.ForThisThread();
        var output = scratch.Output.Reset(text.Length);
        var starts = new int[text.Length + 1];
        var runStart = 0;
        var position = 0;
        var chain = LazyChain.Value;
        while (position < text.Length)
        {
            if (longestOverrideStartingWith.Count > 0 && MatchOverride(text[position..]) is ({ } value, var length))
            {
                chain.Convert(text[runStart..position], output, starts.AsSpan(runStart), scratch);
                Place(text.Slice(position, length), value, output, starts.AsSpan(position));
                position += length;
                runStart = position;
                continue;
            }
            position += ChineseConverter.CharacterLength(text, position);
        }
        chain.Convert(text[runStart..], output, starts.AsSpan(runStart), scratch);
        starts[text.Length] = output.Length;
        return new AlignedText(output.ToString(), starts);
    }

    private (string? Value, int Length) MatchOverride(ReadOnlySpan<char> text)
    {
        if (!longestOverrideStartingWith.TryGetValue(text[0], out var longest))
            return (null, 0);
        for (var length = Math.Min(longest, text.Length); length > 0; length--)
        {
            if (lookup.TryGetValue(text[..length], out var value))
                return (value, length);
        }
        return (null, 0);
    }

    /// <summary>
    /// Appends <paramref name="value"/> for <paramref name="key"/> and fills the key's starts: a code
    /// point each when both have as many, else the whole value at the key's first unit.
    /// </summary>
    private static void Place(ReadOnlySpan<char> key, ReadOnlySpan<char> value, CharBuffer output, Span<int> starts)
    {
        var at = output.Length;
        output.Append(value);
        if (key.Length == value.Length && !key.ContainsAnyInRange('\uD800', '\uDFFF') && !value.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            for (var k = 0; k < key.Length; k++)
                starts[k] = at + k;
            return;
        }
        if (CodePoints(key) == CodePoints(value))
        {
            for (int k = 0, v = 0; k < key.Length;)
            {
                var keyUnits = ChineseConverter.CharacterLength(key, k);
                starts[k] = at + v;
                if (keyUnits == 2)
                    starts[k + 1] = at + v;
                k += keyUnits;
                v += ChineseConverter.CharacterLength(value, v);
            }
            return;
        }
        starts[0] = at;
        starts[1..key.Length].Fill(at + value.Length);
    }

    private static int CodePoints(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i += ChineseConverter.CharacterLength(text, i))
            count++;
        return count;
    }

    /// <summary>tw2sp, keeping each unit's place through its three passes.</summary>
    private sealed class Chain(IPrefixDictionary normalization, IPrefixDictionary segmentation, IPrefixDictionary variants, IPrefixDictionary simplified)
    {
        private readonly SingleCharacters _variants = new(variants);
        private readonly SingleCharacters _simplified = new(simplified);
        private readonly SingleCharacters _segmentation = new(segmentation);

        public void Convert(ReadOnlySpan<char> text, CharBuffer output, Span<int> starts, Scratch scratch)
        {
            if (text.IsEmpty)
                return;
            var whole = scratch.Segments;
            whole.Clear();
            whole.Add(0..text.Length);
            // Compatibility ideographs are U+F900–U+FAFF and beyond the BMP: most text has none.
            var normalizedStarts = scratch.Starts(0, text.Length + 1);
            ReadOnlySpan<char> normalized;
            if (text.ContainsAnyInRange('\uF900', '\uFAFF') || text.ContainsAnyInRange('\uD800', '\uDFFF'))
            {
                normalized = Pass(normalization, null, text, whole, normalizedStarts, scratch.Normalized.Reset(text.Length));
            }
            else
            {
                normalized = text;
                for (var i = 0; i <= text.Length; i++)
                    normalizedStarts[i] = i;
            }
            var segments = Segment(segmentation, _segmentation, normalized, scratch.Segments);
            var variantStarts = scratch.Starts(1, normalized.Length + 1);
            var standard = Pass(variants, _variants, normalized, segments, variantStarts, scratch.Standard.Reset(normalized.Length));
            // The segments, in the standard text's units.
            for (var i = 0; i < segments.Count; i++)
                segments[i] = variantStarts[segments[i].Start.Value]..variantStarts[segments[i].End.Value];
            var simplifiedStarts = scratch.Starts(2, standard.Length + 1);
            var result = Pass(simplified, _simplified, standard, segments, simplifiedStarts, scratch.Result.Reset(standard.Length));
            var at = output.Length;
            output.Append(result);
            for (var i = 0; i < text.Length; i++)
                starts[i] = at + simplifiedStarts[variantStarts[normalizedStarts[i]]];
        }

        /// <summary>OpenCC's <c>MaxMatchSegmentation</c>, as <see cref="ChineseConverter.Segment"/>, into a list to reuse.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private static List<Range> Segment(IPrefixDictionary dictionary, SingleCharacters single, ReadOnlySpan<char> text, List<Range> segments)
        {
            segments.Clear();
            var pendingStart = 0;
            var position = 0;
            while (position < text.Length)
            {
                if (single.StartsNoKey(text[position]))
                {
                    position++;
                    continue;
                }
                if (dictionary.TryMatchPrefix(text[position..], out var length, out _))
                {
                    if (position > pendingStart)
                        segments.Add(pendingStart..position);
                    segments.Add(position..(position + length));
                    position += length;
                    pendingStart = position;
                }
                else
                {
                    position += ChineseConverter.CharacterLength(text, position);
                }
            }
            if (position > pendingStart)
                segments.Add(pendingStart..position);
            return segments;
        }

        /// <summary>One dictionary over each segment: longest match and its first value, else the character as it is.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private static ReadOnlySpan<char> Pass(IPrefixDictionary dictionary, SingleCharacters? single, ReadOnlySpan<char> text, List<Range> segments, Span<int> starts, CharBuffer output)
        {
            foreach (var range in segments)
            {
                var (offset, length) = range.GetOffsetAndLength(text.Length);
                var segment = text.Slice(offset, length);
                var position = 0;
                while (position < segment.Length)
                {
                    if (single is not null && single.Lone(segment[position]) is var lone and not '\0')
                    {
                        starts[offset + position] = output.Length;
                        output.Append(lone);
                        position++;
                        continue;
                    }
                    if (dictionary.TryMatchPrefix(segment[position..], out var matched, out var values))
                    {
                        Place(segment.Slice(position, matched), values[0], output, starts[(offset + position)..]);
                        position += matched;
                        continue;
                    }
                    var units = ChineseConverter.CharacterLength(segment, position);
                    starts[offset + position] = output.Length;
                    if (units == 2)
                        starts[offset + position + 1] = output.Length;
                    output.Append(segment.Slice(position, units));
                    position += units;
                }
            }
            starts[text.Length] = output.Length;
            return output.Span;
        }
    }

    /// <summary>
    /// What a dictionary (or group) writes for each BMP character that starts none of its keys of two
    /// or more units, remembered from its own lookup: there no phrase can match, and the character's
    /// own entry (or the character) is the whole answer. Elsewhere the lookup runs as OpenCC's does.
    /// </summary>
    private sealed class SingleCharacters(IPrefixDictionary dictionary)
    {
        private const int Known = 0x10000;
        private const int Lookup = 0x20000;
        private const int NoKey = 0x40000;

        private readonly IPrefixDictionary[] _dictionaries = dictionary is DictionaryGroup group ? [.. group.Dictionaries] : [dictionary];

        // Per BMP unit, filled on first sight (one int write, so a race only computes twice): Known |
        // the unit it converts to, or | Lookup where a phrase may start, | NoKey where no key starts.
        // 0: not seen yet.
        private readonly int[] _entries = new int[char.MaxValue + 1];

        /// <summary>The character's conversion when no phrase can start with it; '\0' when the lookup must run.</summary>
        public char Lone(char c)
        {
            var entry = Entry(c);
            return (entry & Lookup) != 0 ? '\0' : (char)entry;
        }

        /// <summary>True when no key starts with the character (a surrogate never says so).</summary>
        public bool StartsNoKey(char c) => (Entry(c) & NoKey) != 0;

        private int Entry(char c)
        {
            var entry = _entries[c];
            if (entry == 0)
                _entries[c] = entry = Compute(c);
            return entry;
        }

        private int Compute(char c)
        {
            if (c == '\0' || char.IsSurrogate(c))
                return Known | Lookup;
            var longest = 0;
            foreach (var d in _dictionaries)
                longest = Math.Max(longest, d is OpenCcDictionary o ? o.LongestKeyStartingWith(c) : d.MaxKeyLength); // bounds: never too short
            if (longest == 0)
                return Known | NoKey | c;
            if (longest >= 2)
                return Known | Lookup;
            ReadOnlySpan<char> one = [c];
            if (!dictionary.TryMatchPrefix(one, out _, out var values))
                return Known | c;
            return values[0].Length == 1 && !char.IsSurrogate(values[0][0]) ? Known | values[0][0] : Known | Lookup;
        }
    }

    /// <summary>A growable run of characters in a pooled array.</summary>
    private sealed class CharBuffer
    {
        private char[] _chars = new char[256];

        public int Length { get; private set; }

        public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

        public CharBuffer Reset(int capacity)
        {
            Length = 0;
            if (_chars.Length < capacity)
                _chars = new char[Math.Max(capacity, _chars.Length * 2)];
            return this;
        }

        public void Append(char c)
        {
            if (Length == _chars.Length)
                Array.Resize(ref _chars, _chars.Length * 2);
            _chars[Length++] = c;
        }

        public void Append(ReadOnlySpan<char> text)
        {
            if (Length + text.Length > _chars.Length)
                Array.Resize(ref _chars, Math.Max(Length + text.Length, _chars.Length * 2));
            text.CopyTo(_chars.AsSpan(Length));
            Length += text.Length;
        }

        public override string ToString() => new(_chars, 0, Length);
    }

    /// <summary>
    /// The passes' working arrays, one set per thread (pages convert on both cores): a page converts
    /// hundreds of blocks, and these would otherwise be most of what it allocates.
    /// </summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? _current;

        private readonly int[][] _starts = [new int[256], new int[256], new int[256]];

        public static Scratch ForThisThread() => _current ??= new Scratch();

        public CharBuffer Output { get; } = new();

        public CharBuffer Normalized { get; } = new();

        public CharBuffer Standard { get; } = new();

        public CharBuffer Result { get; } = new();

        public List<Range> Segments { get; } = [];

        public Span<int> Starts(int which, int length)
        {
            if (_starts[which].Length < length)
                _starts[which] = new int[Math.Max(length, _starts[which].Length * 2)];
            return _starts[which].AsSpan(0, length);
        }
    }
}

/// <summary>A conversion's text, and where the output of each unit of its input starts.</summary>
public sealed record AlignedText(string Text, int[] Starts)
{
    /// <summary>The output of input units <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public ReadOnlySpan<char> Of(int start, int end) => Text.AsSpan(Starts[start], Starts[end] - Starts[start]);
}
