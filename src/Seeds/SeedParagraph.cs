namespace Explainer.Seeds;

/// <summary>A paragraph as the reader sees it, hard-wrapped lines joined; keeps its seed lines.</summary>
public sealed record SeedParagraph(string Text, int FirstLine, int LastLine);
