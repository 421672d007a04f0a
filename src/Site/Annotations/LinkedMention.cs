namespace Explainer.Site.Annotations;

/// <summary>A mention that links: to its card beside the text (people) or to its profile page (organisations).</summary>
public sealed record LinkedMention(Mention Mention, string Href);
