using System.Collections.Immutable;
using Explainer.Editorial.Data;

namespace Explainer.Site.Data;

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

    /// <summary>The blocks compiled automatically from the seed (no editorial file behind them): they say so.</summary>
    public ImmutableHashSet<string> Automatic { get; init; } = [];

    /// <summary>People and organisations named in the seed without a profile (「本文提及」), in reading order.</summary>
    public ImmutableArray<MentionedName> Mentioned { get; init; } = [];

    /// <summary>The blocks (chart, compute, timeline) that stand after a paragraph, in that order.</summary>
    public IEnumerable<string> BlocksFollowing(string paragraphId) =>
        new[] { ChartId, ComputeId, TimelineId }.Where(id => BlocksAfter.GetValueOrDefault(id) == paragraphId);
}
