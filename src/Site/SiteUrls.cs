namespace Explainer.Site;

/// <summary>
/// Every URL of the site (DESIGN.md), as paths relative to the site root without a leading slash;
/// <see cref="Href"/> turns one into a link relative to the page it appears on, so a page also reads
/// from <c>file://</c>.
/// </summary>
public static class SiteUrls
{
    public const string Home = "";
    public const string NotFound = "404.html";
    public const string Index = "index.json";

    public static string Explainer(ExplainerModel explainer) => explainer.Slug + "/";

    public const string Profiles = "profiles/";

    public static string Profile(string id) => $"profiles/{id}/";

    public static string Section(ExplainerModel explainer, SectionModel section) => $"{explainer.Slug}/{section.Slug}/";

    public static string SectionMarkdown(ExplainerModel explainer, SectionModel section) => $"{explainer.Slug}/{section.Slug}.md";

    /// <summary>Where the embeddable sections live.</summary>
    public const string EmbedFolder = "embed/";

    /// <summary>The section alone, with minimal chrome, for other sites' iframes.</summary>
    public static string Embed(ExplainerModel explainer, SectionModel section) => $"{EmbedFolder}{explainer.Slug}/{section.Slug}/";

    public static string OEmbed(ExplainerModel explainer, SectionModel section) => $"oembed/{explainer.Slug}/{section.Slug}.json";

    /// <summary>The loader other sites include to turn a placeholder into a self-sizing iframe.</summary>
    public const string EmbedLoader = "embed.js";

    /// <summary>The file a URL path is served from: directories serve their index.html.</summary>
    public static string FileOf(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;

    /// <summary>From the root to the page's folder: "" for the home page, "../../" two folders down.</summary>
    public static string RootFrom(string pagePath)
    {
        // Every link of every page starts here: the common depths are made once. (FileOf adds no '/'.)
        var depth = pagePath.AsSpan().Count('/');
        return depth < Ups.Length ? Ups[depth] : string.Concat(Enumerable.Repeat("../", depth));
    }

    private static readonly string[] Ups = [.. Enumerable.Range(0, 8).Select(n => string.Concat(Enumerable.Repeat("../", n)))];

    public static string Href(string fromPage, string target)
    {
        var href = RootFrom(fromPage) + target;
        return href.Length == 0 ? "./" : href;
    }
}
