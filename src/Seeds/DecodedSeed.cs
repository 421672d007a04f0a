namespace Explainer.Seeds;

/// <summary>What reading a seed's bytes as text found: the text (null when refused) and a problem to report.</summary>
public sealed record DecodedSeed(string? Text, bool IsError, int Line, int Column, string? Problem);
