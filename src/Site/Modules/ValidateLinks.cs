using System.Collections.Concurrent;
using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Explainer.Engine;
using IDocument = Explainer.Engine.IDocument;

namespace Explainer.Site.Modules;

/// <summary>
/// Fails the build when a page links to a file the site does not have, to a fragment its target page
/// does not have, or gives two elements one id. Runs in PostProcess, before anything is written.
/// </summary>
/// <remarks>
/// What the check needs from a page (its ids, its links, its duplicate ids) depends on the page's HTML
/// alone, so it is kept by the hash of the HTML and a page is parsed again only when it changed.
/// </remarks>
public sealed class ValidateLinks(string outputDisplayPath) : SyncModule
{
    private const string ContentKey = "content";
    private static readonly Uri SiteRoot = new("https://site.invalid/");
    private static readonly string[] LinkAttributes = ["href", "src", "action", "poster"];

    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context)
    {
        var files = context.AllOutputs()
            .Where(d => d.Destination is not null)
            .GroupBy(d => d.Destination!, StringComparer.Ordinal) // filtered to non-null above
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var pages = files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var read = new ConcurrentDictionary<string, PageLinks>(StringComparer.Ordinal);
        Parallel.ForEach(pages, page => read[page.Key] = Read(page.Key, page.Value.Content, context));
        var ids = read.ToDictionary(p => p.Key, p => p.Value.Ids, StringComparer.Ordinal);

        foreach (var (path, page) in read.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var link in page.Links)
            {
                Check(context, path, link, files, ids);
            }
        }
        return inputs;
    }

    private PageLinks Read(string path, string html, IExecutionContext context)
    {
        var hash = Fingerprint.OfText(html);
        return context.Work.GetOrCompute(path, key => key == ContentKey ? hash : null, recorder =>
        {
            recorder.Use(ContentKey, hash);
            // A parser per page: parsing concurrently, pages must not share one.
            var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
            foreach (var duplicate in document.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1))
            {
                Report(recorder.Diagnostics, path, Position(duplicate.ElementAt(1)), $"id '{duplicate.Key}' is used {duplicate.Count()} times on the page");
            }
            var links = ImmutableArray.CreateBuilder<PageLink>();
            foreach (var element in document.All)
            {
                foreach (var attribute in LinkAttributes)
                {
                    if (element.GetAttribute(attribute) is { } value && Resolve(path, value, Position(element), recorder.Diagnostics) is { } link)
                    {
                        links.Add(link);
                    }
                }
            }
            return new PageLinks(
                document.QuerySelectorAll("[id]").Select(e => e.Id ?? "").ToImmutableHashSet(StringComparer.Ordinal),
                links.ToImmutable());
        });
    }

    /// <summary>The file and fragment a link points to within the site; null for links elsewhere and bad URLs (reported).</summary>
    private PageLink? Resolve(string page, string link, (int Line, int Column) position, DiagnosticBag diagnostics)
    {
        if (!Uri.TryCreate(new Uri(SiteRoot, page), link, out var resolved))
        {
            Report(diagnostics, page, position, $"link '{link}' is not a valid URL");
            return null;
        }
        if (resolved.Host != SiteRoot.Host || resolved.Scheme != SiteRoot.Scheme)
        {
            return null; // external: not ours to check offline
        }
        var target = Uri.UnescapeDataString(resolved.AbsolutePath.TrimStart('/'));
        return new PageLink(link, position, target, SiteUrls.FileOf(target), Uri.UnescapeDataString(resolved.Fragment.TrimStart('#')));
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
            Report(context.Diagnostics, page, link.Position, $"link '{link.Value}' points to '/{link.Target}', which the site does not have");
            return;
        }
        if (link.Fragment.Length > 0 && ids.TryGetValue(link.File, out var targetIds) && !targetIds.Contains(link.Fragment))
        {
            Report(context.Diagnostics, page, link.Position, $"link '{link.Value}' points to '#{link.Fragment}', which '/{link.File}' does not have");
        }
    }

    private static (int Line, int Column) Position(IElement element) =>
        element.SourceReference?.Position is { } position ? (position.Line, position.Column) : (0, 0);

    private void Report(DiagnosticBag diagnostics, string page, (int Line, int Column) position, string message) =>
        diagnostics.Add(Diagnostic.Error(outputDisplayPath + "/" + page, position.Line, position.Column, message));

    /// <summary>A link into the site as the page's HTML has it, where, and what it points to.</summary>
    private sealed record PageLink(string Value, (int Line, int Column) Position, string Target, string File, string Fragment);

    /// <summary>What the check needs from one page, read from its HTML alone.</summary>
    private sealed record PageLinks(ImmutableHashSet<string> Ids, ImmutableArray<PageLink> Links);
}
