using Explainer.Editorial;

namespace Explainer.Site.Annotations;

/// <summary>A note placed in the article: its number and the raw position its reference follows.</summary>
public sealed record PlacedNote(Note Note, int Number, string ParagraphId, int Position)
{
    public string Anchor => "note-" + Note.Id;
}
