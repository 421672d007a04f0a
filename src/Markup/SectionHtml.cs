using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Explainer.Markup;

/// <summary>A Markdown section rendered: its heading's inline HTML apart, so a layout can choose h1 or h2.</summary>
public sealed record SectionHtml(string HeadingHtml, string BodyHtml);

public static class MarkdownRendering
{
    public static SectionHtml RenderSection(string markdown, MarkdownPipeline pipeline)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var heading = document.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        var headingHtml = heading is null ? "" : RenderInline(heading, pipeline);
        if (heading is not null)
        {
            document.Remove(heading);
        }
        foreach (var frontMatter in document.OfType<Markdig.Extensions.Yaml.YamlFrontMatterBlock>().ToList())
        {
            document.Remove(frontMatter);
        }
        return new SectionHtml(headingHtml, Render(document, pipeline));
    }

    /// <summary>Inline Markdown (a headline) to HTML without a paragraph around it.</summary>
    public static string RenderInline(string markdown, MarkdownPipeline pipeline)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        return document.FirstOrDefault() is LeafBlock leaf ? RenderInline(leaf, pipeline) : "";
    }

    private static string RenderInline(LeafBlock block, MarkdownPipeline pipeline) =>
        RenderWith(pipeline, renderer => renderer.WriteLeafInline(block));

    private static string Render(MarkdownDocument document, MarkdownPipeline pipeline) =>
        RenderWith(pipeline, renderer => renderer.Render(document));

    private static string RenderWith(MarkdownPipeline pipeline, Action<HtmlRenderer> render)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        render(renderer);
        writer.Flush();
        return writer.ToString();
    }
}
