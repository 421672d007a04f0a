using System.Collections.Immutable;
using Explainer.Editorial;

namespace Explainer.Site.Annotations;

/// <summary>What the explainer adds to one paragraph.</summary>
public sealed record ParagraphAnnotations(
    ImmutableArray<LinkedMention> LinkedMentions,
    ImmutableArray<PlacedNote> Notes,
    ImmutableArray<Profile> Cards)
{
    public static readonly ParagraphAnnotations None = new([], [], []);
}
