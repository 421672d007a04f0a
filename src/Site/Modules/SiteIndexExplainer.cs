namespace Explainer.Site.Modules;

public sealed record SiteIndexExplainer(
    string Slug,
    string Title,
    string? Subtitle,
    string Url,
    string Seed,
    string SeedSha256,
    string? Date,
    string? Updated,
    string Summary,
    SiteIndexSource? BasedOn,
    List<SiteIndexSection> Sections);
