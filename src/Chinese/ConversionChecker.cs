using System.Collections.Immutable;

namespace Explainer.Chinese;

/// <summary>
/// Finds the traces of a character-by-character Simplified→Traditional conversion in Traditional text.
/// The text goes to Simplified (Taiwan variants reversed, then t2s) and back (s2t's phrases, then
/// Taiwan variants), every character keeping its place. Where the round trip, on the evidence of a
/// phrase, writes another member of the same one-to-many set, the text is suspect; so is a measure
/// word 隻 or another non-default member that no phrase supports, where the default is a different
/// word (OneToManyCharacters). Mainland word forms that Taiwan writes otherwise come from TWPhrases.
/// </summary>
public static class ConversionChecker
{
    private static readonly Lazy<Pipeline> LazyPipeline = new(() => new Pipeline(
        new DictionaryGroup(MatchPolicy.ShortCircuit, OpenCcData.TWVariantsRevPhrases, OpenCcData.TWVariantsRev),
        new DictionaryGroup(MatchPolicy.ShortCircuit, OpenCcData.TSPhrases, OpenCcData.TSCharacters),
        new DictionaryGroup(MatchPolicy.ShortCircuit,
            new DictionaryGroup(MatchPolicy.Union, OpenCcData.STPhrases, OpenCcData.STPhrasesFromRegional), OpenCcData.STCharacters),
        new DictionaryGroup(MatchPolicy.ShortCircuit, OpenCcData.TWVariantsPhrases, OpenCcData.TWVariants),
        [OpenCcData.STPhrases, OpenCcData.STPhrasesFromRegional]));

    /// <summary>Loads every dictionary the checker reads, as its first <see cref="Find"/> would.</summary>
    public static void LoadDictionaries()
    {
        _ = LazyPipeline.Value;
        _ = OpenCcData.TWPhrases;
    }

