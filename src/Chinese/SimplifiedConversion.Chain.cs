namespace Explainer.Chinese;

public sealed partial class SimplifiedConversion
{
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
