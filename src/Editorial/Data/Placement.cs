namespace Explainer.Editorial.Data;

/// <summary>A chart, comparison or timeline, and the paragraph after which it stands.</summary>
public sealed record Placement(string Title, string Summary, string Note, SeedQuote After);
