using System.Collections.Immutable;

namespace Explainer.Editorial.Data;

/// <summary>input/&lt;seed name&gt;/data.yml: the figures, the compute contest and the timeline of one seed.</summary>
public sealed record ExplainerData(
    ImmutableArray<Figure> Figures,
    Placement? Chart,
    string SourceLine,
    ImmutableArray<Claim> Claims,
    Placement? Compute,
    ImmutableArray<TimelineEvent> Events,
    Placement? Timeline,
    DateOnly? Published,
    Source? PublishedSource,
    string SourcePath)
{
    public static readonly ExplainerData None = new([], null, "", [], null, [], null, null, null, "");

    /// <summary>Seed words (an amount or a date) whose automatic figure or event the editor leaves out.</summary>
    public ImmutableArray<SeedQuote> Exclude { get; init; } = [];
}
