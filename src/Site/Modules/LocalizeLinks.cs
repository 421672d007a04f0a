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
    public static string Apply(string html, string file)
    {
        var localized = Localize(html, IsEmbed(file), out var length);
        if (localized is null)
        {
            return html;
        }
        var result = new string(localized, 0, length);
        System.Buffers.ArrayPool<char>.Shared.Return(localized);
        return result;
    }

    /// <summary>
    /// Hands <paramref name="write"/> the page's HTML with its links localized: <paramref name="html"/>
    /// itself when no link changes, else a pooled copy that lives for the call.
    /// </summary>
    public static void Apply(ReadOnlySpan<char> html, string file, Theme.TextAction write)
    {
        var localized = Localize(html, IsEmbed(file), out var length);
        try
        {
            write(localized is null ? html : localized.AsSpan(0, length));
        }
        finally
        {
            if (localized is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(localized);
            }
        }
    }

    private static bool IsEmbed(string file) => file.StartsWith(SiteUrls.EmbedFolder, StringComparison.Ordinal);

    /// <summary>The localized page in a pooled array (its first <paramref name="length"/> characters); null when no link changes.</summary>
    private static char[]? Localize(ReadOnlySpan<char> html, bool embed, out int length)
    {
        var ids = Ids(html);
        char[]? output = null; // rented at the first link that changes: most pages have none
        length = 0;
        var copied = 0;
        var at = 0;
        while (true)
        {
            // An anchor's start tag: "<a", whitespace, up to the first '>'.
            var found = html[at..].IndexOf("<a", StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }
            var open = at + found;
            if (open + 2 >= html.Length)
            {
                break;
            }
            if (!char.IsWhiteSpace(html[open + 2]))
            {
                at = open + 1;
                continue;
            }
            var close = html[(open + 3)..].IndexOf('>');
            if (close < 0)
            {
                break;
            }
            at = open + 3 + close + 1;
            var tag = html[open..at];
            if (Rewrite(tag, ids, embed) is { } rewritten)
            {
                output ??= System.Buffers.ArrayPool<char>.Shared.Rent(html.Length + html.Length / 8 + 64);
                Append(ref output, ref length, html[copied..open]);
                Append(ref output, ref length, rewritten);
                copied = at;
            }
        }
        if (output is not null)
        {
            Append(ref output, ref length, html[copied..]);
        }
        return output;
    }

    /// <summary>Appends to a pooled array, trading it for a larger one when it is full.</summary>
    private static void Append(ref char[] output, ref int length, ReadOnlySpan<char> text)
    {
        if (length + text.Length > output.Length)
        {
            var larger = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(output.Length * 2, length + text.Length));
            output.AsSpan(0, length).CopyTo(larger);
            System.Buffers.ArrayPool<char>.Shared.Return(output);
            output = larger;
        }
        text.CopyTo(output.AsSpan(length));
        length += text.Length;
    }

    /// <summary>The values of the page's <c>id="…"</c> attributes (non-empty, after whitespace).</summary>
    private static HashSet<string> Ids(ReadOnlySpan<char> html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var at = 0;
        while (true)
        {
            var found = html[at..].IndexOf("id=\"", StringComparison.Ordinal);
            if (found < 0)
            {
                return ids;
            }
            found += at;
            var start = found + 4;
            var end = html[start..].IndexOf('"');
            if (end < 0)
            {
                return ids;
            }
            end += start;
            if (found > 0 && char.IsWhiteSpace(html[found - 1]) && end > start)
            {
                ids.Add(html[start..end].ToString());
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
