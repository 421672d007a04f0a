namespace Explainer.Site.Draft;

/// <summary>
/// A quote that anchors in exactly one place: the words themselves when they stand once among the
/// explainer's paragraphs, otherwise with as much of the text before them as makes them unique (the
/// <c>prefix</c> that notes, figures and events accept).
/// </summary>
public static class UniqueQuote
{
    public static (string Prefix, string Text)? For(IReadOnlyList<ParagraphModel> paragraphs, ParagraphModel paragraph, int index, int length)
    {
        var text = paragraph.Source.Text.Substring(index, length);
        for (var before = 0; before <= index; before++)
        {
            var prefix = paragraph.Source.Text.Substring(index - before, before);
            if (Data.QuoteLocator.FindAll(paragraphs, prefix, text, "").Count == 1)
            {
                return (prefix, text);
            }
        }
        return null;
    }
}
