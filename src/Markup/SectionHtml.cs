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

    /// <summary>
    /// The HTML as it stands on a page <paramref name="root"/> below the site's root ("../../" two
    /// folders down, "" at the root): every link and source from the root (<c>href="/x"</c>, not
    /// <c>href="//host"</c>) made relative, so a page also reads from <c>file://</c>. Only the Markdown's
    /// own links can look like that: text has its quotes escaped.
    /// </summary>
    public SectionHtml Relocated(string root) =>
        new(Relocate(HeadingHtml, root), [.. Blocks.Select(b => b with { Html = Relocate(b.Html, root) })]);

    private static string Relocate(string html, string root)
    {
        if (!html.Contains("=\"/", StringComparison.Ordinal))
        {
            return html;
        }
        var output = new System.Text.StringBuilder(html.Length + 64);
        var copied = 0;
        for (var at = html.IndexOf("=\"/", StringComparison.Ordinal); at >= 0; at = html.IndexOf("=\"/", at + 1, StringComparison.Ordinal))
        {
            var attribute = html.AsSpan(0, at);
            var slash = at + 2;
            if (!(attribute.EndsWith(" href", StringComparison.Ordinal) || attribute.EndsWith(" src", StringComparison.Ordinal))
                || (slash + 1 < html.Length && html[slash + 1] == '/'))
            {
                continue;
            }
            output.Append(html, copied, slash - copied);
            // "/" itself from the root page is "./": an empty href would be the page, not the folder.
            output.Append(root.Length == 0 && slash + 1 < html.Length && html[slash + 1] == '"' ? "./" : root);
            copied = slash + 1;
        }
        return output.Append(html, copied, html.Length - copied).ToString();
    }
}

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
