namespace Explainer.Editorial.Data;

/// <summary>A dated event, its date as the seed words it.</summary>
public sealed record TimelineEvent(string When, string Label, SeedQuote Quote);
