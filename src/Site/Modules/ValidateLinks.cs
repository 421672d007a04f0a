using System.Collections.Concurrent;
using System.Collections.Immutable;
using Explainer.Engine;

using Explainer.Site.Links;

namespace Explainer.Site.Modules;

/// <summary>
/// Fails the build when a page links to a file the site does not have, to a fragment its target page
/// does not have, or gives two elements one id. Runs in PostProcess, before anything is written.
/// </summary>
/// <remarks>
/// Only start tags matter here, so each page is scanned for them (see <see cref="StartTags"/>) instead
/// of parsed into a DOM, which cost ten times more than the rest of the build. What the check needs
/// from a page depends on its HTML alone, and everything that stays on the page (its ids, links to
/// its own fragments) is checked by that scan (<see cref="PageLinks.Read"/>). RenderPages scans each
/// page as it makes it and hands the result on as <see cref="Keys.PageLinks"/> metadata, so the page's
/// HTML is not needed here; any other HTML file is scanned here, again only when its HTML changed.
/// What is left is the links that leave their page: to files of the site, and to their fragments.
/// </remarks>
public sealed class ValidateLinks(string outputDisplayPath) : SyncModule
{
    private const string ContentKey = "content";

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
        var resolutions = new LinkResolutions();
        Parallel.ForEach(pages, page =>
        {
            read[page.Key] = page.Value.TryGet<PageLinks>(Keys.PageLinks, out var scanned)
                ? scanned
                : Scan(page.Key, page.Value.Content, context, resolutions);
        });
        foreach (var (page, links) in read)
        {
            foreach (var problem in links.Problems)
            {
                Report(context.Diagnostics, page, problem.Line, problem.Column, problem.Message);
            }
        }
        var ids = read.ToDictionary(p => p.Key, p => p.Value.Ids, StringComparer.Ordinal);
        Parallel.ForEach(read, page =>
        {
            foreach (var link in page.Value.Leaving)
            {
                Check(context.Diagnostics, page.Key, link, files, ids);
            }
        });
        return inputs;
    }

    private PageLinks Scan(string path, string html, IExecutionContext context, LinkResolutions resolutions)
    {
        var hash = context.Work.Remembers ? Fingerprint.OfText(html) : "";
        return context.Work.GetOrCompute(path, key => key == ContentKey ? hash : null, recorder =>
        {
            recorder.Use(ContentKey, hash);
            return PageLinks.Read(path, html, resolutions);
        });
    }

    private void Check(
        DiagnosticBag diagnostics,
        string page,
        PageLink link,
        Dictionary<string, IDocument> files,
        Dictionary<string, IReadOnlySet<string>> ids)
    {
        if (!files.ContainsKey(link.File))
        {
            Report(diagnostics, page, link.Line, link.Column, $"link '{link.Value}' points to '/{link.Target}', which the site does not have");
            return;
        }
        if (link.Fragment.Length > 0 && ids.TryGetValue(link.File, out var targetIds) && !targetIds.Contains(link.Fragment))
        {
            Report(diagnostics, page, link.Line, link.Column, $"link '{link.Value}' points to '#{link.Fragment}', which '/{link.File}' does not have");
        }
    }

    private void Report(DiagnosticBag diagnostics, string page, int line, int column, string message) =>
        diagnostics.Add(Diagnostic.Error(outputDisplayPath + "/" + page, line, column, message));
}
