using System.Text;
using Explainer.Editorial;

namespace Explainer.Markup;

/// <summary>
/// One run of seed text (a headline, a heading, a paragraph) as Markdown: escaped, with its
/// corrections written as <c>{~~original~>corrected~~}</c> and the typographic rule applied to what
/// the reader sees (never to the original kept beside it).
/// </summary>
public static class InlineMarkdown
{
    public static string Write(string text, CorrectionSet corrections, bool fullWidthPunctuation)
    {
        var markdown = new StringBuilder(text.Length + 16);
        var shown = new StringBuilder(text.Length);
        foreach (var segment in corrections.Apply(text))
        {
            var display = segment.Correction?.Corrected ?? segment.Text;
            if (fullWidthPunctuation)
            {
                display = Typography.FullWidthPunctuation(display, Tail(shown));
            }
            shown.Append(display);
            if (segment.Correction is null)
            {
                markdown.Append(MarkdownEscaper.Escape(display));
            }
            else
            {
                markdown.Append("{~~").Append(MarkdownEscaper.Escape(segment.Text))
                    .Append("~>").Append(MarkdownEscaper.Escape(display)).Append("~~}");
            }
        }
        return markdown.ToString();
    }

    /// <summary>The rule looks back past closing quotes; a few characters are enough context.</summary>
    private static string Tail(StringBuilder shown) =>
        shown.Length <= 4 ? shown.ToString() : shown.ToString(shown.Length - 4, 4);
}
