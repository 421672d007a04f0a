using System.Collections.Immutable;
using Explainer.Editorial;

namespace Explainer.Site.Annotations;

/// <summary>Every annotation of one explainer, by paragraph id, and where each profile appears.</summary>
public sealed record ExplainerAnnotations(
    ImmutableDictionary<string, ParagraphAnnotations> Paragraphs,
    ImmutableDictionary<string, ImmutableArray<string>> ParagraphsByProfile,
    ImmutableArray<Note> Unplaced)
{
    public static readonly ExplainerAnnotations None = new(
        ImmutableDictionary<string, ParagraphAnnotations>.Empty, ImmutableDictionary<string, ImmutableArray<string>>.Empty, []);

    public ParagraphAnnotations For(string paragraphId) => Paragraphs.GetValueOrDefault(paragraphId) ?? ParagraphAnnotations.None;

    public static string CardAnchor(string sectionSlug, string profileId) => $"card-{sectionSlug}-{profileId}";
}
