using Markdig;
using Markdig.Renderers;

namespace Explainer.Markup.Corrections;

/// <summary>Visible corrections of the seed's words, written <c>{~~original~>corrected~~}</c>.</summary>
public sealed class CorrectionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CorrectionInlineParser>())
        {
            // First, so that the generic-attributes parser never reads "{~~" as an attribute block.
            pipeline.InlineParsers.Insert(0, new CorrectionInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCorrectionRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlCorrectionRenderer());
        }
    }
}
