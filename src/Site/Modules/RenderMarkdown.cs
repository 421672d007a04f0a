using Explainer.Engine;
using Explainer.Markup;
using Markdig;

namespace Explainer.Site.Modules;

/// <summary>Renders each section's Markdown with the site's one Markdig pipeline; the Markdown itself is kept.</summary>
public sealed class RenderMarkdown(MarkdownPipeline pipeline) : PerDocumentModule
{
    protected override IEnumerable<IDocument> ExecuteOne(IDocument input, IExecutionContext context)
    {
        yield return input.Clone(metadata: [new(Keys.SectionHtml, MarkdownRendering.RenderSection(input.Content, pipeline))]);
    }
}
