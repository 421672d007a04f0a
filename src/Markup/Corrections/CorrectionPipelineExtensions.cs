using Markdig;

namespace Explainer.Markup.Corrections;

public static class CorrectionPipelineExtensions
{
    public static MarkdownPipelineBuilder UseCorrections(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CorrectionExtension>();
        return pipeline;
    }
}
