namespace Explainer.Site.Modules;

// The shape of /index.json, field by field in file order (names in snake_case: SeedSha256 is seed_sha256).
public sealed record SiteIndexFile(SiteIndexSite Site, List<SiteIndexExplainer> Explainers);
