namespace Explainer.Site.Modules;

/// <summary>One script's edition of the site: its language, its home page and its own <c>index.json</c>.</summary>
public sealed record SiteIndexEdition(string Language, string Home, string Index);
