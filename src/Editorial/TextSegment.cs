namespace Explainer.Editorial;

/// <summary>A run of seed text, either as the reporter wrote it or under a correction.</summary>
public sealed record TextSegment(string Text, Correction? Correction);
