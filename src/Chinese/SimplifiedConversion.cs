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
public sealed partial class SimplifiedConversion
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

    /// <summary>
    /// True when a correction changes nothing in Simplified (矽穀 → 矽谷 is 矽谷 either way): it is about
    /// the Traditional script alone, so both editions quote it, and explain it, in Traditional.
    /// </summary>
    public static bool IsScriptOnly(string original, string corrected) =>
        Plain.Convert(original) == Plain.Convert(corrected);

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
}

/// <summary>A conversion's text, and where the output of each unit of its input starts.</summary>
public sealed record AlignedText(string Text, int[] Starts)
{
    /// <summary>The output of input units <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public ReadOnlySpan<char> Of(int start, int end) => Text.AsSpan(Starts[start], Starts[end] - Starts[start]);
}
