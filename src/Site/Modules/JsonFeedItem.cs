using System.Text.Json.Serialization;

namespace Explainer.Site.Modules;

/// <summary>One explainer in feed.json; the fields an explainer lacks are left out, not null.</summary>
public sealed record JsonFeedItem(
    string Id,
    string Url,
    string Title,
    string ContentText,
    string Summary,
    string Language,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ExternalUrl,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DatePublished,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DateModified,
    List<string> Tags);
