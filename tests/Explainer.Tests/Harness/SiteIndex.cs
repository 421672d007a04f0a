using System.Text.Json;

namespace Explainer.Tests.Harness;

/// <summary>The built site's <c>/index.json</c> (DESIGN.md): tests find pages through it, never by guessing paths.</summary>
public sealed record SiteIndex(IReadOnlyList<IndexedExplainer> Explainers)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static SiteIndex Load(string siteRoot)
    {
        var path = Path.Combine(siteRoot, "index.json");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"the built site has no /index.json (looked at {path})");
        }

        return JsonSerializer.Deserialize<SiteIndex>(File.ReadAllText(path), Options)
            ?? throw new InvalidOperationException("/index.json is the JSON literal null");
    }
}

public sealed record IndexedExplainer(string Slug, string Title, string Url, IReadOnlyList<IndexedSection> Sections);

public sealed record IndexedSection(string Slug, string Title, string Url);
