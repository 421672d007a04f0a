namespace Explainer.Site.Modules;

public sealed record SiteIndexSite(string Title, string BaseUrl, string Language, List<SiteIndexEdition> Editions);
