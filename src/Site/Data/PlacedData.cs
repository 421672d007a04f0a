using System.Collections.Immutable;
using Explainer.Editorial.Data;

namespace Explainer.Site.Data;

public sealed record PlacedFigure(Figure Figure, string ParagraphId, int Position, StatedNumber Stated);

public sealed record PlacedClaim(Claim Claim, string ParagraphId);

public sealed record PlacedEvent(TimelineEvent Event, string ParagraphId, ResolvedDate Date);

/// <summary>A seed's data checked against the seed and anchored to its paragraphs.</summary>
public sealed record PlacedData(
    ExplainerData Data,
    ImmutableArray<PlacedFigure> Figures,
    ImmutableArray<PlacedClaim> Claims,
    ImmutableArray<PlacedEvent> Events,
    ImmutableDictionary<string, string> BlocksAfter)
{
    // Each is also the name of the theme partial that draws it.
    public const string ChartId = "chart-figures";
    public const string ComputeId = "chart-compute";
    public const string TimelineId = "timeline";

    public static readonly PlacedData None = new(ExplainerData.None, [], [], [], ImmutableDictionary<string, string>.Empty);

    /// <summary>The blocks (chart, compute, timeline) that stand after a paragraph, in that order.</summary>
    public IEnumerable<string> BlocksFollowing(string paragraphId) =>
        new[] { ChartId, ComputeId, TimelineId }.Where(id => BlocksAfter.GetValueOrDefault(id) == paragraphId);
}
