namespace Explainer.Site.Modules;

public sealed record SiteIndexSection(
    string Slug,
    string Title,
    string TitleEn,
    int Order,
    string Url,
    string MarkdownUrl,
    string EmbedUrl,
    string OembedUrl,
    int[] Lines);
