using System.Runtime.CompilerServices;

namespace Explainer.Chinese;

/// <summary>
/// A conversion that keeps every character in its place, so the checker can compare the text with its
/// round trip position by position. A match whose value is not as long as its key leaves the span as
/// it was: such spans (rare in these dictionaries) are never reported.
/// </summary>
internal sealed class AlignedConversion
{
    private AlignedConversion(char[] text, bool[] byPhrase, int[] phraseStart, int[] phraseEnd)
    {
        Text = text;
        ByPhrase = byPhrase;
        PhraseStart = phraseStart;
        PhraseEnd = phraseEnd;
    }

    public char[] Text { get; }

    /// <summary>True where a match of two or more characters decided the output: evidence from a word, not a default.</summary>
    public bool[] ByPhrase { get; }

    public int[] PhraseStart { get; }

    public int[] PhraseEnd { get; }

    /// <summary>
    /// OpenCC's own conversion (forward maximum matching), its text only: for the passes whose
    /// segmentation the checker never reads, with no segment list or per-character arrays. Where a
    /// match's value is not as long as its key, the span stays as it was, as in <see cref="Apply"/>.
    /// </summary>
    public static char[] Convert(IPrefixDictionary dictionary, ReadOnlySpan<char> source)
    {
        var text = source.ToArray();
        var position = 0;
        while (position < source.Length)
        {
            var length = ChineseConverter.CharacterLength(source, position);
            if (dictionary.TryMatchPrefix(source[position..], out var matched, out var values))
            {
                length = matched;
                if (values[0].Length == length)
                    values[0].CopyTo(text.AsSpan(position));
            }
            position += length;
        }
        return text;
    }

    /// <summary>The conversion of a text already cut into segments (<see cref="Segments"/>).</summary>
    public static AlignedConversion Run(ReadOnlySpan<char> source, List<Segment> segments) => Apply(source, segments);

    /// <summary>OpenCC's forward maximum matching, as segments with the value each one takes.</summary>
    public static List<Segment> Segments(IPrefixDictionary dictionary, ReadOnlySpan<char> source) => Forward(dictionary, source);

    /// <summary>
    /// Bidirectional maximum matching, as Chinese word segmenters do it. Forward matching alone lets a
    /// phrase that merely starts earlier win: in 地下水干扰 it takes 水干 (水乾, as in 水乾了) because
    /// 地下水, converting as its characters do, is in no phrase list, and 干扰 is cut. So the text is
    /// also segmented from the end, and wherever the two segmentations part, the span between their
    /// next common boundary goes to the one with fewer segments, then fewer single characters, and on
    /// a tie to the backward one, which is the more often right of the two for Chinese. Where the two
    /// write the same characters, forward matching stands, as in OpenCC.
    /// </summary>
    /// <param name="phrases">Matched as a union: the longest key, on a tie the earlier dictionary.</param>
    /// <param name="characters">Used where no phrase matches.</param>
    /// <param name="forward">The forward segmentation of the same text by the same dictionaries (<see cref="Segments"/>).</param>
    /// <returns>Null where the two segmentations write the same text: the forward conversion stands.</returns>
    public static AlignedConversion? RunBidirectional(OpenCcDictionary[] phrases, OpenCcDictionary characters, ReadOnlySpan<char> source, List<Segment> forward)
    {
        var backward = Backward(phrases, characters, source);
        List<Segment>? chosen = null;
        int f = 0, b = 0;
        while (f < forward.Count)
        {
            // From a common boundary, take segments from both sides until they end together again.
            int fromF = f, fromB = b;
            var fEnd = forward[f++].End;
            var bEnd = backward[b++].End;
            while (fEnd != bEnd)
            {
                if (fEnd < bEnd)
                    fEnd = forward[f++].End;
                else
                    bEnd = backward[b++].End;
            }
            if (PreferBackward(forward, fromF, f, backward, fromB, b, source))
            {
                chosen ??= forward.GetRange(0, fromF);
                for (var k = fromB; k < b; k++)
                    chosen.Add(backward[k]);
            }
            else if (chosen is not null)
            {
                for (var k = fromF; k < f; k++)
                    chosen.Add(forward[k]);
            }
        }
        return chosen is null ? null : Apply(source, chosen);
    }

