using System.Collections.Immutable;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Explainer.Markup;

/// <summary>One rendered block of a section and its id (paragraphs carry theirs from the Markdown).</summary>
public sealed record BlockHtml(string Id, string Html);

/// <summary>
/// A Markdown section rendered: its heading's inline HTML apart, so a layout can choose h1 or h2, and
/// its blocks one by one, so a layout can set margin notes beside each paragraph.
/// </summary>
public sealed record SectionHtml(string HeadingHtml, ImmutableArray<BlockHtml> Blocks)
{
    public string BodyHtml => string.Concat(Blocks.Select(b => b.Html));
}

public static class MarkdownRendering
{
    /// <param name="linkRewriter">Turns site-root links (<c>/profiles/x/</c>) into links relative to the page.</param>
    public static SectionHtml RenderSection(string markdown, MarkdownPipeline pipeline, Func<string, string>? linkRewriter = null)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var heading = document.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        var headingHtml = heading is null ? "" : RenderWith(pipeline, renderer => renderer.WriteLeafInline(heading), linkRewriter);
        if (heading is not null)
        {
            document.Remove(heading);
        }
        foreach (var frontMatter in document.OfType<Markdig.Extensions.Yaml.YamlFrontMatterBlock>().ToList())
        {
            document.Remove(frontMatter);
        }
        var blocks = document
            .Select(block => new BlockHtml(block.GetAttributes().Id ?? "", RenderWith(pipeline, renderer => renderer.Render(block), linkRewriter)))
            .ToImmutableArray();
        return new SectionHtml(headingHtml, blocks);
    }

    /// <summary>Inline Markdown (a headline) to HTML without a paragraph around it.</summary>
    public static string RenderInline(string markdown, MarkdownPipeline pipeline)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        return document.FirstOrDefault() is LeafBlock leaf ? RenderInline(leaf, pipeline) : "";
    }

    private static string RenderInline(LeafBlock block, MarkdownPipeline pipeline) =>
        RenderWith(pipeline, renderer => renderer.WriteLeafInline(block));

    private static string RenderWith(MarkdownPipeline pipeline, Action<HtmlRenderer> render, Func<string, string>? linkRewriter = null)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = linkRewriter };
        pipeline.Setup(renderer);
        render(renderer);
        writer.Flush();
        return writer.ToString();
    }
}
