using System.Collections.Concurrent;
using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Explainer.Engine;
using IDocument = Explainer.Engine.IDocument;
using HtmlDocument = AngleSharp.Dom.IDocument;

namespace Explainer.Site.Modules;

/// <summary>
/// Fails the build when a page links to a file the site does not have, to a fragment its target page
/// does not have, or gives two elements one id. Runs in PostProcess, before anything is written.
/// </summary>
public sealed class ValidateLinks(string outputDisplayPath) : SyncModule
{
    private static readonly Uri SiteRoot = new("https://site.invalid/");
    private static readonly string[] LinkAttributes = ["href", "src", "action", "poster"];

    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context)
    {
        var files = context.AllOutputs()
            .Where(d => d.Destination is not null)
            .GroupBy(d => d.Destination!, StringComparer.Ordinal) // filtered to non-null above
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var pages = files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var parsed = new ConcurrentDictionary<string, HtmlDocument>(StringComparer.Ordinal);
        var options = new HtmlParserOptions { IsKeepingSourceReferences = true };
        // A parser per page: parsing concurrently, pages must not share one.
        Parallel.ForEach(pages, page => parsed[page.Key] = new HtmlParser(options).ParseDocument(page.Value.Content));
        var ids = parsed.ToDictionary(
            p => p.Key,
            p => p.Value.QuerySelectorAll("[id]").Select(e => e.Id ?? "").ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);

        foreach (var (path, document) in parsed.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var duplicate in document.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1))
            {
                Report(context, path, duplicate.ElementAt(1), $"id '{duplicate.Key}' is used {duplicate.Count()} times on the page");
            }
            foreach (var element in document.All)
            {
                foreach (var attribute in LinkAttributes)
                {
                    var value = element.GetAttribute(attribute);
                    if (value is not null)
                    {
                        Check(context, path, element, value, files, ids);
                    }
                }
            }
        }
        return inputs;
    }

    private void Check(
        IExecutionContext context,
        string page,
        IElement element,
        string link,
        Dictionary<string, IDocument> files,
        Dictionary<string, HashSet<string>> ids)
    {
        if (!Uri.TryCreate(new Uri(SiteRoot, page), link, out var resolved))
        {
            Report(context, page, element, $"link '{link}' is not a valid URL");
            return;
        }
        if (resolved.Host != SiteRoot.Host || resolved.Scheme != SiteRoot.Scheme)
        {
            return; // external: not ours to check offline
        }
        var target = Uri.UnescapeDataString(resolved.AbsolutePath.TrimStart('/'));
        var file = SiteUrls.FileOf(target);
        if (!files.ContainsKey(file))
        {
            Report(context, page, element, $"link '{link}' points to '/{target}', which the site does not have");
            return;
        }
        var fragment = Uri.UnescapeDataString(resolved.Fragment.TrimStart('#'));
        if (fragment.Length > 0 && ids.TryGetValue(file, out var targetIds) && !targetIds.Contains(fragment))
        {
            Report(context, page, element, $"link '{link}' points to '#{fragment}', which '/{file}' does not have");
        }
    }

    private void Report(IExecutionContext context, string page, IElement element, string message)
    {
        var position = element.SourceReference?.Position;
        context.Diagnostics.Add(Diagnostic.Error(outputDisplayPath + "/" + page, position?.Line ?? 0, position?.Column ?? 0, message));
    }
}
