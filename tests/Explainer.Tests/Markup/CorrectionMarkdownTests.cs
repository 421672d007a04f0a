using System.Collections.Immutable;
using Explainer.Editorial;
using Explainer.Markup;

namespace Explainer.Tests.Markup;

public class CorrectionMarkdownTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    private static CorrectionSet Set(params (string Original, string Corrected)[] pairs) =>
        new(null, [.. pairs.Select((p, i) => new Correction(p.Original, p.Corrected, "reason", null, i + 1, 1))]);

    [Theory]
    [InlineData("他們眼中的“超級智能”,”,歸根結底", "”,”,", "”,")]
    [InlineData("隻有兩名研究人員離職.", "離職.", "離職。")]
    [InlineData("首席技術官 AndrewBosworth,存在", "AndrewBosworth", "Andrew Bosworth")]
    public void Renderer_links_each_correction_to_the_key_the_list_uses(string text, string original, string corrected)
    {
        var corrections = Set((original, corrected));
        var markdown = InlineMarkdown.Write(text, corrections, fullWidthPunctuation: true);

        var html = MarkdownRendering.RenderInline(markdown, Pipeline);

        Assert.Contains($"href=\"#{corrections.Items[0].Key}\"", html);
        Assert.Contains($"data-original=\"{original}\"", html);
    }
}
