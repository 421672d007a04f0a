namespace Explainer.Editorial;

/// <summary>input/site.yml: who publishes the site and how it reads.</summary>
public sealed record SiteSettings
{
    public static readonly SiteSettings Default = new();

    public string Title { get; init; } = "Explainer";

    public string Description { get; init; } = "Annotated explainers of news articles.";

    /// <summary>Absolute, without a trailing slash; canonical links and feeds are built on it.</summary>
    public string BaseUrl { get; init; } = "https://example.org";

    public string Language { get; init; } = "zh-Hant";

    public string Author { get; init; } = "";

    public string Publisher { get; init; } = "";

    /// <summary>Show half-width <c>, : ; ? !</c> after CJK characters in their full-width forms.</summary>
    public bool FullWidthPunctuation { get; init; } = true;

    public static SiteSettings Read(YamlFile file)
    {
        var map = file.RootMapping();
        file.CheckKeys(map, "title", "description", "base_url", "language", "author", "publisher", "typography");
        var typography = file.Mapping(map, "typography");
        if (typography is not null)
        {
            file.CheckKeys(typography, "fullwidth_punctuation");
        }
        return new SiteSettings
        {
            Title = file.String(map, "title") ?? Default.Title,
            Description = file.String(map, "description") ?? Default.Description,
            BaseUrl = (file.String(map, "base_url") ?? Default.BaseUrl).TrimEnd('/'),
            Language = file.String(map, "language") ?? Default.Language,
            Author = file.String(map, "author") ?? "",
            Publisher = file.String(map, "publisher") ?? "",
            FullWidthPunctuation = typography is null ? true : file.Bool(typography, "fullwidth_punctuation") ?? true,
        };
    }
}
