namespace Explainer.Chinese;

/// <summary>
/// Mainland forms of names that Taiwan transliterates otherwise, from OpenCC's TWPhrases (its keys are
/// mainland forms in OpenCC-standard Traditional). Only full names, written with the interpunct
/// (丹尼·博伊爾→丹尼·鮑伊): TWPhrases mixes names with vocabulary (軟件→軟體, 聯繫→聯絡) that a
/// Taiwanese text may well use, and its data does not say which is which. Matched on the round
/// trip's standard text, so a converted form with a wrong member still finds its entry.
/// </summary>
internal static class TaiwanWordForms
{
    // A single character (硅→矽) is too often part of another word to report alone.
    private const int ShortestWord = 2;


    private static bool IsName(ReadOnlySpan<char> key) => key.Contains('·');

    public static IEnumerable<ConversionChecker.Finding> Find(string text, char[] standard, IReadOnlyList<ConversionChecker.Finding> errors)
    {
        var phrases = OpenCcData.TWPhrases;
        var position = 0;
        while (position < standard.Length)
        {
            // A name's key holds the interpunct, which conversion leaves where it is, so a match can
            // start only within the longest key's reach before one: most text has none at all.
            var interpunct = standard.AsSpan(position).IndexOf('·');
            if (interpunct < 0)
                yield break;
            position = Math.Max(position, position + interpunct - phrases.MaxKeyLength + 1);
            if (phrases.TryMatchPrefix(standard.AsSpan(position), out var length, out var values) && length >= ShortestWord && IsName(standard.AsSpan(position, length))
                && values[0] != text.Substring(position, length)
                && !errors.Any(e => e.Start < position + length && position < e.End && e.Kind == SuspectKind.Error))
            {
                var written = text.Substring(position, length);
                yield return new ConversionChecker.Finding(position, position + length, position, ' ', SuspectKind.Transliteration,
                    $"大陸譯名：「{written}」在臺灣通常譯作「{values[0]}」。", values[0]);
                position += length;
                continue;
            }
            position++;
        }
    }
}
