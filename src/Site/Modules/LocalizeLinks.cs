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
    /// <param name="pool">Where the ids' strings come from (pages share most of them); null for new strings.</param>
    public static string Apply(string html, string file, StringPool? pool = null) =>
        Localize(html, file.StartsWith(SiteUrls.EmbedFolder, StringComparison.Ordinal), pool);

    private static string Localize(string html, bool embed, StringPool? pool)
    {
        var ids = Ids(html, pool);
        StringBuilder? output = null; // made at the first link that changes: most pages have none
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
            var tag = html.AsSpan(open, at - open);
            if (Rewrite(tag, ids, embed) is { } rewritten)
            {
                output ??= new StringBuilder(html.Length + 256);
                output.Append(html, copied, open - copied).Append(rewritten);
                copied = at;
            }
        }
        return output is null ? html : output.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>The values of the page's <c>id="…"</c> attributes (non-empty, after whitespace).</summary>
    private static HashSet<string> Ids(string html, StringPool? pool)
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
                ids.Add(pool is null ? html.Substring(start, end - start) : pool.Get(html.AsSpan(start, end - start)));
                at = end + 1;
            }
            else
            {
                at = found + 1;
            }
        }
    }

    /// <summary>The tag with its link localized, or null when nothing changes (most tags: no string is made for them).</summary>
    private static string? Rewrite(ReadOnlySpan<char> tag, HashSet<string> ids, bool embed)
    {
        var (index, length) = HrefValue(tag);
        if (index < 0)
        {
            return null;
        }
        var value = tag.Slice(index, length);
        var hash = value.IndexOf('#');
        string? changed = null;
        if (hash > 0 && value.IndexOf("://", StringComparison.Ordinal) < 0 && ids.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value[(hash + 1)..]))
        {
            value = value[hash..];
            changed = string.Concat(tag[..index], value, tag[(index + length)..]);
        }
        if (embed && !value.StartsWith('#') && (changed ?? tag).IndexOf(" target=", StringComparison.Ordinal) < 0)
        {
            var current = changed is null ? tag : changed.AsSpan();
            changed = string.Concat(current[..^1], " target=\"_top\">");
        }
        return changed;
    }

    /// <summary>Where the first <c>href="…"</c> after whitespace in a tag has its value; index -1 when none.</summary>
    private static (int Index, int Length) HrefValue(ReadOnlySpan<char> tag)
    {
        var at = 0;
        while (true)
        {
            var found = tag[at..].IndexOf("href=\"", StringComparison.Ordinal);
            if (found < 0)
            {
                return (-1, 0);
            }
            found += at;
            var start = found + 6;
            var end = tag[start..].IndexOf('"');
            if (end < 0)
            {
                return (-1, 0);
            }
            end += start;
            if (found > 0 && char.IsWhiteSpace(tag[found - 1]))
            {
                return (start, end - start);
            }
            at = found + 1;
        }
    }
}
