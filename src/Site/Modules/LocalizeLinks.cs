using System.Text.RegularExpressions;

namespace Explainer.Site.Modules;

/// <summary>
/// Final touches on links that depend on where a page ends up:
/// <list type="bullet">
/// <item>a link to another page's <c>#id</c> becomes <c>#id</c> when this page holds that element too
/// (a section page and an embed hold the paragraphs and figures the explainer page links to, so a
/// reader of the section stays on it);</item>
/// <item>on an embed page (<c>embed/…</c>) every link that leaves the page opens in the top window
/// (<c>target="_top"</c>): inside another site's frame the rest of our site refuses to be framed,
/// and most sources do too.</item>
/// </list>
/// The theme and the Markdown write every link as <c>&lt;a href="…"</c> with double quotes, and
/// escape <c>&gt;</c> in attribute values, so a tag ends at the first <c>&gt;</c>.
/// </summary>
/// <remarks>
/// Part of rendering a page (<see cref="RenderPages"/>), so a page's HTML is final as soon as it is
/// made and the HTML before it is garbage at once, rather than every page of the site held twice.
/// </remarks>
public static partial class LocalizeLinks
{
    /// <summary>The page's HTML with its links localized; <paramref name="file"/> is where it is published.</summary>
    public static string Apply(string html, string file) =>
        Localize(html, file.StartsWith(SiteUrls.EmbedFolder, StringComparison.Ordinal));

    private static string Localize(string html, bool embed)
    {
        var ids = IdAttribute().Matches(html).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        return AnchorTag().Replace(html, tag => Rewrite(tag.Value, ids, embed));
    }

    private static string Rewrite(string tag, HashSet<string> ids, bool embed)
    {
        var href = Href().Match(tag);
        if (!href.Success)
        {
            return tag;
        }
        var value = href.Groups[1].Value;
        var hash = value.IndexOf('#', StringComparison.Ordinal);
        if (hash > 0 && !value.Contains("://", StringComparison.Ordinal) && ids.Contains(value[(hash + 1)..]))
        {
            value = value[hash..];
            tag = string.Concat(tag.AsSpan(0, href.Groups[1].Index), value, tag.AsSpan(href.Groups[1].Index + href.Groups[1].Length));
        }
        if (embed && !value.StartsWith('#') && !tag.Contains(" target=", StringComparison.Ordinal))
        {
            tag = string.Concat(tag.AsSpan(0, tag.Length - 1), " target=\"_top\">");
        }
        return tag;
    }

    [GeneratedRegex("<a\\s[^>]*>")]
    private static partial Regex AnchorTag();

    [GeneratedRegex("\\shref=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();
}
