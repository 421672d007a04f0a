using System.Collections.Immutable;
using Explainer.Engine;
using Explainer.Markup;
using Markdig;

namespace Explainer.Site.Modules;

/// <summary>
/// Renders each section's Markdown with the site's one Markdig pipeline; the Markdown itself is kept.
/// Site-root links in it (<c>/profiles/x/</c>) become links relative to the page, and a section stands
/// on three pages at different depths (the whole explainer, its own page, its embed), so it is rendered for each.
/// A section whose Markdown and pages are those of the last run keeps its HTML: a seed edit renders
/// only the sections it changed.
/// </summary>
public sealed class RenderMarkdown(MarkdownPipeline pipeline) : PerDocumentModule
{
    private const string InputKey = "markdown-and-pages";

    protected override IEnumerable<IDocument> ExecuteOne(IDocument input, IExecutionContext context)
    {
        var explainer = input.Get<ExplainerModel>(Keys.Explainer);
        var section = input.Get<SectionModel>(Keys.Section);
        SectionHtml RenderFor(string page) => MarkdownRendering.RenderSection(input.Content, pipeline, link => RelativeTo(page, link));
        string[] pages = [SiteUrls.Explainer(explainer), SiteUrls.Section(explainer, section), SiteUrls.Embed(explainer, section)];
        var key = Fingerprint.Combine([input.Content, .. pages]);
        var html = context.Work.GetOrCompute(input.Destination ?? input.Source ?? pages[1], k => k == InputKey ? key : null, recorder =>
        {
            recorder.Use(InputKey, key);
            return new RenderedHtml(pages.ToImmutableDictionary(page => page, RenderFor, StringComparer.Ordinal));
        });
        yield return input.Clone(metadata: [new(Keys.SectionHtml, html)]);
    }

    private static string RelativeTo(string page, string link)
    {
        if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal))
        {
            return link;
        }
        // A link into the page itself needs only its fragment.
        return link.StartsWith("/" + page + "#", StringComparison.Ordinal) ? link[(page.Length + 1)..] : SiteUrls.Href(page, link[1..]);
    }
}

/// <summary>A section's HTML for each page it stands on: the whole explainer, its own page, its embed.</summary>
public sealed record RenderedHtml(ImmutableDictionary<string, SectionHtml> ByPage)
{
    public SectionHtml For(string page) => ByPage[page];
}
