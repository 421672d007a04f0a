namespace Explainer.Editorial;

/// <summary>Where a claim beyond the seed comes from: shown on the page beside the claim.</summary>
public sealed record Source(string Publication, string Title, string Date, string Url);
