namespace Explainer.Editorial.Data;

/// <summary>A date the story gives, resolved: a day or a span, and how it was worked out.</summary>
public sealed record ResolvedDate(DateOnly Start, DateOnly End, string Display, string Derivation);
