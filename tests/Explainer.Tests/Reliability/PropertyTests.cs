using System.Text;
using AngleSharp.Html.Parser;
using CsCheck;
using Explainer.Editorial;
using Explainer.Engine;
using Explainer.Markup;
using Explainer.Seeds;
using Explainer.Site;
using Explainer.Tests.Site;

namespace Explainer.Tests.Reliability;

/// <summary>
/// Properties over generated text (CsCheck; a failure prints the shrunk input and a seed to replay it):
/// the seed parser and decoder never throw, seed text survives Markdown escaping exactly, and the
/// fidelity contract holds on every rendered section of any parseable seed.
/// </summary>
public sealed class PropertyTests
{
    /// <summary>Characters that break parsers: Markdown and HTML syntax, Scriban braces, CJK, line ends, odd spaces.</summary>
    private const string Tricky = "\\`*_{}[]<>()#+-.!|~&=^:\"'$%@;/?= \t\n\n\n\r市議會預算通過。，！？「」：；—…０１ＡaZz09\u3000\u00A0\u2028\u2029\uFEFF\u200B&amp;&#x3C;";

    private static readonly Gen<char> TrickyChar = Gen.Frequency(
        (6, Gen.Char[Tricky]),
        (2, Gen.Char['\u4E00', '\u9FFF']),
        (1, Gen.Char.AlphaNumeric));

    private static readonly Gen<string> TrickyText = Gen.String[TrickyChar, 0, 300];

    /// <summary>Text as it can come out of a seed file: no lone surrogates (decoding refuses them).</summary>
    private static readonly Gen<string> WellFormedText = Gen.Frequency(
        (4, TrickyText),
        (1, Gen.String[Gen.Char['\u0020', '\uD7FF'], 0, 200]));

    [Fact]
    public void Parsing_any_text_never_throws_and_keeps_line_numbers_inside_the_seed()
    {
        Gen.Frequency((3, TrickyText), (1, Gen.String)).Sample(text =>
        {
            var seed = SeedParser.Parse("x.txt", text);
            var lines = seed.Lines.Length;
            Assert.All(seed.Sections.SelectMany(s => s.Paragraphs), p => Assert.InRange(p.FirstLine, 1, Math.Max(lines, 1)));
            Assert.All(seed.Sections.SelectMany(s => s.Paragraphs), p => Assert.InRange(p.LastLine, p.FirstLine, Math.Max(lines, 1)));
        }, iter: 3000);
    }

    [Fact]
    public void Decoding_any_bytes_never_throws_and_either_refuses_or_gives_text()
    {
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            var decoded = SeedText.Decode(bytes);
            Assert.True(decoded.Text is not null || (decoded.IsError && decoded.Line >= 1 && decoded.Problem is not null));
        }, iter: 3000);
    }

    [Fact]
    public void Escaped_seed_text_renders_as_exactly_that_text()
    {
        var pipeline = MarkdownPipelineFactory.Create();
        var parser = new HtmlParser();
        WellFormedText.Select(t => t.Replace('\n', ' ').Replace('\r', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ').Trim(' ', '\t'))
            .Where(t => t.Length > 0)
            .Sample(text =>
            {
                var html = Markdig.Markdown.ToHtml(MarkdownEscaper.Escape(text), pipeline);
                var rendered = parser.ParseDocument($"<body>{html}</body>").Body!.TextContent; // a parsed body is never null
                Assert.Equal(text, rendered.Trim(' ', '\t', '\n'));
                Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
                Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
                Assert.Equal(text, MarkdownEscaper.Unescape(MarkdownEscaper.Escape(text)));
            }, iter: 3000);
    }

    [Fact]
    public void The_fidelity_contract_holds_on_every_rendered_section_of_any_seed()
    {
        var pipeline = MarkdownPipelineFactory.Create();
        var parser = new HtmlParser();
        var seeds = Gen.Select(
            Gen.String[Gen.Char['\u4E00', '\u9FFF'], 1, 12],
            Gen.Frequency((3, TrickyText), (1, WellFormedText)).Array[1, 8],
            (headline, paragraphs) => headline + "\n" + string.Join("\n", paragraphs));
        seeds.Sample(text => AssertFidelityOfEverySection(text, pipeline, parser), iter: 400);
    }

    /// <summary>The property's shrunk failure for CsCheck seed aBFQbWIsMCP1, replayed on every run.</summary>
    [Fact]
    public void The_fidelity_contract_holds_when_a_wrap_puts_a_combining_mark_at_the_start_of_a_line() =>
        AssertFidelityOfEverySection("標題\n，a\n\u0306", MarkdownPipelineFactory.Create(), new HtmlParser());

    private static void AssertFidelityOfEverySection(string text, Markdig.MarkdownPipeline pipeline, HtmlParser parser)
    {
        var seed = SeedParser.Parse("story.txt", text);
        if (seed.Sections.IsEmpty || seed.Sections.All(s => s.Paragraphs.IsEmpty))
        {
            return; // refused by the build with a clear error (see the catalogue), nothing to render
        }
        var diagnostics = new DiagnosticBag();
        var explainer = ExplainerBuilder.Build(seed, "seeds/story.txt", "", SeedSettings.Default, CorrectionSet.Empty, false, diagnostics);
        foreach (var section in explainer.Sections)
        {
            var html = Markdig.Markdown.ToHtml(SectionMarkdownWriter.Write(explainer, section, false), pipeline);
            var body = parser.ParseDocument($"<body><article>{html}</article></body>").QuerySelector("article")!; // just written
            Assert.Empty(body.QuerySelectorAll("script, a, img, strong, em, code, table, ol, ul, blockquote, pre, h2, h3, hr"));
            Assert.Equal(CjkText.Fold(seed.TextOfLines(section.FirstLine, section.LastLine)), Fidelity.ArticleText(body));
        }
    }
}
