using System.Text;

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
public static class LocalizeLinks
{
    /// <summary>The page's HTML with its links localized; <paramref name="file"/> is where it is published.</summary>
    public static string Apply(string html, string file) =>
        Localize(html, file.StartsWith(SiteUrls.EmbedFolder, StringComparison.Ordinal));

    private static string Localize(string html, bool embed)
    {
        var ids = Ids(html);
        var output = new StringBuilder(html.Length + 256);
        var copied = 0;
        var at = 0;
        while (true)
        {
            // An anchor's start tag: "<a", whitespace, up to the first '>'.
            var open = html.IndexOf("<a", at, StringComparison.Ordinal);
            if (open < 0 || open + 2 >= html.Length)
            {
                break;
            }
            if (!char.IsWhiteSpace(html[open + 2]))
            {
                at = open + 1;
                continue;
            }
            var close = html.IndexOf('>', open + 3);
            if (close < 0)
            {
                break;
            }
            at = close + 1;
            var tag = html.Substring(open, at - open);
            var rewritten = Rewrite(tag, ids, embed);
            if (!ReferenceEquals(rewritten, tag))
            {
                output.Append(html, copied, open - copied).Append(rewritten);
                copied = at;
            }
        }
        return copied == 0 ? html : output.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>The values of the page's <c>id="…"</c> attributes (non-empty, after whitespace).</summary>
    private static HashSet<string> Ids(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var at = 0;
        while (true)
        {
            var found = html.IndexOf("id=\"", at, StringComparison.Ordinal);
            if (found < 0)
            {
                return ids;
            }
            var start = found + 4;
            var end = html.IndexOf('"', start);
            if (end < 0)
            {
                return ids;
            }
            if (found > 0 && char.IsWhiteSpace(html[found - 1]) && end > start)
            {
                ids.Add(html.Substring(start, end - start));
                at = end + 1;
            }
            else
            {
                at = found + 1;
            }
        }
    }

    /// <summary>The tag with its link localized, or the same string instance when nothing changes.</summary>
    private static string Rewrite(string tag, HashSet<string> ids, bool embed)
    {
        var (index, length) = HrefValue(tag);
        if (index < 0)
        {
            return tag;
        }
        var value = tag.Substring(index, length);
        var hash = value.IndexOf('#', StringComparison.Ordinal);
        if (hash > 0 && !value.Contains("://", StringComparison.Ordinal) && ids.Contains(value[(hash + 1)..]))
        {
            value = value[hash..];
            tag = string.Concat(tag.AsSpan(0, index), value, tag.AsSpan(index + length));
        }
        if (embed && !value.StartsWith('#') && !tag.Contains(" target=", StringComparison.Ordinal))
        {
            tag = string.Concat(tag.AsSpan(0, tag.Length - 1), " target=\"_top\">");
        }
        return tag;
    }

    /// <summary>Where the first <c>href="…"</c> after whitespace in a tag has its value; index -1 when none.</summary>
    private static (int Index, int Length) HrefValue(string tag)
    {
        var at = 0;
        while (true)
        {
            var found = tag.IndexOf("href=\"", at, StringComparison.Ordinal);
            if (found < 0)
            {
                return (-1, 0);
            }
            var start = found + 6;
            var end = tag.IndexOf('"', start);
            if (end < 0)
            {
                return (-1, 0);
            }
            if (found > 0 && char.IsWhiteSpace(tag[found - 1]))
            {
                return (start, end - start);
            }
            at = found + 1;
        }
    }
}
