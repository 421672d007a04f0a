namespace Explainer.Site.Modules;

public sealed record SiteIndexSource(string Publication, string Title, string Date, string Url);
