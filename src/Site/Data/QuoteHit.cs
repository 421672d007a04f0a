namespace Explainer.Site.Data;

/// <summary>Where a quote (with its prefix and suffix) stands among an explainer's paragraphs.</summary>
public sealed record QuoteHit(ParagraphModel Paragraph, int Start, int End);
