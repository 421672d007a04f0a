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
        var segments = corrections.Apply(text);
        var shown = string.Concat(segments.Select(s => s.Correction?.Corrected ?? s.Text));
        // The rule needs the neighbours on both sides, across segments; it maps one character to one,
        // so each segment's part of the result is found at the same offsets.
        var display = fullWidthPunctuation ? Typography.FullWidthPunctuation(shown) : shown;
        var markdown = new StringBuilder(text.Length + 16);
        var offset = 0;
        foreach (var segment in segments)
        {
            var length = (segment.Correction?.Corrected ?? segment.Text).Length;
            var part = display.Substring(offset, length);
            offset += length;
            if (segment.Correction is null)
            {
                markdown.Append(MarkdownEscaper.Escape(part));
            }
            else
            {
                markdown.Append("{~~").Append(MarkdownEscaper.Escape(segment.Text))
                    .Append("~>").Append(MarkdownEscaper.Escape(part)).Append("~~}");
            }
        }
        return markdown.ToString();
    }
}
