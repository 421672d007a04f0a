namespace Explainer.Site.Modules;

/// <summary>An oEmbed response, field by field in file order.</summary>
public sealed record OEmbedFile(
    string Version,
    string Type,
    string Title,
    string Html,
    int Width,
    int Height,
    string ProviderName,
    string ProviderUrl,
    string AuthorName,
    string AuthorUrl,
    int CacheAge);
