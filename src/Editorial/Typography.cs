using Explainer.Seeds;

namespace Explainer.Editorial;

/// <summary>
/// The one declared typographic rule: a half-width <c>, : ; ? !</c> in Chinese text (after a CJK
/// character, after a closing quote that follows one, or before a CJK character) is shown in its
/// full-width form, as Taiwanese print sets it. It maps one character to one character and is
/// reversible: NFKC folds each full-width form back to the seed's character, which is how the fidelity
/// contract compares text.
/// </summary>
public static class Typography
{
    public const string Description = "中文句子裡的半形標點「,:;?!」一律以全形「，：；？！」顯示（依 NFKC 可還原為原文）。";

    private const string HalfWidth = ",:;?!";
    private const string FullWidth = "，：；？！";

    public static string FullWidthPunctuation(string text)
    {
        var result = text.ToCharArray();
        for (var i = 0; i < text.Length; i++)
        {
            var index = HalfWidth.IndexOf(text[i]);
            if (index >= 0 && (FollowsCjk(text, i) || PrecedesCjk(text, i)))
            {
                result[i] = FullWidth[index];
            }
        }
        return new string(result);
    }

    private static bool FollowsCjk(string text, int position)
    {
        var previous = position - 1;
        while (previous >= 0 && text[previous] is '”' or '’' or '"')
        {
            previous--;
        }
        return previous >= 0 && IsCjkText(text[previous]);
    }

    /// <summary>"Google,而非": the comma belongs to the Chinese sentence it opens onto.</summary>
    private static bool PrecedesCjk(string text, int position) =>
        position + 1 < text.Length && IsCjkText(text[position + 1]);

    private static bool IsCjkText(char c) => CjkText.IsCjk(c) && !char.IsWhiteSpace(c);
}
