using Explainer.Engine;
using Explainer.Markup;
using Markdig;

namespace Explainer.Site.Modules;

/// <summary>
/// Renders each section's Markdown with the site's one Markdig pipeline; the Markdown itself is kept.
/// Site-root links in it (<c>/profiles/x/</c>) become links relative to the page, and a section stands
/// on two pages at different depths (the whole explainer and its own page), so it is rendered for each.
/// </summary>
public sealed class RenderMarkdown(MarkdownPipeline pipeline) : PerDocumentModule
{
    protected override IEnumerable<IDocument> ExecuteOne(IDocument input, IExecutionContext context)
    {
        var explainer = input.Get<ExplainerModel>(Keys.Explainer);
        var section = input.Get<SectionModel>(Keys.Section);
        SectionHtml RenderFor(string page) => MarkdownRendering.RenderSection(input.Content, pipeline, link => RelativeTo(page, link));
        var html = new RenderedHtml(RenderFor(SiteUrls.Explainer(explainer)), RenderFor(SiteUrls.Section(explainer, section)));
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

/// <summary>A section's HTML as it stands in the whole explainer and on its own page.</summary>
public sealed record RenderedHtml(SectionHtml OnExplainer, SectionHtml OnSectionPage);