    private static bool PreferBackward(List<Segment> forward, int fromF, int toF, List<Segment> backward, int fromB, int toB, ReadOnlySpan<char> source)
    {
        // Where both write the same characters, the segmentation changes nothing: OpenCC's stands.
        if (SameOutput(forward, fromF, toF, backward, fromB, toB, source))
            return false;
        var fCount = toF - fromF;
        var bCount = toB - fromB;
        if (fCount != bCount)
            return bCount < fCount;
        var fSingles = CountSingles(forward, fromF, toF, source);
        var bSingles = CountSingles(backward, fromB, toB, source);
        if (fSingles != bSingles)
            return bSingles < fSingles;
        // Same segments, or a tie: the backward segmentation.
        for (var k = 0; k < fCount; k++)
        {
            if (forward[fromF + k].Start != backward[fromB + k].Start)
                return true;
        }
        return false;
    }

    /// <summary>Whether two segmentations of the same span write the same characters.</summary>
    private static bool SameOutput(List<Segment> a, int fromA, int toA, List<Segment> b, int fromB, int toB, ReadOnlySpan<char> source)
    {
        var start = a[fromA].Start;
        var end = a[toA - 1].End;
        Span<char> left = end - start <= 256 ? stackalloc char[end - start] : new char[end - start];
        Span<char> right = end - start <= 256 ? stackalloc char[end - start] : new char[end - start];
        Write(a, fromA, toA, source, left, start);
        Write(b, fromB, toB, source, right, start);
        return left.SequenceEqual(right);
    }

    private static void Write(List<Segment> segments, int from, int to, ReadOnlySpan<char> source, Span<char> output, int offset)
    {
        for (var k = from; k < to; k++)
        {
            var (start, end, value) = segments[k];
            (value is not null && value.Length == end - start ? value.AsSpan() : source[start..end]).CopyTo(output[(start - offset)..]);
        }
    }

    private static int CountSingles(List<Segment> segments, int from, int to, ReadOnlySpan<char> source)
    {
        var singles = 0;
        for (var k = from; k < to; k++)
        {
            if (segments[k].End - segments[k].Start == ChineseConverter.CharacterLength(source, segments[k].Start))
                singles++;
        }
        return singles;
    }

    private static List<Segment> Forward(IPrefixDictionary dictionary, ReadOnlySpan<char> source)
    {
        var segments = new List<Segment>(source.Length);
        var position = 0;
        while (position < source.Length)
        {
            var length = ChineseConverter.CharacterLength(source, position);
            string? value = null;
            if (dictionary.TryMatchPrefix(source[position..], out var matched, out var values))
            {
                length = matched;
                value = values[0];
            }
            segments.Add(new Segment(position, position + length, value));
            position += length;
        }
        return segments;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<Segment> Backward(OpenCcDictionary[] phrases, OpenCcDictionary characters, ReadOnlySpan<char> source)
    {
        var segments = new List<Segment>(source.Length);
        var end = source.Length;
        while (end > 0)
        {
            var single = char.IsLowSurrogate(source[end - 1]) && end >= 2 && char.IsHighSurrogate(source[end - 2]) ? 2 : 1;
            Segment? found = null;
            var longest = 0;
            if (end >= 2)
            {
                foreach (var dictionary in phrases)
                    longest = Math.Max(longest, dictionary.LongestKeyEndingWith(source[end - 2], source[end - 1]));
            }
            for (var length = Math.Min(longest, end); length > single && found is null; length--)
            {
                var start = end - length;
                // A key that starts inside a surrogate pair is not a string of whole characters.
                if (char.IsLowSurrogate(source[start]) && start > 0 && char.IsHighSurrogate(source[start - 1]))
                    continue;
                foreach (var dictionary in phrases)
                {
                    if (dictionary.LongestKeyEndingWith(source[end - 2], source[end - 1]) >= length && dictionary.TryGetValues(source[start..end], out var values))
                    {
                        found = new Segment(start, end, values[0]);
                        break;
                    }
                }
            }
            var segment = found ?? new Segment(end - single, end,
                characters.TryGetValues(source[(end - single)..end], out var characterValues) ? characterValues[0] : null);
            segments.Add(segment);
            end = segment.Start;
        }
        segments.Reverse();
        return segments;
    }

    private static AlignedConversion Apply(ReadOnlySpan<char> source, List<Segment> segments)
    {
        var text = source.ToArray();
        var byPhrase = new bool[text.Length];
        var phraseStart = new int[text.Length];
        var phraseEnd = new int[text.Length];
        foreach (var (start, end, value) in segments)
        {
            if (value is not null && value.Length == end - start)
                value.CopyTo(text.AsSpan(start));
            var isPhrase = ChineseConverter.CharacterLength(source, start) < end - start;
            for (var i = start; i < end; i++)
            {
                byPhrase[i] = isPhrase;
                phraseStart[i] = start;
                phraseEnd[i] = end;
            }
        }
        return new AlignedConversion(text, byPhrase, phraseStart, phraseEnd);
    }

    internal readonly record struct Segment(int Start, int End, string? Value);
}
