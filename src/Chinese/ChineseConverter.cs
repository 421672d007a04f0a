using System.Text;

namespace Explainer.Chinese;

/// <summary>
/// A conversion as OpenCC 1.4.2 runs one of its configs: normalize compatibility ideographs, cut the
/// text into segments (longest phrases of the segmentation dictionary, the rest between them), then
/// pass each segment through the chain of dictionary groups. At each position of a segment the
/// group's longest match wins and gives its first value; otherwise the character stays unchanged.
/// </summary>
public sealed class ChineseConverter
{
    private static readonly Lazy<ChineseConverter> LazyT2S = new(() => new(null,
        new DictionaryGroup(MatchPolicy.ShortCircuit, OpenCcData.TSPhrases, OpenCcData.TSCharacters)));

    private static readonly Lazy<ChineseConverter> LazyS2T = new(() => new(null, SimplifiedToTraditionalGroup()));

    private static readonly Lazy<ChineseConverter> LazyTW2S = new(() => new(OpenCcData.TSPhrases,
        new DictionaryGroup(MatchPolicy.ShortCircuit, OpenCcData.TWVariantsRevPhrases, OpenCcData.TWVariantsRev),
        new DictionaryGroup(MatchPolicy.ShortCircuit, OpenCcData.TSPhrases, OpenCcData.TSCharacters)));

    private static readonly Lazy<ChineseConverter> LazyTW2SP = new(() => new(OpenCcData.TSPhrases,
        new DictionaryGroup(MatchPolicy.ShortCircuit, OpenCcData.TWPhrasesRev, OpenCcData.TWVariantsRevPhrases, OpenCcData.TWVariantsRev),
        new DictionaryGroup(MatchPolicy.ShortCircuit, OpenCcData.TSPhrases, OpenCcData.TSCharacters)));

    private static readonly Lazy<ChineseConverter> LazyS2TW = new(() => new(SimplifiedPhrases(),
        SimplifiedToTraditionalGroup(),
        new DictionaryGroup(MatchPolicy.ShortCircuit, OpenCcData.TWVariantsPhrases, OpenCcData.TWVariants)));

    private static readonly Lazy<ChineseConverter> LazyS2TWP = new(() => new(SimplifiedPhrases(),
        SimplifiedToTraditionalGroup(),
        new DictionaryGroup(MatchPolicy.ShortCircuit, OpenCcData.TWPhrases, OpenCcData.TWVariantsPhrases, OpenCcData.TWVariants)));

    private readonly IPrefixDictionary? segmentation;
    private readonly IPrefixDictionary[] chain;

    private ChineseConverter(IPrefixDictionary? segmentation, params IPrefixDictionary[] chain)
    {
        this.segmentation = segmentation;
        this.chain = chain;
    }

    /// <summary>OpenCC's t2s: OpenCC-standard Traditional to Simplified.</summary>
    public static ChineseConverter TraditionalToSimplified => LazyT2S.Value;

    /// <summary>OpenCC's s2t: Simplified to OpenCC-standard Traditional.</summary>
    public static ChineseConverter SimplifiedToTraditional => LazyS2T.Value;

    /// <summary>OpenCC's tw2s: Taiwan variants reversed, then t2s.</summary>
    public static ChineseConverter TaiwanToSimplified => LazyTW2S.Value;

    /// <summary>OpenCC's tw2sp: Taiwan's words to the mainland's, Taiwan variants reversed, then t2s.</summary>
    public static ChineseConverter TaiwanToSimplifiedPhrases => LazyTW2SP.Value;

    /// <summary>OpenCC's s2tw: s2t, then Taiwan variants (裏→裡, 着→著).</summary>
    internal static ChineseConverter SimplifiedToTaiwan => LazyS2TW.Value;

    /// <summary>OpenCC's s2twp: s2t, then Taiwan phrases (軟件→軟體) and variants.</summary>
    internal static ChineseConverter SimplifiedToTaiwanPhrases => LazyS2TWP.Value;

    public string Convert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = new StringBuilder(text.Length);
        ConvertSegment(OpenCcData.CompatibilityIdeographs, text, normalized);
        var source = normalized.ToString();

        var output = new StringBuilder(source.Length + source.Length / 5);
        if (segmentation is null)
        {
            ConvertThroughChain(source, output);
            return output.ToString();
        }
        foreach (var segment in Segment(segmentation, source))
            ConvertThroughChain(source.AsSpan(segment), output);
        return output.ToString();
    }

    /// <summary>
    /// OpenCC's <c>MaxMatchSegmentation</c>: each longest phrase is a segment of its own; the text
    /// between phrases is one segment. Later steps of the chain cannot match across a boundary.
    /// </summary>
    internal static List<Range> Segment(IPrefixDictionary dictionary, string text)
    {
        var segments = new List<Range>();
        var pendingStart = 0;
        var position = 0;
        while (position < text.Length)
        {
            if (dictionary.TryMatchPrefix(text.AsSpan(position), out var length, out _))
            {
                if (position > pendingStart)
                    segments.Add(pendingStart..position);
                segments.Add(position..(position + length));
                position += length;
                pendingStart = position;
            }
            else
            {
                position += CharacterLength(text, position);
            }
        }
        if (position > pendingStart)
            segments.Add(pendingStart..position);
        return segments;
    }

    private void ConvertThroughChain(ReadOnlySpan<char> segment, StringBuilder output)
    {
        if (chain.Length == 1)
        {
            ConvertSegment(chain[0], segment, output);
            return;
        }
        var current = segment.ToString();
        var next = new StringBuilder(current.Length);
        for (var step = 0; step < chain.Length - 1; step++)
        {
            next.Clear();
            ConvertSegment(chain[step], current, next);
            current = next.ToString();
        }
        ConvertSegment(chain[^1], current, output);
    }

    internal static void ConvertSegment(IPrefixDictionary dictionary, ReadOnlySpan<char> text, StringBuilder output)
    {
        var position = 0;
        while (position < text.Length)
        {
            if (dictionary.TryMatchPrefix(text[position..], out var length, out var values))
            {
                output.Append(values[0]);
                position += length;
            }
            else
            {
                var unmatched = CharacterLength(text, position);
                output.Append(text.Slice(position, unmatched));
                position += unmatched;
            }
        }
    }

    /// <summary>A surrogate pair is one character, as OpenCC's UTF-8 code points are.</summary>
    internal static int CharacterLength(ReadOnlySpan<char> text, int position) =>
        char.IsHighSurrogate(text[position]) && position + 1 < text.Length && char.IsLowSurrogate(text[position + 1]) ? 2 : 1;

    private static DictionaryGroup SimplifiedPhrases() =>
        new(MatchPolicy.Union, OpenCcData.STPhrases, OpenCcData.STPhrasesFromRegional);

    private static DictionaryGroup SimplifiedToTraditionalGroup() =>
        new(MatchPolicy.ShortCircuit, SimplifiedPhrases(), OpenCcData.STCharacters);
}
