using System.Net;

namespace Explainer.Site.Editions;

/// <summary>
/// Where the Simplified edition lives (<c>/zh-hans/…</c>, DESIGN.md) and which files it mirrors: every
/// page, section Markdown, oEmbed file, <c>/index.json</c> and feed. Assets, chart data, the embed
/// loader and the discovery files that list both editions (sitemap, robots.txt, _redirects) exist once.
/// </summary>
public static class SimplifiedEdition
{
    public const string Folder = "zh-hans/";

    public const string Language = "zh-Hans";

    /// <summary>The Simplified counterpart of a Traditional path (both relative to the site's root).</summary>
    public static string PathOf(string path) => Folder + path;

    /// <summary>True when the Traditional file or page at <paramref name="path"/> has a Simplified copy.</summary>
    public static bool IsMirrored(ReadOnlySpan<char> path)
    {
        if (path.StartsWith("assets/") || path.StartsWith(Folder) || path.Contains("/data/", StringComparison.Ordinal))
            return false;
        return path is not ("favicon.svg" or SiteUrls.EmbedLoader or "robots.txt" or "sitemap.xml" or "_redirects");
    }

    /// <summary>
    /// The <c>hreflang</c> alternates of a page (both editions and <c>x-default</c>, the Traditional),
    /// the same on both editions' copies. The 404 page has none: it stands for every missing address.
    /// </summary>
    public static string HeadLinks(string baseUrl, string path)
    {
        if (path == SiteUrls.NotFound)
            return "";
        var traditional = WebUtility.HtmlEncode(baseUrl + "/" + path);
        var simplified = WebUtility.HtmlEncode(baseUrl + "/" + PathOf(path));
        return $"<link rel=\"alternate\" hreflang=\"zh-Hant\" href=\"{traditional}\">\n"
            + $"<link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"{simplified}\">\n"
            + $"<link rel=\"alternate\" hreflang=\"x-default\" href=\"{traditional}\">";
    }

    /// <summary>
    /// The 繁／简 switch of the page at <paramref name="path"/> (a Traditional path) in the edition
    /// <paramref name="simplified"/>: the current script, then a plain link to the same page in the
    /// other (explainer.js carries the reader's place, the URL's fragment, along).
    /// </summary>
    public static string Switch(string path, bool simplified)
    {
        var notFound = path == SiteUrls.NotFound;
        string href;
        if (simplified)
            href = notFound ? "/" : SiteUrls.Href(PathOf(path), path);
        else
            href = notFound ? "/" + Folder : SiteUrls.Href(path, PathOf(path));
        href = WebUtility.HtmlEncode(href);
        return simplified
            ? $"<nav class=\"edition-switch\" aria-label=\"繁简切换\" data-edition-switch><a href=\"{href}\" hreflang=\"zh-Hant\" lang=\"zh-Hant\" aria-label=\"繁體中文版\">繁</a><span aria-hidden=\"true\">／</span><span lang=\"zh-Hans\" aria-current=\"true\">简</span></nav>"
            : $"<nav class=\"edition-switch\" aria-label=\"繁簡切換\" data-edition-switch><span lang=\"zh-Hant\" aria-current=\"true\">繁</span><span aria-hidden=\"true\">／</span><a href=\"{href}\" hreflang=\"zh-Hans\" lang=\"zh-Hans\" aria-label=\"简体中文版\">简</a></nav>";
    }
}
