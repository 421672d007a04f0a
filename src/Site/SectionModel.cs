using System.Collections.Immutable;

namespace Explainer.Site;

/// <summary>One section of an explainer: the lead (no heading in the seed) or a headed part.</summary>
public sealed record SectionModel(
    string Slug,
    int Order,
    string Title,
    string TitleEn,
    string? Heading,
    int FirstLine,
    int LastLine,
    ImmutableArray<ParagraphModel> Paragraphs)
{
    public bool IsLead => Heading is null;

    /// <summary>Slugs the section was published under before (input/): old URLs redirect here.</summary>
    public ImmutableArray<string> PreviousSlugs { get; init; } = [];
}
