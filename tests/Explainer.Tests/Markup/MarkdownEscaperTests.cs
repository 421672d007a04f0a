using AngleSharp.Html.Parser;
using Explainer.Editorial;
using Explainer.Markup;

namespace Explainer.Tests.Markup;

public class MarkdownEscaperTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("**粗體** _斜體_ `code` [連結](http://x) ![圖](y.png)")]
    [InlineData("# 標題 {#id .class} {~~a~>b~~}")]
    [InlineData("1. 清單 - 項目 + 項目 > 引文 | 表 | &amp; &#x41; \\ 反斜線")]
    [InlineData("<!-- 註解 --> <div onclick=\"x\">")]
    [InlineData("www.example.com http://example.com <http://example.com> a@b.c")]
    public void Seed_text_renders_as_the_same_text_and_nothing_else(string text)
    {
        var html = MarkdownRendering.RenderInline(InlineMarkdown.Write(text, CorrectionSet.Empty, fullWidthPunctuation: false), Pipeline);

        var body = new HtmlParser().ParseDocument("<body>" + html).Body!; // a parsed document always has a body
        Assert.Empty(body.Children);
        Assert.Equal(text, body.TextContent);
    }

    [Fact]
    public void Escaping_every_printable_ascii_character_round_trips()
    {
        var text = string.Concat(Enumerable.Range(33, 94).Select(c => (char)c)) + " 中文";

        var html = MarkdownRendering.RenderInline(MarkdownEscaper.Escape(text), Pipeline);

        Assert.Equal(text, new HtmlParser().ParseDocument("<body>" + html).Body!.TextContent); // see above
        Assert.Equal(text, MarkdownEscaper.Unescape(MarkdownEscaper.Escape(text)));
    }
}
