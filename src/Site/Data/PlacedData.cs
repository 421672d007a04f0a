using System.Collections.Immutable;
using Explainer.Editorial.Data;

namespace Explainer.Site.Data;

public sealed record PlacedFigure(Figure Figure, string ParagraphId, int Position, StatedNumber Stated);

public sealed record PlacedClaim(Claim Claim, string ParagraphId);

/// <summary>An event on the timeline; <see cref="Date"/> is null when the seed's words cannot be dated
/// (an automatic timeline of a story whose publication date is unknown shows them as written).</summary>
public sealed record PlacedEvent(TimelineEvent Event, string ParagraphId, ResolvedDate? Date);

/// <summary>A person or organisation the seed names that has no profile, with the seed's own words about them.</summary>
/// <param name="Quote">The seed's words, exactly: the title before the name and the name (Meta 發言人 Dave Arnold).</param>
/// <param name="Mentions">How many times the seed names them.</param>
public sealed record MentionedName(string Name, bool IsPerson, string Quote, string ParagraphId, int Mentions);

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
