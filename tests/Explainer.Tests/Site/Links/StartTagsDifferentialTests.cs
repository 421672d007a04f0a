using System.Text;
using AngleSharp.Html.Parser;
using CsCheck;
using Explainer.Site.Links;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Site;

/// <summary>
/// StartTags against AngleSharp (the HTML standard's parser) on generated pages: the same ids and the
/// same links, in the same order, at the same line and column.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class StartTagsDifferentialTests(BuiltSite site)
{
    [Fact]
    public void Generated_pages_give_the_ids_and_links_angle_sharp_finds()
    {
        var (tags, placed) = (0, 0);
        Gen.Int.Sample(seed =>
        {
            var html = new PageGenerator(seed).Page();
            var (ids, links) = StartTags.Scan(html);
            var (expectedIds, expectedLinks) = AngleSharpTags(html);
            Assert.True(Same(expectedIds, ids), $"ids differ: {Show(expectedIds)} != {Show(ids)} in\n{html}");
            Assert.True(Same(expectedLinks, links), $"links differ: {Show(expectedLinks)} != {Show(links)} in\n{html}");
            tags += ids.Count + links.Count;
            placed += expectedIds.Count(t => t.Line > 0) + expectedLinks.Count(t => t.Line > 0);
        }, iter: 3000);
        // The property must not be vacuous, nor the positions unchecked.
        Assert.True(tags > 20000 && placed > tags / 2, $"only {tags} ids and links in the generated pages, {placed} with AngleSharp's position");
    }

    [Fact]
    public void The_repository_site_gives_the_ids_and_links_angle_sharp_finds()
    {
        var pages = Directory.GetFiles(site.OutputPath, "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            var (ids, links) = StartTags.Scan(html);
            var (expectedIds, expectedLinks) = AngleSharpTags(html);
            Assert.True(Same(expectedIds, ids), $"{page}: ids differ");
            Assert.True(Same(expectedLinks, links), $"{page}: links differ");
        }
    }

    /// <summary>The same values in the same order, at the same places where AngleSharp knows the place.</summary>
    private static bool Same(List<Tag> expected, List<Tag> actual) =>
        expected.Count == actual.Count
        && expected.Zip(actual).All(p => p.First.Value == p.Second.Value && (p.First.Line == 0 || (p.First.Line, p.First.Column) == (p.Second.Line, p.Second.Column)));

    private static string Show(List<Tag> tags) => string.Join(", ", tags.Select(t => $"{t.Line}:{t.Column} {t.Value}"));

    /// <summary>What the link check reads from a page, from AngleSharp's DOM: every element's id and links in
    /// attribute order, with where its start tag is (line 0 where AngleSharp keeps no place: the html, head
    /// and body it implies, which have no attributes, and the SVG and MathML elements).</summary>
    private static (List<Tag> Ids, List<Tag> Links) AngleSharpTags(string html)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        var ids = new List<Tag>();
        var links = new List<Tag>();
        foreach (var element in document.All)
        {
            var (line, column) = element.SourceReference is { } source ? (source.Position.Line, source.Position.Column) : (0, 0);
            foreach (var attribute in element.Attributes)
            {
                switch (attribute.Name)
                {
                    case "id":
                        ids.Add(new Tag(line, column, attribute.Value));
                        break;
                    case "href" or "src" or "action" or "poster":
                        links.Add(new Tag(line, column, attribute.Value));
                        break;
                }
            }
        }
        return (ids, links);
    }

    /// <summary>
    /// Pages of the kind a theme writes, and the corners of the tokenizer around them: attribute names in
    /// any case and given twice, values quoted either way, unquoted or missing, character references,
    /// line breaks inside tags, comments and raw-text elements holding what looks like tags, SVG and
    /// MathML (where title and style are ordinary elements), void and self-closing tags.
    /// </summary>
    private sealed class PageGenerator(int seed)
    {
        private static readonly string[] AttributeNames = ["id", "ID", "Id", "href", "HREF", "src", "Src", "action", "poster", "class", "data-id", "aria-label", "hreflang", "idx", "pid", "title", "lang"];
        private static readonly string[] Values = ["#p-1", "#note-2", "a", "b c", "/x/", "../sec/#p-3", "https://example.org/?a=1&amp;b=2", "a&amp;b", "&#x4E2D;文", "&lt;tag&gt;", "", "q'q", "d\"d", "市", "#", "x\ny"];
        private static readonly string[] Texts = ["text", "中文，句子。", " ", "\n", "a < b", "x<3", "&amp;", "&lt;a href=\"#no\"&gt;", "1 > 0", "\n  "];
        private static readonly string[] Hidden = ["<a href=\"#hidden\" id=\"hidden\">", "<p id=\"no\">", "</div>", "<!--", "if (a < b) {}", "<b>", "<", "</"];
        private static readonly string[] Flow = ["div", "section", "article", "aside", "nav", "header", "footer", "figure", "blockquote", "main"];
        private static readonly string[] Phrasing = ["span", "b", "em", "ins", "sup", "small", "cite"];
        private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];
        private static readonly string[] Void = ["br", "img", "input", "wbr"]; // not hr: it ends a paragraph, and the parser then re-opens the formatting elements it held (clones, with their ids)
        private static readonly string[] SvgChildren = ["g", "a", "title", "text", "rect", "path", "style", "desc"];
        private static readonly string[] SvgEmpty = ["g", "rect", "path", "circle"]; // not title or desc, where HTML begins again

        private readonly Random _random = new(seed);
        private readonly StringBuilder _html = new();

        private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

        private bool Chance(int percent) => _random.Next(100) < percent;

        private string Case(string name) => _random.Next(4) switch
        {
            0 => name.ToUpperInvariant(),
            1 => char.ToUpperInvariant(name[0]) + name[1..],
            _ => name,
        };

        private string Space() => Pick([" ", " ", " ", "\n", "  ", "\t", "\n    "]);

        public string Page()
        {
            if (Chance(70))
            {
                _html.Append("<!DOCTYPE html>\n");
            }
            _html.Append("<html lang=\"zh-Hant\">\n<head>\n");
            _html.Append("<title>").Append(Pick(Hidden)).Append("</title>\n");
            for (var i = _random.Next(3); i > 0; i--)
            {
                _html.Append("<link rel=\"stylesheet\"").Append(Attributes()).Append(">\n");
            }
            _html.Append("</head>\n<body").Append(Attributes(idsAndLinks: false)).Append(">\n");
            for (var i = 1 + _random.Next(6); i > 0; i--)
            {
                FlowContent(depth: 0, inLink: false);
            }
            if (Chance(5))
            {
                _html.Append("<plaintext>").Append(Pick(Hidden)).Append(Pick(Hidden));
                return _html.ToString();
            }
            _html.Append("</body>\n</html>\n");
            return _html.ToString();
        }

        private string Attributes(bool idsAndLinks = true)
        {
            var text = new StringBuilder();
            for (var i = _random.Next(5); i > 0; i--)
            {
                var name = idsAndLinks ? Pick(AttributeNames) : Pick(["class", "lang", "data-x"]);
                var value = Pick(Values);
                text.Append(Space()).Append(name);
                var unquotable = value.Length > 0 && !value.Any(c => c is ' ' or '\n' or '"' or '\'' or '=' or '<' or '>' or '`');
                switch (_random.Next(unquotable ? 5 : 4))
                {
                    case 0 or 1:
                        text.Append("=\"").Append(value.Replace("\"", "&quot;")).Append('"');
                        break;
                    case 2:
                        text.Append(Pick(["=", " = ", "=\n"])).Append('\'').Append(value.Replace("'", "&#39;")).Append('\'');
                        break;
                    case 3:
                        break; // no value
                    default:
                        text.Append('=').Append(value);
                        break;
                }
            }
            return text.ToString();
        }

        private void FlowContent(int depth, bool inLink)
        {
            switch (_random.Next(depth >= 3 ? 4 : 10))
            {
                case 0:
                    _html.Append(Pick(Texts));
                    break;
                case 1:
                    _html.Append("<!--").Append(Pick(Hidden)).Append(" -- ").Append(Pick(Hidden)).Append("-->");
                    break;
                case 2:
                    PhrasingContent(depth, inLink);
                    break;
                case 3:
                    var raw = Pick(RawText);
                    _html.Append('<').Append(Case(raw)).Append(Attributes()).Append('>').Append(Pick(Hidden)).Append(Pick(Texts)).Append(Pick(Hidden))
                        .Append("</").Append(Case(raw)).Append(Chance(20) ? " " : "").Append('>');
                    break;
                case 4:
                    _html.Append("<p").Append(Attributes()).Append('>');
                    for (var i = _random.Next(4); i > 0; i--)
                    {
                        PhrasingContent(depth + 1, inLink);
                    }
                    _html.Append("</p>").Append(Space());
                    break;
                case 5:
                    _html.Append("<ul").Append(Attributes()).Append('>');
                    for (var i = _random.Next(3); i > 0; i--)
                    {
                        _html.Append(Space()).Append("<li").Append(Attributes()).Append('>');
                        FlowContent(depth + 1, inLink);
                        _html.Append("</li>");
                    }
                    _html.Append("</ul>");
                    break;
                case 6:
                    Svg(depth);
                    break;
                case 7:
                    _html.Append("<math").Append(Attributes()).Append("><mi").Append(Attributes()).Append(">x</mi><mo>").Append(Pick(Texts)).Append("</mo></math>");
                    break;
                default:
                    var name = Pick(Flow);
                    _html.Append('<').Append(Case(name)).Append(Attributes()).Append('>');
                    for (var i = _random.Next(4); i > 0; i--)
                    {
                        FlowContent(depth + 1, inLink);
                    }
                    _html.Append("</").Append(Case(name)).Append('>').Append(Space());
                    break;
            }
        }

        private void PhrasingContent(int depth, bool inLink)
        {
            switch (_random.Next(depth >= 4 ? 2 : 6))
            {
                case 0:
                    _html.Append(Pick(Texts));
                    break;
                case 1:
                    var element = Pick(Void);
                    _html.Append('<').Append(Case(element)).Append(Attributes()).Append(Chance(50) ? ">" : Pick([" />", "/>"]));
                    break;
                case 2 when !inLink:
                    _html.Append("<a").Append(Attributes()).Append('>');
                    for (var i = _random.Next(3); i > 0; i--)
                    {
                        PhrasingContent(depth + 1, inLink: true);
                    }
                    _html.Append("</a>");
                    break;
                default:
                    var name = Pick(Phrasing);
                    _html.Append('<').Append(Case(name)).Append(Attributes()).Append('>');
                    for (var i = _random.Next(3); i > 0; i--)
                    {
                        PhrasingContent(depth + 1, inLink);
                    }
                    _html.Append("</").Append(name).Append('>');
                    break;
            }
        }

        private void Svg(int depth)
        {
            _html.Append("<svg").Append(Attributes()).Append('>');
            for (var i = _random.Next(4); i > 0; i--)
            {
                if (Chance(30))
                {
                    _html.Append(Space()).Append('<').Append(Pick(SvgEmpty)).Append(Attributes()).Append("/>");
                    continue;
                }
                var child = Pick(SvgChildren);
                _html.Append(Space()).Append('<').Append(child).Append(Attributes());
                // Inside SVG, title and style hold tags like any element.
                _html.Append('>').Append(Chance(50) ? Pick(Texts) : $"<tspan{Attributes()}>{Pick(Texts)}</tspan>").Append("</").Append(child).Append('>');
            }
            if (depth < 3 && Chance(20))
            {
                Svg(depth + 1);
            }
            _html.Append("</svg>");
        }
    }
}
