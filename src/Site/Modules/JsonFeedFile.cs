namespace Explainer.Site.Modules;

/// <summary>feed.json (JSON Feed 1.1), field by field in file order.</summary>
public sealed record JsonFeedFile(
    string Version,
    string Title,
    string HomePageUrl,
    string FeedUrl,
    string Description,
    string Language,
    JsonFeedAuthor[] Authors,
    List<JsonFeedItem> Items);
