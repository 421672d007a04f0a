namespace Explainer.Markup;

/// <summary>A reference the explainer inserts after a raw position, like a sidenote's number.</summary>
public sealed record InsertedRef(int Position, string Href, string Text, string Label, string Class = "note-ref", string? Lang = null);
