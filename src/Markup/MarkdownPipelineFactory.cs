using Explainer.Markup.Corrections;
using Markdig;

namespace Explainer.Markup;

/// <summary>The site's one Markdown pipeline, built once at start-up from an explicit list.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()   // section documents start with their metadata
            .UseCorrections()       // {~~original~>corrected~~}
            .DisableHtml()          // seeds are escaped anyway; no raw HTML reaches a page through Markdown
            .UseGenericAttributes() // paragraph ids and seed lines ({#p-… data-lines=…}); Markdig wants it last
            .Build();
}
