using System.Collections.Immutable;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Explainer.Markup;

public static class MarkdownRendering
{
    /// <summary>
    /// Renders a section's Markdown: one renderer for the whole section, each block's HTML cut from its
    /// output. Links stay as the Markdown has them (the site's are <c>/profiles/x/</c>, from the root):
    /// <see cref="SectionHtml.Relocated"/> makes them relative to a page.
    /// </summary>
    public static SectionHtml RenderSection(string markdown, MarkdownPipeline pipeline)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var heading = document.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        if (heading is not null)
        {
            document.Remove(heading);
        }
        foreach (var frontMatter in document.OfType<Markdig.Extensions.Yaml.YamlFrontMatterBlock>().ToList())
        {
            document.Remove(frontMatter);
        }
        using var writer = new StringWriter();
        var output = writer.GetStringBuilder();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        string Cut(Action<HtmlRenderer> render)
        {
            renderer.EnsureLine(); // each piece starts on a line of its own, as from a fresh renderer
            var start = output.Length;
            render(renderer);
            writer.Flush();
            return output.ToString(start, output.Length - start);
        }
        var headingHtml = heading is null ? "" : Cut(r => r.WriteLeafInline(heading));
        var blocks = document
            .Select(block => new BlockHtml(block.GetAttributes().Id ?? "", Cut(r => r.Render(block))))
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
