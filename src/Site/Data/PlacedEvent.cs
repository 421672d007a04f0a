using Explainer.Editorial.Data;

namespace Explainer.Site.Data;

/// <summary>An event on the timeline; <see cref="Date"/> is null when the seed's words cannot be dated
/// (an automatic timeline of a story whose publication date is unknown shows them as written).</summary>
public sealed record PlacedEvent(TimelineEvent Event, string ParagraphId, ResolvedDate? Date);
