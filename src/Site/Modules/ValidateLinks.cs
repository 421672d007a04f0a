using System.Collections.Concurrent;
using System.Collections.Immutable;
using Explainer.Engine;

namespace Explainer.Site.Modules;

/// <summary>
/// Fails the build when a page links to a file the site does not have, to a fragment its target page
/// does not have, or gives two elements one id. Runs in PostProcess, before anything is written.
/// </summary>
/// <remarks>
/// Only start tags matter here, so each page is scanned for them (see <see cref="StartTags"/>) instead
/// of parsed into a DOM, which cost ten times more than the rest of the build. What the check needs
/// from a page (its ids, its links, its duplicate ids) depends on the page's HTML alone, so it is kept
/// by the hash of the HTML: a page is scanned again only when it changed. Pages are scanned in
/// parallel; diagnostics are sorted when the run ends.
/// </remarks>
public sealed class ValidateLinks(string outputDisplayPath) : SyncModule
{
    private const string ContentKey = "content";
    private static readonly Uri SiteRoot = new("https://site.invalid/");

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
            var (found, tags) = StartTags.Scan(html);
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
