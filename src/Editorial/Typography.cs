using Explainer.Seeds;

namespace Explainer.Editorial;

/// <summary>
/// The one declared typographic rule: a half-width <c>, : ; ? !</c> written after a CJK character
/// (or after a closing quote that follows one) is shown in its full-width form, as Taiwanese print
/// sets it. It is reversible: NFKC folds each full-width form back to the seed's character, which is
/// how the fidelity contract compares text.
/// </summary>
public static class Typography
{
    public const string Description = "夾在中文裡的半形標點 , : ; ? ! 一律以全形 ，：；？！ 顯示（NFKC 可還原）。";

    private const string HalfWidth = ",:;?!";
    private const string FullWidth = "，：；？！";

    public static string FullWidthPunctuation(string text, string before = "")
    {
        var context = before + text;
        var offset = before.Length;
        var result = text.ToCharArray();
        for (var i = 0; i < text.Length; i++)
        {
            var index = HalfWidth.IndexOf(text[i]);
            if (index >= 0 && FollowsCjk(context, offset + i))
            {
                result[i] = FullWidth[index];
            }
        }
        return new string(result);
    }

    private static bool FollowsCjk(string context, int position)
    {
        var previous = position - 1;
        while (previous >= 0 && context[previous] is '”' or '’' or '"')
        {
            previous--;
        }
        return previous >= 0 && CjkText.IsCjk(context[previous]) && !char.IsWhiteSpace(context[previous]);
    }
}
