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

    /// <param name="shown">The corrected text as the page shows it (full-width punctuation on).</param>
    [Theory]
    [InlineData("他們眼中的“超級智能”,”,歸根結底", "”,”,", "”,", "”，")]
    [InlineData("隻有兩名研究人員離職.", "離職.", "離職。", "離職。")]
    [InlineData("首席技術官 AndrewBosworth,存在", "AndrewBosworth", "Andrew Bosworth", "Andrew Bosworth")]
    public void The_reader_sees_the_corrected_text_in_ins_and_the_original_only_in_its_attribute(string text, string original, string corrected, string shown)
    {
        var markdown = InlineMarkdown.Write(text, Set((original, corrected)), fullWidthPunctuation: true);

        var html = MarkdownRendering.RenderInline(markdown, Pipeline);

        var body = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<p>{html}</p>").Body!; // a parsed document always has a body
        var ins = Assert.Single(body.QuerySelectorAll("ins"));
        Assert.Equal(shown, ins.TextContent);
        Assert.Equal(original, ins.GetAttribute("data-original"));
        Assert.DoesNotContain(original, body.TextContent);
    }
}
