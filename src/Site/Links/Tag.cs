namespace Explainer.Site.Links;

/// <summary>A start tag's attribute value that matters to the link check (an id or a link), and where its tag starts.</summary>
internal sealed record Tag(int Line, int Column, string Value);
