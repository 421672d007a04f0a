namespace Explainer.Site.Data;

/// <summary>A person or organisation the seed names that has no profile, with the seed's own words about them.</summary>
/// <param name="Quote">The seed's words, exactly: the title before the name and the name (Meta 發言人 Dave Arnold).</param>
/// <param name="Mentions">How many times the seed names them.</param>
public sealed record MentionedName(string Name, bool IsPerson, string Quote, string ParagraphId, int Mentions);
