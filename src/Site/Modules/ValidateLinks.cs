using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Net;
using Explainer.Engine;

namespace Explainer.Site.Modules;

/// <summary>
/// Fails the build when a page links to a file the site does not have, to a fragment its target page
/// does not have, or gives two elements one id. Runs in PostProcess, before anything is written.
/// </summary>
/// <remarks>
/// Only start tags matter here, so each page is scanned for them (see <see cref="ScanPage"/>) instead
/// of parsed into a DOM, which cost ten times more than the rest of the build. What the check needs
/// from a page (its ids, its links, its duplicate ids) depends on the page's HTML alone, so it is kept
/// by the hash of the HTML: a page is scanned again only when it changed. Pages are scanned in
/// parallel; diagnostics are sorted when the run ends.
/// </remarks>
public sealed class ValidateLinks(string outputDisplayPath) : SyncModule
{
    private const string ContentKey = "content";
    private static readonly Uri SiteRoot = new("https://site.invalid/");

    internal sealed record Tag(int Line, int Column, string Value);

    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context)
    {
        var files = new Dictionary<string, IDocument>(StringComparer.Ordinal);
        foreach (var document in context.AllOutputs())
        {
            if (document.Destination is not null)
            {
                files.TryAdd(document.Destination, document);
            }
        }
        var pages = files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var read = new ConcurrentDictionary<string, PageLinks>(StringComparer.Ordinal);
        var resolved = new ConcurrentDictionary<(string Folder, string Link), Resolution>();
        Parallel.ForEach(pages, page => read[page.Key] = Read(page.Key, page.Value.Content, context, resolved));
        var ids = read.ToDictionary(p => p.Key, p => p.Value.Ids, StringComparer.Ordinal);
        Parallel.ForEach(read, page =>
        {
            foreach (var link in page.Value.Links)
            {
                Check(context, page.Key, link, files, ids);
            }
        });
        return inputs;
    }

    private PageLinks Read(string path, string html, IExecutionContext context, ConcurrentDictionary<(string Folder, string Link), Resolution> resolved)
    {
        var hash = context.Work.Remembers ? Fingerprint.OfText(html) : "";
        return context.Work.GetOrCompute(path, key => key == ContentKey ? hash : null, recorder =>
        {
            recorder.Use(ContentKey, hash);
            var (found, tags) = ScanPage(html);
            foreach (var duplicate in found.GroupBy(t => t.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                Report(recorder.Diagnostics, path, duplicate.ElementAt(1), $"id '{duplicate.Key}' is used {duplicate.Count()} times on the page");
            }
            var pageUri = new Uri(SiteRoot, path);
            var self = Uri.UnescapeDataString(pageUri.AbsolutePath.TrimStart('/'));
            var folder = path[..(path.LastIndexOf('/') + 1)];
            var links = ImmutableArray.CreateBuilder<PageLink>();
            foreach (var tag in tags)
            {
                if (IsPlainFragment(tag.Value))
                {
                    // Half the links of a page are to its own paragraphs, notes and cards: no URL to parse.
                    links.Add(new PageLink(tag, self, SiteUrls.FileOf(self), tag.Value[1..]));
                }
                else
                {
                    // The same link from any page of one folder resolves alike (a profile, the home
                    // page, an asset from every explainer's page): resolved once per folder. Links that
                    // resolve against the page itself (empty, query or fragment only) are not shared.
                    var resolution = tag.Value.Length == 0 || tag.Value[0] is '#' or '?'
                        ? Resolve(pageUri, tag.Value)
                        : resolved.GetOrAdd((folder, tag.Value), static (key, from) => Resolve(from, key.Link), pageUri);
                    if (!resolution.Valid)
                    {
                        Report(recorder.Diagnostics, path, tag, $"link '{tag.Value}' is not a valid URL");
                    }
                    else if (resolution.Target is { } target)
                    {
                        links.Add(new PageLink(tag, target, SiteUrls.FileOf(target), resolution.Fragment));
                    }
                }
            }
            return new PageLinks(found.Select(t => t.Value).ToImmutableHashSet(StringComparer.Ordinal), links.ToImmutable());
        });
    }

    /// <summary>
    /// Every id and every link (href, src, action, poster) of one page, in document order, with the
    /// line and column of its start tag. The HTML standard's tokenization for what matters here: text is
    /// skipped with a vectorised search for '&lt;', comments and doctypes are skipped, raw-text elements
    /// (script, style, title, textarea…, not inside svg or math) are skipped to their end tag, attribute
    /// names are case-insensitive and the first of two equal names wins, values are unescaped.
    /// </summary>
    internal static (List<Tag> Ids, List<Tag> Links) ScanPage(string html, bool wantIds = true, bool wantLinks = true)
    {
        var ids = new List<Tag>();
        var links = new List<Tag>();
        var lines = new LineCounter(html);
        var foreign = 0; // inside <svg> or <math>, where title, style and script are ordinary elements
        var i = 0;
        while (true)
        {
            var open = html.IndexOf('<', i);
            if (open < 0 || open + 1 >= html.Length)
            {
                break;
            }
            var next = html[open + 1];
            if (next == '!')
            {
                i = html.AsSpan(open).StartsWith("<!--")
                    ? End(html.IndexOf("-->", open + 4, StringComparison.Ordinal), 3, html.Length)
                    : End(html.IndexOf('>', open + 2), 1, html.Length);
                continue;
            }
            if (next == '/')
            {
                var (endName, afterName) = Name(html, open + 2);
                if (foreign > 0 && endName is "svg" or "math")
                {
                    foreign--;
                }
                i = End(html.IndexOf('>', afterName), 1, html.Length);
                continue;
            }
            if (!char.IsAsciiLetter(next))
            {
                i = open + 1; // a '<' in text
                continue;
            }
            var (name, position) = Name(html, open + 1);
            var seen = 0; // id, then one bit per link attribute: the first of two equal names wins
            var selfClosing = false;
            while (position < html.Length)
            {
                var c = html[position];
                if (c == '>')
                {
                    position++;
                    break;
                }
                if (c == '/' || char.IsWhiteSpace(c))
                {
                    selfClosing = c == '/';
                    position++;
                    continue;
                }
                selfClosing = false;
                var nameStart = position;
                while (position < html.Length && html[position] is not ('=' or '>' or '/') && !char.IsWhiteSpace(html[position]))
                {
                    position++;
                }
                var attribute = html.AsSpan(nameStart, position - nameStart);
                while (position < html.Length && char.IsWhiteSpace(html[position]))
                {
                    position++;
                }
                string? value = null;
                if (position < html.Length && html[position] == '=')
                {
                    position++;
                    while (position < html.Length && char.IsWhiteSpace(html[position]))
                    {
                        position++;
                    }
                    int valueStart, valueEnd;
                    if (position < html.Length && html[position] is '"' or '\'')
                    {
                        valueStart = position + 1;
                        valueEnd = html.IndexOf(html[position], valueStart);
                        valueEnd = valueEnd < 0 ? html.Length : valueEnd;
                        position = Math.Min(valueEnd + 1, html.Length);
                    }
                    else
                    {
                        valueStart = position;
                        while (position < html.Length && html[position] != '>' && !char.IsWhiteSpace(html[position]))
                        {
                            position++;
                        }
                        valueEnd = position;
                    }
                    value = html.Substring(valueStart, valueEnd - valueStart);
                }
                var bit = Bit(attribute);
                if (bit != 0 && (seen & bit) == 0)
                {
                    seen |= bit;
                    if (bit == 1 ? !wantIds : !wantLinks)
                    {
                        continue;
                    }
                    value = value is null ? "" : value.Contains('&') ? WebUtility.HtmlDecode(value) : value;
                    var (line, column) = lines.At(open);
                    (bit == 1 ? ids : links).Add(new Tag(line, column, value));
                }
            }
            i = position;
            if (selfClosing)
            {
                continue;
            }
            if (name is "svg" or "math")
            {
                foreign++;
            }
            else if (foreign == 0 && RawText.Contains(name))
            {
                // Its text is not markup: on to its end tag.
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }
        return (ids, links);
    }

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes", "title", "textarea", "plaintext",
    };

    private static int End(int found, int length, int otherwise) => found < 0 ? otherwise : found + length;

    /// <summary>A tag name from <paramref name="start"/>, lower-cased, and where it ends.</summary>
    private static (string Name, int End) Name(string html, int start)
    {
        var end = start;
        while (end < html.Length && html[end] is not ('>' or '/') && !char.IsWhiteSpace(html[end]))
        {
            end++;
        }
        return (html[start..end].ToLowerInvariant(), end);
    }

    private static int Bit(ReadOnlySpan<char> attribute) =>
        attribute.Equals("id", StringComparison.OrdinalIgnoreCase) ? 1
        : attribute.Equals("href", StringComparison.OrdinalIgnoreCase) ? 2
        : attribute.Equals("src", StringComparison.OrdinalIgnoreCase) ? 4
        : attribute.Equals("action", StringComparison.OrdinalIgnoreCase) ? 8
        : attribute.Equals("poster", StringComparison.OrdinalIgnoreCase) ? 16
        : 0;

    /// <summary>Line and column (1-based) of offsets that only grow: counts newlines once, front to back.</summary>
    private sealed class LineCounter(string text)
    {
        private int _offset;
        private int _line = 1;
        private int _lineStart;

        public (int Line, int Column) At(int offset)
        {
            while (true)
            {
                var newline = text.IndexOf('\n', _offset, offset - _offset);
                if (newline < 0)
                {
                    break;
                }
                _line++;
                _lineStart = newline + 1;
                _offset = newline + 1;
            }
            _offset = offset;
            return (_line, offset - _lineStart + 1);
        }
    }

    /// <summary>The file and fragment a link points to within the site; null for links elsewhere and bad URLs (reported).</summary>
    /// <summary>A link resolved against its page: into the site (its target path and fragment), external (no target), or not a URL.</summary>
    private readonly record struct Resolution(bool Valid, string? Target, string Fragment);

    private static Resolution Resolve(Uri pageUri, string link)
    {
        if (!Uri.TryCreate(pageUri, link, out var resolved))
        {
            return new Resolution(false, null, "");
        }
        if (resolved.Host != SiteRoot.Host || resolved.Scheme != SiteRoot.Scheme)
        {
            return new Resolution(true, null, ""); // external: not ours to check offline
        }
        return new Resolution(true, Uri.UnescapeDataString(resolved.AbsolutePath.TrimStart('/')), Uri.UnescapeDataString(resolved.Fragment.TrimStart('#')));
    }

    /// <summary>"#id" with nothing a URL parser would change: letters, digits, '-', '_', '.', ':'.</summary>
    private static bool IsPlainFragment(string link)
    {
        if (link.Length < 2 || link[0] != '#')
        {
            return false;
        }
        foreach (var c in link.AsSpan(1))
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                return false;
            }
        }
        return true;
    }

    private void Check(
        IExecutionContext context,
        string page,
        PageLink link,
        Dictionary<string, IDocument> files,
        Dictionary<string, ImmutableHashSet<string>> ids)
    {
        if (!files.ContainsKey(link.File))
        {
            Report(context.Diagnostics, page, link.Tag, $"link '{link.Tag.Value}' points to '/{link.Target}', which the site does not have");
            return;
        }
        if (link.Fragment.Length > 0 && ids.TryGetValue(link.File, out var targetIds) && !targetIds.Contains(link.Fragment))
        {
            Report(context.Diagnostics, page, link.Tag, $"link '{link.Tag.Value}' points to '#{link.Fragment}', which '/{link.File}' does not have");
        }
    }

    private void Report(DiagnosticBag diagnostics, string page, Tag tag, string message) =>
        diagnostics.Add(Diagnostic.Error(outputDisplayPath + "/" + page, tag.Line, tag.Column, message));

    /// <summary>A link into the site as the page's HTML has it, where, and what it points to.</summary>
    private sealed record PageLink(Tag Tag, string Target, string File, string Fragment);

    /// <summary>What the check needs from one page, read from its HTML alone.</summary>
    private sealed record PageLinks(ImmutableHashSet<string> Ids, ImmutableArray<PageLink> Links);
}
