namespace Explainer.Site.Annotations;

/// <summary>A profile named in a paragraph, at raw positions of the seed's text.</summary>
public sealed record Mention(string ProfileId, int Start, int Length);
