using System.Text;
using Explainer.Chinese;

namespace Explainer.Site.Editions;

/// <summary>
/// Makes a page's Simplified copy from its finished Traditional HTML: text converted by
/// <see cref="SimplifiedConversion"/> a block at a time, links sent to the Simplified copies of what
/// has one, and the page's language, locale and 繁／简 switch set for the edition.
/// </summary>
/// <remarks>
/// <para>A block is the text of one element up to the next block-level tag (a paragraph, a heading, a
/// table cell); inline elements (links, <c>ins</c>, <c>span</c>…) stay inside it, so a phrase that
/// runs across a mention converts as a phrase. An element marked <c>data-annotation</c> is left out
/// of the text around it and converts on its own: the text of an article's paragraph is then exactly
/// what the fidelity contract reads, and it converts as the seed's line does.</para>
/// <para>A corrected span (<c>data-original</c>) keeps the contract on this edition too: the text
/// outside it is the conversion of the paragraph as the seed writes it, the span shows the conversion
/// of the corrected paragraph there, and <c>data-original</c> becomes the conversion of the seed's
/// words in their place. Restoring every <c>data-original</c> gives the seed's line converted.</para>
/// <para>An element marked <c>lang="zh-Hant"</c> quotes the Traditional seed as it is written (a
/// correction of a character that only the Traditional script tells apart): its text stays
/// Traditional, and says so to screen readers.</para>
/// <para>The theme writes every attribute in double quotes and escapes <c>&lt;</c> in text, and
/// Markdig does the same, so a tag ends at the first <c>&gt;</c> outside quotes.</para>
/// </remarks>
public sealed partial class SimplifiedHtml(SimplifiedConversion conversion, string baseUrl)
{
    private readonly string _absolute = baseUrl.TrimEnd('/') + "/";
    private readonly SimplifiedConversion _conversion = conversion;

    /// <summary>The Simplified copy of the page published at <paramref name="file"/> (a Traditional path).</summary>
    /// <param name="blocks">
    /// Conversions of blocks already made for pages of the same explainer (its page, its sections and
    /// their embeds hold the same paragraphs and notes), to reuse; null converts every block.
    /// </param>
    public string Convert(ReadOnlySpan<char> html, string file, System.Collections.Concurrent.ConcurrentDictionary<string, AlignedText>? blocks = null)
    {
        string? result = null;
        Convert(html, file, blocks, converted => result = converted.ToString());
        return result!;
    }

    /// <summary>
    /// Hands <paramref name="write"/> the Simplified copy in a pooled buffer that lives for the call,
    /// so that a clean build writes it with no string made of it.
    /// </summary>
    public void Convert(ReadOnlySpan<char> html, string file, System.Collections.Concurrent.ConcurrentDictionary<string, AlignedText>? blocks, Theme.TextAction write)
    {
        var run = new PageRun(this, html, file, blocks);
        run.Scan();
        run.Result(write);
    }

    /// <summary>Text converted, with absolute links to this site sent to their Simplified copies.</summary>
    public string ConvertText(ReadOnlySpan<char> text) =>
        RewriteAbsolute(_conversion.MayChange(text) ? _conversion.ConvertAligned(text).Text : text.ToString());

    /// <summary>Each <c>https://site/path</c> whose path has a Simplified copy, as <c>https://site/zh-hans/path</c>.</summary>
    public string RewriteAbsolute(string text)
    {
        var at = text.IndexOf(_absolute, StringComparison.Ordinal);
        if (at < 0)
            return text;
        var result = new StringBuilder(text.Length + 64);
        var copied = 0;
        for (; at >= 0; at = text.IndexOf(_absolute, at + _absolute.Length, StringComparison.Ordinal))
        {
            var path = at + _absolute.Length;
            var end = path;
            while (end < text.Length && !IsUrlEnd(text[end]))
                end++;
            if (!SimplifiedEdition.IsMirrored(StripQueryAndFragment(text.AsSpan(path, end - path))))
                continue;
            result.Append(text, copied, path - copied).Append(SimplifiedEdition.Folder);
            copied = path;
        }
        return result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Replaces the page's text from <paramref name="start"/> to <paramref name="end"/>, unless it reads so already.</summary>
    private static void Edit(List<(int Start, int End, string Text)> edits, ReadOnlySpan<char> html, int start, int end, string text)
    {
        if (!html[start..end].SequenceEqual(text))
            edits.Add((start, end, text));
    }

    private static bool IsUrlEnd(char c) => c is '"' or '\'' or '\\' or '<' or '>' or '&' or ' ' or '\n' or '\t' or ')' || c > 0x7E;

    private static ReadOnlySpan<char> StripQueryAndFragment(ReadOnlySpan<char> href)
    {
        var end = href.IndexOfAny('#', '?');
        return end < 0 ? href : href[..end];
    }

    /// <summary>
    /// A link on the Simplified copy of a page at <paramref name="file"/>: null (unchanged) when it
    /// reaches a mirrored file (the copy sits at the same place in <c>/zh-hans/</c>), a fragment, another
    /// site or a scheme; else the link one folder further up. Every link of every page comes here, so
    /// one left as it is makes no string.
    /// </summary>
    private string? RewriteHref(ReadOnlySpan<char> href, string file)
    {
        if (href.IsEmpty || href[0] == '#' || href.StartsWith("//"))
            return null;
        if (href.StartsWith(_absolute))
            return RewriteAbsolute(href.ToString());
        if (href[0] == '/')
            return SimplifiedEdition.IsMirrored(StripQueryAndFragment(href[1..])) ? "/" + SimplifiedEdition.Folder + href[1..].ToString() : null;
        var colon = href.IndexOf(':');
        if (colon >= 0 && (href.IndexOf('/') is var slash && (slash < 0 || colon < slash)))
            return null; // mailto:, https: and other schemes
        return SimplifiedEdition.IsMirrored(Resolve(file, StripQueryAndFragment(href))) ? null : "../" + href.ToString();
    }

    /// <summary>A relative link from the file at <paramref name="file"/>, as a path from the site's root.</summary>
    internal static string Resolve(string file, ReadOnlySpan<char> href)
    {
        var parts = new List<string>(file.Split('/')[..^1]);
        foreach (var range in href.Split('/'))
        {
            var part = href[range];
            if (part is "..")
            {
                if (parts.Count > 0)
                    parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ".")
            {
                parts.Add(part.ToString());
            }
        }
        // "a/b/" splits into "a", "b", "": the path keeps its final slash.
        return string.Join('/', parts);
    }

    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark",
        "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "tspan",
    };

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    // Attributes a reader sees or hears.
    private static readonly HashSet<string> TextAttributes = new(StringComparer.Ordinal)
    {
        "title", "alt", "aria-label", "aria-description", "aria-roledescription", "placeholder", "data-title",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.Ordinal) { "href", "src", "action", "cite", "data-explainer-embed" };

    private static readonly HashSet<string> TextMeta = new(StringComparer.Ordinal)
    {
        "description", "og:title", "og:description", "og:site_name", "twitter:title", "twitter:description",
    };
}
