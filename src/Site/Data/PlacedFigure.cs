using Explainer.Editorial.Data;

namespace Explainer.Site.Data;

public sealed record PlacedFigure(Figure Figure, string ParagraphId, int Position, StatedNumber Stated);
