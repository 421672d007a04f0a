using System.Collections.Immutable;
using Explainer.Engine;
using Explainer.Markup;
using Markdig;

namespace Explainer.Site.Modules;

/// <summary>
/// Renders each section's Markdown with the site's one Markdig pipeline; the Markdown itself is kept.
/// A section stands on three pages at different depths (the whole explainer, its own page, its embed):
/// it is rendered once, with the site-root links of its Markdown (<c>/profiles/x/</c>) as they are, and
/// each page takes it relocated (<see cref="RenderedHtml.For"/>). A section whose Markdown is that of
/// the last run keeps its HTML: a seed edit renders only the sections it changed.
/// </summary>
public sealed class RenderMarkdown(MarkdownPipeline pipeline) : PerDocumentModule
{
    private const string InputKey = "markdown";

    protected override IEnumerable<IDocument> ExecuteOne(IDocument input, IExecutionContext context)
    {
        var explainer = input.Get<ExplainerModel>(Keys.Explainer);
        var section = input.Get<SectionModel>(Keys.Section);
        ImmutableHashSet<string> pages = [SiteUrls.Explainer(explainer), SiteUrls.Section(explainer, section), SiteUrls.Embed(explainer, section)];
        var key = context.Work.Remembers ? Fingerprint.Combine([input.Content]) : "";
        var html = context.Work.GetOrCompute(input.Destination ?? input.Source ?? SiteUrls.Section(explainer, section), k => k == InputKey ? key : null, recorder =>
        {
            recorder.Use(InputKey, key);
            return MarkdownRendering.RenderSection(input.Content, pipeline);
        });
        yield return input.Clone(metadata: [new(Keys.SectionHtml, new RenderedHtml(html, pages))]);
    }
}
