using Explainer.Seeds;

namespace Explainer.Site;

/// <summary>A paragraph of the seed with the stable id notes and figures link to.</summary>
public sealed record ParagraphModel(string Id, SeedParagraph Source);
