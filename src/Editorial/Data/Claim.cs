namespace Explainer.Editorial.Data;

/// <summary>One side's claim in a contest the seed reports without numbers (the fight over compute).</summary>
public sealed record Claim(string Who, string Wants, SeedQuote Quote);
