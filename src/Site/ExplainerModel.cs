using System.Collections.Immutable;
using Explainer.Editorial;
using Explainer.Seeds;

namespace Explainer.Site;

/// <summary>A seed understood and joined with its editorial layer: everything a page needs.</summary>
public sealed record ExplainerModel(
    string Slug,
    string TitleEn,
    string SeedFile,
    string SeedSha256,
    ParsedSeed Seed,
    ImmutableArray<SectionModel> Sections,
    CorrectionSet Corrections)
{
    /// <summary>The headline with its corrections applied, as plain text for titles and feeds.</summary>
    public string Title { get; init; } = Seed.Headline;

    /// <summary>The seed file as diagnostics name it.</summary>
    public string SeedPath { get; init; } = "";

    /// <summary>When the explainer was published and last updated (input/ only: a build never stamps its own time).</summary>
    public DateOnly? Date { get; init; }

    public DateOnly? Updated { get; init; }

    /// <summary>The article the seed reproduces.</summary>
    public Editorial.Source? BasedOn { get; init; }

    /// <summary>Publications that re-reported the original: listed as re-reports, never as the source.</summary>
    public ImmutableArray<Editorial.Source> ReReportedBy { get; init; } = [];

    public ImmutableArray<string> PreviousSlugs { get; init; } = [];

    /// <summary>The opening of the lead with corrections applied, for descriptions, feeds and cards.</summary>
    public string Summary { get; init; } = "";
}
