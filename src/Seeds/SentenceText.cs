namespace Explainer.Seeds;

/// <summary>What ends a sentence and what only sentences contain, in Chinese and English text.</summary>
public static class SentenceText
{
    private const string Terminators = "。！？!?….";
    private const string Closers = "”’」』）)》〉】\"'";

    /// <summary>Punctuation a heading never contains (a line with one is a sentence or part of one).</summary>
    private const string SentencePunctuation = "，,。.！!？?：:；;、“”「」『』（）()…—";

    /// <summary>Does the line end a sentence, possibly inside closing quotes (<c>。”</c>)?</summary>
    public static bool EndsSentence(string line)
    {
        var trimmed = line.TrimEnd();
        var end = trimmed.Length - 1;
        while (end >= 0 && Closers.Contains(trimmed[end]))
        {
            end--;
        }
        return end >= 0 && Terminators.Contains(trimmed[end]);
    }

    public static bool HasSentencePunctuation(string line) => line.Any(c => SentencePunctuation.Contains(c));
}
