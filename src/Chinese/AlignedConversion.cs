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

    public static AlignedConversion Run(IPrefixDictionary dictionary, ReadOnlySpan<char> source)
    {
        var text = source.ToArray();
        var byPhrase = new bool[text.Length];
        var phraseStart = new int[text.Length];
        var phraseEnd = new int[text.Length];
        var position = 0;
        while (position < source.Length)
        {
            var length = ChineseConverter.CharacterLength(source, position);
            if (dictionary.TryMatchPrefix(source[position..], out var matched, out var values))
            {
                length = matched;
                var value = values[0];
                if (value.Length == matched)
                    value.CopyTo(text.AsSpan(position));
            }
            var isPhrase = ChineseConverter.CharacterLength(source, position) < length;
            for (var i = position; i < position + length; i++)
            {
                byPhrase[i] = isPhrase;
                phraseStart[i] = position;
                phraseEnd[i] = position + length;
            }
            position += length;
        }
        return new AlignedConversion(text, byPhrase, phraseStart, phraseEnd);
    }
}
