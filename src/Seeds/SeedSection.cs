using System.Collections.Immutable;

namespace Explainer.Seeds;

/// <summary>A run of paragraphs under one heading; the lead has no heading.</summary>
public sealed record SeedSection(string? Heading, int HeadingLine, ImmutableArray<SeedParagraph> Paragraphs)
{
    public int FirstLine => Heading is null ? Paragraphs.FirstOrDefault()?.FirstLine ?? 0 : HeadingLine;

    public int LastLine => Paragraphs.IsEmpty ? HeadingLine : Paragraphs[^1].LastLine;
}
