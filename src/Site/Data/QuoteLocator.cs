namespace Explainer.Site.Data;

public static class QuoteLocator
{
    /// <summary>Every place the whole needle occurs; the quote is the part after the prefix and before the suffix.</summary>
    public static IReadOnlyList<QuoteHit> FindAll(IEnumerable<ParagraphModel> paragraphs, string prefix, string quote, string suffix)
    {
        var needle = prefix + quote + suffix;
        var hits = new List<QuoteHit>();
        if (needle.Length == 0)
        {
            return hits;
        }
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Source.Text;
            for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                hits.Add(new QuoteHit(paragraph, at + prefix.Length, at + prefix.Length + quote.Length));
            }
        }
        return hits;
    }

    /// <summary>The one-place rule of notes, figures and placements, worded the same everywhere.</summary>
    public static string? Problem(string what, string quote, int hits) => hits switch
    {
        1 => null,
        0 => $"{what} quotes text the seed does not have: '{quote}'",
        _ => $"{what} quote '{quote}' is found {hits} times; add a prefix or suffix to choose one",
    };
}