    public static ImmutableArray<ConversionSuspect> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pipeline = LazyPipeline.Value;
        var taiwanToStandard = AlignedConversion.Convert(pipeline.TaiwanVariantsReversed, text);
        var simplified = AlignedConversion.Convert(pipeline.TraditionalToSimplified, taiwanToStandard);
        // Back by s2t's dictionaries as OpenCC segments (forward maximum matching), and again segmented
        // both ways (AlignedConversion.RunBidirectional). Where the two write a character differently,
        // phrases that cover it disagree (地下水干扰: 水干 writes 水乾, 干扰 writes 干擾): if either
        // writes what the text has, the text has a word's support and is not suspect; else the
        // bidirectional choice decides. Elsewhere OpenCC's own conversion stands.
        var segments = AlignedConversion.Segments(pipeline.SimplifiedToTraditional, simplified);
        var forward = AlignedConversion.Run(simplified, segments);
        var forwardTaiwan = AlignedConversion.Convert(pipeline.TaiwanVariants, forward.Text);
        var found = new List<Finding>();
        // The bidirectional segmentation only matters where the text departs from OpenCC's round trip;
        // most paragraphs do nowhere, and skip it.
        AlignedConversion? bidirectional = null;
        char[]? bidirectionalTaiwan = null;
        for (var i = 0; i < text.Length; i++)
        {
            var written = text[i];
            if (written == forwardTaiwan[i] || written == forward.Text[i] || char.IsSurrogate(written))
                continue;
            if (bidirectional is null)
            {
                bidirectional = AlignedConversion.RunBidirectional(pipeline.SimplifiedPhrases, OpenCcData.STCharacters, simplified, segments) ?? forward;
                bidirectionalTaiwan = ReferenceEquals(bidirectional, forward) ? forwardTaiwan : AlignedConversion.Convert(pipeline.TaiwanVariants, bidirectional.Text);
            }
            var (standard, taiwan) = (forward, forwardTaiwan);
            if (bidirectional.Text[i] != forward.Text[i])
            {
                if (written == bidirectionalTaiwan![i] || written == bidirectional.Text[i])
                    continue;
                (standard, taiwan) = (bidirectional, bidirectionalTaiwan);
            }
            var meant = taiwan[i];
            var kind = Classify(text, i, meant, standard.ByPhrase[i]);
            if (kind is null || IsWrittenInAPhrase(simplified, i, written))
                continue;
            var span = standard.ByPhrase[i]
                ? (standard.PhraseStart[i], standard.PhraseEnd[i])
                : WordAround(simplified, i);
            found.Add(new Finding(span.Item1, span.Item2, i, meant, kind.Value, ReasonFor(kind.Value, written, meant)));
        }
        found.AddRange(TaiwanWordForms.Find(text, forward.Text, found));
        return Merge(text, found);
    }

    private static SuspectKind? Classify(string text, int i, char meant, bool byPhrase)
    {
        var written = text[i];
        if (OneToManyCharacters.AreDifferentWords(written, meant))
        {
            if (!byPhrase && OneToManyCharacters.IsMeasureWordInPlace(text, i))
                return null;
            return SuspectKind.Error;
        }
        // A variant counts only when a phrase asks for the other form, and the text's form is not one
        // Taiwan writes (IsTaiwanForm).
        return byPhrase && !IsTaiwanForm(text, i, meant) ? SuspectKind.Variant : null;
    }

    /// <summary>
    /// True when the text's form of a variant pair is one Taiwan writes, so that a Taiwanese editor
    /// would call the suggestion noise. The phrase that asks for the other form is s2t's (STPhrases:
    /// 宣布→宣佈, 巨额→鉅額, 计划→計劃), the choice of OpenCC's standard Traditional, and Taiwan's data
    /// (TWVariants, TWVariantsPhrases) does not endorse it; Taiwan's Ministry of Education writes 宣布,
    /// 巨額, 計畫. So the text's form stands when OpenCC's Taiwan chain writes it for the character on
    /// its own (tw2s then s2tw, character by character, gives it back: 布, 巨, 畫, 周), or when
    /// TWVariantsRevPhrases lists a word around it as a Taiwan form. It does not stand when that chain
    /// writes another character (鑒→鉴→鑑, 檯→台→臺): there the text's form is the less standard one.
    /// 台 and 臺 are never reported: both are in everyday use in Taiwan, in names as in words.
    /// </summary>
    private static bool IsTaiwanForm(string text, int i, char meant)
    {
        var written = text[i];
        if (written is '台' or '臺' && meant is '台' or '臺')
            return true;
        if (LoneTaiwanForm(written) == written)
            return true;
        var phrases = OpenCcData.TWVariantsRevPhrases;
        for (var length = 2; length <= phrases.MaxKeyLength; length++)
        {
            for (var start = Math.Max(0, i - length + 1); start <= i && start + length <= text.Length; start++)
            {
                if (phrases.TryGetValues(text.AsSpan(start, length), out _))
                    return true;
            }
        }
        return false;
    }

    /// <summary>What tw2s and then s2tw write for the character alone, through each dictionary's first value.</summary>
    private static char LoneTaiwanForm(char c)
    {
        foreach (var dictionary in new[] { OpenCcData.TWVariantsRev, OpenCcData.TSCharacters, OpenCcData.STCharacters, OpenCcData.TWVariants })
        {
            if (dictionary.TryGetValues([c], out var values) && values[0].Length == 1)
                c = values[0][0];
        }
        return c;
    }

    /// <summary>
    /// True when an STPhrases word around the character writes it as the text does (蔥花麵包: 面包 is
    /// 麪包, 麵包 in Taiwan), though the round trip's longest match (花面) took another word.
    /// </summary>
    private static bool IsWrittenInAPhrase(char[] simplified, int i, char written)
    {
        var variants = OpenCcData.TWVariants;
        for (var length = 2; length <= 4; length++)
        {
            for (var start = Math.Max(0, i - length + 1); start <= i && start + length <= simplified.Length; start++)
            {
                if (!OpenCcData.STPhrases.TryGetValues(simplified.AsSpan(start, length), out var values))
                    continue;
                foreach (var value in values)
                {
                    if (value.Length != length)
                        continue;
                    var c = value[i - start];
                    if (c == written || variants.TryGetValues([c], out var taiwan) && taiwan[0] == written.ToString())
                        return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The shortest word of two or three characters around the suspect that STPhrases knows, in its
    /// corrected Simplified form; else the suspect with its neighbour inside the same run of ideographs.
    /// </summary>
    private static (int Start, int End) WordAround(char[] simplified, int i)
    {
        var phrases = OpenCcData.STPhrases;
        foreach (var (start, end) in new[] { (i, i + 2), (i - 1, i + 1), (i, i + 3), (i - 2, i + 1), (i - 1, i + 2) })
        {
            if (start < 0 || end > simplified.Length)
                continue;
            if (phrases.TryGetValues(simplified.AsSpan(start, end - start), out _))
                return (start, end);
        }
        if (i > 0 && IsIdeograph(simplified[i - 1]))
            return (i - 1, i + 1);
        if (i + 1 < simplified.Length && IsIdeograph(simplified[i + 1]))
            return (i, i + 2);
        return (i, i + 1);
    }

    internal static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static string ReasonFor(SuspectKind kind, char written, char meant) => kind switch
    {
        SuspectKind.Error => $"簡轉繁錯誤：「{meant}」誤轉為{OneToManyCharacters.UseOfCharacter(written)}的「{written}」；此處應為「{meant}」。",
        _ => $"異體字：「{written}」與「{meant}」同字異形；此處通常寫作「{meant}」。",
    };

    private static ImmutableArray<ConversionSuspect> Merge(string text, List<Finding> found)
    {
        if (found.Count == 0)
            return [];
        var builder = ImmutableArray.CreateBuilder<ConversionSuspect>();
        foreach (var group in GroupOverlapping(found))
        {
            var start = group.Min(f => f.Start);
            var end = group.Max(f => f.End);
            var suggested = text.ToCharArray(start, end - start);
            string? replacement = null;
            foreach (var f in group)
            {
                if (f.Replacement is not null)
                    replacement = f.Replacement;
                else
                    suggested[f.Position - start] = f.Meant;
            }
            // An Error outranks the rest: it is the one that changes the meaning.
            var lead = group.OrderBy(f => f.Kind).ThenBy(f => f.Position).First();
            builder.Add(new ConversionSuspect(start, end - start, text[start..end],
                replacement ?? new string(suggested), lead.Kind, lead.Reason));
        }
        return builder.ToImmutable();
    }

    private static IEnumerable<List<Finding>> GroupOverlapping(List<Finding> found)
    {
        List<Finding>? current = null;
        var currentEnd = -1;
        foreach (var f in found.OrderBy(f => f.Start).ThenBy(f => f.Position))
        {
            if (current is not null && f.Start < currentEnd)
            {
                current.Add(f);
                currentEnd = Math.Max(currentEnd, f.End);
                continue;
            }
            if (current is not null)
                yield return current;
            current = [f];
            currentEnd = f.End;
        }
        if (current is not null)
            yield return current;
    }

    internal sealed record Finding(int Start, int End, int Position, char Meant, SuspectKind Kind, string Reason, string? Replacement = null);

    private sealed record Pipeline(
        IPrefixDictionary TaiwanVariantsReversed,
        IPrefixDictionary TraditionalToSimplified,
        IPrefixDictionary SimplifiedToTraditional,
        IPrefixDictionary TaiwanVariants,
        OpenCcDictionary[] SimplifiedPhrases);
}
