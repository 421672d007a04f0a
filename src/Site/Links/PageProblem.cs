namespace Explainer.Site.Links;

/// <summary>A problem the page has in itself (an id used twice, a link to a fragment it does not have), where.</summary>
public readonly record struct PageProblem(int Line, int Column, string Message);
