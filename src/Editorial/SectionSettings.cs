using System.Collections.Immutable;

namespace Explainer.Editorial;

/// <summary>A section's slug and titles, chosen by quoting its heading as the seed spells it.</summary>
public sealed record SectionSettings(string Heading, string? Slug, string? TitleEn, int Line, int Column)
{
    /// <summary>Slugs this section was published under before: old links redirect to the new one.</summary>
    public ImmutableArray<string> PreviousSlugs { get; init; } = [];
}
