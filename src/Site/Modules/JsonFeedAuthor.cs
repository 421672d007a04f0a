namespace Explainer.Site.Modules;

public sealed record JsonFeedAuthor(string Name, string Url);
