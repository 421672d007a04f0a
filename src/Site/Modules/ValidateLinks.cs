using System.Collections.Immutable;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Explainer.Engine;

namespace Explainer.Site.Modules;

/// <summary>
/// Fails the build when a page links to a file the site does not have, to a fragment its target page
/// does not have, or gives two elements one id. Runs in PostProcess, before anything is written.
/// </summary>
/// <remarks>
/// Only start tags matter here, so each page goes through AngleSharp's HTML tokenizer (the standard's
/// tokenization: entities, comments, raw text) without building a DOM, which is most of a parser's cost;
/// pages are scanned in parallel and their problems reported in page order.
/// </remarks>
public sealed class ValidateLinks(string outputDisplayPath) : SyncModule
{
    private static readonly Uri SiteRoot = new("https://site.invalid/");

    /// <summary>Start tags whose content the tree builder would read as raw text, and in which mode.</summary>
    private static readonly Dictionary<string, HtmlParseMode> TextElements = new(StringComparer.Ordinal)
    {
        ["script"] = HtmlParseMode.Script,
        ["style"] = HtmlParseMode.Rawtext,
        ["xmp"] = HtmlParseMode.Rawtext,
        ["iframe"] = HtmlParseMode.Rawtext,
        ["noembed"] = HtmlParseMode.Rawtext,
        ["noframes"] = HtmlParseMode.Rawtext,
        ["title"] = HtmlParseMode.RCData,
        ["textarea"] = HtmlParseMode.RCData,
        ["plaintext"] = HtmlParseMode.Plaintext,
    };

    private sealed record Tag(int Line, int Column, string Value);

    private sealed record Scan(List<Tag> Ids, List<Tag> Links);

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
        var pages = files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .ToArray();
        var scans = new Scan[pages.Length];
        Parallel.For(0, pages.Length, i => scans[i] = ScanPage(pages[i].Value.Content));
        var ids = new Dictionary<string, HashSet<string>>(pages.Length, StringComparer.Ordinal);
        for (var i = 0; i < pages.Length; i++)
        {
            ids[pages[i].Key] = scans[i].Ids.Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        }

        for (var i = 0; i < pages.Length; i++)
        {
            var path = pages[i].Key;
            foreach (var duplicate in scans[i].Ids.GroupBy(t => t.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                Report(context, path, duplicate.ElementAt(1), $"id '{duplicate.Key}' is used {duplicate.Count()} times on the page");
            }
            var pageUri = new Uri(SiteRoot, path);
            foreach (var link in scans[i].Links)
            {
                Check(context, path, pageUri, link, files, ids);
            }
        }
        return inputs;
    }

    /// <summary>Every id and every link (href, src, action, poster) of one page, in document order.</summary>
    private static Scan ScanPage(string html)
    {
        var ids = new List<Tag>();
        var links = new List<Tag>();
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            SkipScriptText = true,
            SkipRawText = true,
            SkipRCDataText = true,
            SkipPlaintext = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
        };
        var foreign = 0; // inside <svg> or <math>, where title, style and script are ordinary elements
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type == HtmlTokenType.EndTag)
            {
                if (foreign > 0 && token.Name is "svg" or "math")
                {
                    foreign--;
                }
                continue;
            }
            if (token.Type != HtmlTokenType.StartTag)
            {
                continue;
            }
            var tag = (HtmlTagToken)token;
            var position = token.Position;
            foreach (var attribute in tag.Attributes)
            {
                switch (attribute.Name)
                {
                    case "id":
                        ids.Add(new Tag(position.Line, position.Column, attribute.Value));
                        break;
                    case "href" or "src" or "action" or "poster":
                        links.Add(new Tag(position.Line, position.Column, attribute.Value));
                        break;
                }
            }
            if (tag.IsSelfClosing)
            {
                continue;
            }
            if (tag.Name is "svg" or "math")
            {
                foreign++;
            }
            else if (foreign == 0 && TextElements.TryGetValue(tag.Name, out var mode))
            {
                tokenizer.State = mode; // what the tree builder does: its text is not markup
            }
        }
        return new Scan(ids, links);
    }

    private void Check(
        IExecutionContext context,
        string page,
        Uri pageUri,
        Tag link,
        Dictionary<string, IDocument> files,
        Dictionary<string, HashSet<string>> ids)
    {
        if (!Uri.TryCreate(pageUri, link.Value, out var resolved))
        {
            Report(context, page, link, $"link '{link.Value}' is not a valid URL");
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
            Report(context, page, link, $"link '{link.Value}' points to '/{target}', which the site does not have");
            return;
        }
        var fragment = Uri.UnescapeDataString(resolved.Fragment.TrimStart('#'));
        if (fragment.Length > 0 && ids.TryGetValue(file, out var targetIds) && !targetIds.Contains(fragment))
        {
            Report(context, page, link, $"link '{link.Value}' points to '#{fragment}', which '/{file}' does not have");
        }
    }

    private void Report(IExecutionContext context, string page, Tag tag, string message) =>
        context.Diagnostics.Add(Diagnostic.Error(outputDisplayPath + "/" + page, tag.Line, tag.Column, message));
}
