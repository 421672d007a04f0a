using System.Collections.Immutable;
using Explainer.Editorial;

namespace Explainer.Site.Annotations;

/// <summary>A note placed in the article: its number and the raw position its reference follows.</summary>
public sealed record PlacedNote(Note Note, int Number, string ParagraphId, int Position)
{
    public string Anchor => "note-" + Note.Id;
}

/// <summary>A mention that links: to its card beside the text (people) or to its profile page (organisations).</summary>
public sealed record LinkedMention(Mention Mention, string Href);

/// <summary>What the explainer adds to one paragraph.</summary>
public sealed record ParagraphAnnotations(
    ImmutableArray<LinkedMention> LinkedMentions,
    ImmutableArray<PlacedNote> Notes,
    ImmutableArray<Profile> Cards)
{
    public static readonly ParagraphAnnotations None = new([], [], []);
}

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
