using Explainer.Editorial.Data;

namespace Explainer.Site.Data;

public sealed record PlacedClaim(Claim Claim, string ParagraphId);
