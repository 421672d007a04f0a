namespace Explainer.Site.Links;

/// <summary>A link that leaves its page, as the page's HTML has it (where, and its value), and what it points to.</summary>
public readonly record struct PageLink(int Line, int Column, string Value, string Target, string File, string Fragment);
