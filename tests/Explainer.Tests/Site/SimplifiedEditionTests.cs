using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Explainer.Chinese;
using Explainer.Editorial;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Site;

/// <summary>The Simplified edition of the real site (/zh-hans/), read as a reader, a crawler and an embedder would.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class SimplifiedEditionTests(BuiltSite site)
{
    private const string BaseUrl = "https://explainer.netlify.app";
    private static readonly HtmlParser Parser = new();

    /// <summary>The site's own conversion: OpenCC's tw2sp with input/zh-hans.yml's overrides, read by the product's reader.</summary>
    private static readonly SimplifiedConversion Conversion = new(
        SimplifiedOverrides.Read(YamlFile.Parse("input/zh-hans.yml", File.ReadAllText(Path.Combine(RepoPaths.Input, "zh-hans.yml")))).Words);

    private IndexedExplainer Explainer => site.Index.Explainers.Single();

    private string SimplifiedRoot => Path.Combine(site.OutputPath, "zh-hans");

    private IDocument Page(string rootRelativeUrl)
    {
        var path = Path.Combine(site.OutputPath, rootRelativeUrl.TrimStart('/'));
        return Parser.ParseDocument(File.ReadAllText(rootRelativeUrl.EndsWith('/') ? Path.Combine(path, "index.html") : path));
    }

    /// <summary>Every Traditional page by its path from the root ("" for the home page, "404.html").</summary>
    private IEnumerable<string> TraditionalPages() => site.HtmlFiles()
        .Select(f => Path.GetRelativePath(site.OutputPath, f).Replace('\\', '/'))
        .Where(f => !f.StartsWith("zh-hans/", StringComparison.Ordinal))
        .Select(f => f.EndsWith("index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f);

    private IEnumerable<string> ArticlePages() =>
        Explainer.Sections.SelectMany(s => new[] { s.Url, "/embed" + s.Url }).Prepend(Explainer.Url);

    [Fact]
    public void Every_page_has_a_simplified_copy_and_both_name_each_other_as_hreflang_alternates()
    {
        foreach (var page in TraditionalPages().Where(p => p != "404.html"))
        {
            var expected = new Dictionary<string, string>
            {
                ["zh-Hant"] = BaseUrl + "/" + page,
                ["zh-Hans"] = BaseUrl + "/zh-hans/" + page,
                ["x-default"] = BaseUrl + "/" + page,
            };
            foreach (var copy in new[] { "/" + page, "/zh-hans/" + page })
            {
                var alternates = Page(copy).QuerySelectorAll("head link[rel=alternate][hreflang]")
                    .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
                Assert.Equal(expected, alternates);
            }
        }
        Assert.True(File.Exists(Path.Combine(SimplifiedRoot, "404.html")));
    }

    [Fact]
    public void The_switch_is_a_plain_link_from_every_page_to_the_same_page_in_the_other_script()
    {
        foreach (var page in TraditionalPages().Where(p => p != "404.html"))
        {
            foreach (var (from, to, language) in new[] { (page, "zh-hans/" + page, "zh-Hans"), ("zh-hans/" + page, page, "zh-Hant") })
            {
                var link = Page("/" + from).QuerySelector("nav.edition-switch a[href]");
                Assert.True(link is not null, $"/{from} has no 繁／简 switch");
                Assert.Equal(language, link.GetAttribute("hreflang"));
                Assert.Equal(to, Resolve(from, link.GetAttribute("href")!));
                Assert.NotNull(Page("/" + from).QuerySelector("nav.edition-switch [aria-current]"));
            }
        }
    }

    /// <summary>A relative link on the page at <paramref name="page"/>, from the root.</summary>
    private static string Resolve(string page, string href) =>
        new Uri(new Uri("https://site.test/" + page), href).AbsolutePath.TrimStart('/');

    [Fact]
    public void Fidelity_holds_on_every_simplified_article_against_the_seed_converted_by_the_same_function()
    {
        var seed = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Single();
        foreach (var url in ArticlePages())
        {
            var article = Assert.Single(Page("/zh-hans" + url).QuerySelectorAll("article"));
            var lines = article.GetAttribute("data-lines")!;

            Assert.Equal(Fidelity.SimplifiedSeedText(seed, lines, Conversion), Fidelity.ArticleText(article));
        }
    }

    [Fact]
    public void Corrections_keep_their_places_with_the_original_converted_in_data_original()
    {
        var traditional = Page(Explainer.Url).QuerySelectorAll("article ins.correction").ToList();
        var simplified = Page("/zh-hans" + Explainer.Url).QuerySelectorAll("article ins.correction").ToList();

        Assert.Equal(traditional.Count, simplified.Count);
        // 路銭之爭 → 路線之爭 is a correction in both scripts; 四麵 → 四面 only in Traditional, where 面
        // and 麵 differ: Simplified writes 面 either way.
        Assert.Contains(simplified, c => c.GetAttribute("data-original") == "路銭之争" && c.TextContent == "路线之争");
        Assert.Contains(traditional, c => c.GetAttribute("data-original") == "四麵" && c.TextContent == "四面");
        Assert.Contains(simplified, c => c.GetAttribute("data-original") == "四面" && c.TextContent == "四面");
        // That correction is explained in the script it concerns, on both editions.
        var note = Page("/zh-hans" + Explainer.Url).QuerySelectorAll(".note-fix p[lang=zh-Hant]").Select(p => p.TextContent).ToList();
        Assert.Contains(note, text => text.Contains("「四麵」", StringComparison.Ordinal) && text.Contains("麵食", StringComparison.Ordinal));
    }

    /// <summary>
    /// SimplifiedHtml scans tags by hand: read both copies with AngleSharp (an HTML5 parser), and every
    /// element stands where it stood, with the same attributes, apart from the 繁／简 switch.
    /// </summary>
    [Fact]
    public void Every_simplified_page_has_its_traditional_pages_elements_and_attributes()
    {
        static string[] Shape(IDocument page)
        {
            page.QuerySelector("[data-edition-switch]")?.Remove();
            return [.. page.All.Select(e => e.LocalName + "(" + string.Join(",", e.Attributes.Select(a => a.Name)) + ")")];
        }

        foreach (var page in TraditionalPages())
        {
            Assert.Equal(Shape(Page("/" + page)), Shape(Page("/zh-hans/" + page)));
        }
    }

    [Fact]
    public void Notes_figures_and_mentions_keep_their_anchors()
    {
        foreach (var url in ArticlePages())
        {
            var traditional = Page(url);
            var simplified = Page("/zh-hans" + url);
            string[] Ids(IDocument page) => [.. page.QuerySelectorAll("article [id]").Select(e => e.Id!)];
            string[] Refs(IDocument page) => [.. page.QuerySelectorAll("article a[href^='#']").Select(a => a.GetAttribute("href")!)];

            Assert.Equal(Ids(traditional), Ids(simplified));
            Assert.Equal(Refs(traditional), Refs(simplified));
            Assert.Equal(
                traditional.QuerySelectorAll("article [data-profile]").Select(m => m.GetAttribute("data-profile")),
                simplified.QuerySelectorAll("article [data-profile]").Select(m => m.GetAttribute("data-profile")));
        }
    }

    /// <summary>Characters only Traditional text writes (each has another Simplified form, and none is itself one).</summary>
    private const string TraditionalOnly = "這們與為說個來會對時後過還點從開關國經將長東門問間體實發現學頭語讀機員業當沒";

    [Fact]
    public void Simplified_pages_read_as_simplified_outside_the_words_kept_as_the_traditional_seed_writes_them()
    {
        foreach (var file in Directory.GetFiles(SimplifiedRoot, "*.html", SearchOption.AllDirectories))
        {
            var page = Parser.ParseDocument(File.ReadAllText(file));
            foreach (var kept in page.QuerySelectorAll("[lang=zh-Hant]").ToList())
            {
                kept.Remove();
            }
            // What a reader sees or hears: the text, the title and the attributes read aloud or shown.
            var text = page.DocumentElement.TextContent + string.Concat(page.All
                .SelectMany(e => e.Attributes)
                .Where(a => a.Name is "aria-label" or "title" or "alt" or "content")
                .Select(a => a.Value));
            var leftover = text.Where(c => TraditionalOnly.Contains(c)).Distinct().ToList();
            Assert.True(leftover.Count == 0, $"{Path.GetRelativePath(site.OutputPath, file)}: Traditional characters {string.Concat(leftover)}");
        }
    }

    [Fact]
    public void The_overrides_and_the_notes_kept_in_traditional_show_on_the_pages()
    {
        var profile = Page("/zh-hans/profiles/mark-zuckerberg/");
        Assert.Contains("扎克伯格", profile.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        var explainer = Page("/zh-hans" + Explainer.Url);
        Assert.Contains("两位元老", explainer.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("两比特老", explainer.Body.TextContent, StringComparison.Ordinal);
        // The note on the names' Traditional forms (lang: zh-Hant) reads as written.
        var names = explainer.GetElementById("note-zuckerberg-name");
        Assert.NotNull(names);
        Assert.Equal("zh-Hant", names.GetAttribute("lang"));
        Assert.Contains("台灣媒體常寫「祖克柏」", names.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_oembed_markdown_and_feeds_have_simplified_copies_with_the_editions_urls()
    {
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(SimplifiedRoot, "index.json")));
        Assert.Equal("zh-Hans", index.RootElement.GetProperty("site").GetProperty("language").GetString());
        var explainer = index.RootElement.GetProperty("explainers")[0];
        Assert.Equal("/zh-hans" + Explainer.Url, explainer.GetProperty("url").GetString());
        foreach (var section in explainer.GetProperty("sections").EnumerateArray())
        {
            foreach (var field in new[] { "url", "markdown_url", "embed_url", "oembed_url" })
            {
                var url = section.GetProperty(field).GetString()!;
                Assert.StartsWith("/zh-hans/", url, StringComparison.Ordinal);
                var file = Path.Combine(site.OutputPath, url.TrimStart('/'));
                Assert.True(File.Exists(url.EndsWith('/') ? Path.Combine(file, "index.html") : file), url);
            }
            using var oembed = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputPath, section.GetProperty("oembed_url").GetString()!.TrimStart('/'))));
            Assert.Contains($"src=\"{BaseUrl}{section.GetProperty("embed_url").GetString()}\"", oembed.RootElement.GetProperty("html").GetString(), StringComparison.Ordinal);
            Assert.Equal(section.GetProperty("title").GetString() + "｜" + explainer.GetProperty("title").GetString(), oembed.RootElement.GetProperty("title").GetString());
            var markdown = File.ReadAllText(Path.Combine(site.OutputPath, section.GetProperty("markdown_url").GetString()!.TrimStart('/')));
            Assert.DoesNotContain("](/profiles/", markdown, StringComparison.Ordinal);
        }
        Assert.Equal(SimplifiedConversion.Plain.Convert(Explainer.Title), explainer.GetProperty("title").GetString());

        var atom = XDocument.Parse(File.ReadAllText(Path.Combine(SimplifiedRoot, "feed.xml")));
        Assert.Equal("zh-Hans", atom.Root!.Attribute(XNamespace.Xml + "lang")?.Value);
        using var feed = JsonDocument.Parse(File.ReadAllText(Path.Combine(SimplifiedRoot, "feed.json")));
        Assert.Equal(BaseUrl + "/zh-hans" + Explainer.Url, feed.RootElement.GetProperty("items")[0].GetProperty("url").GetString());
    }

    [Fact]
    public void The_sitemap_lists_both_editions_each_with_its_alternates_and_redirects_cover_both()
    {
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = XDocument.Parse(File.ReadAllText(Path.Combine(site.OutputPath, "sitemap.xml"))).Root!.Elements(sitemap + "url").ToList();
        var locs = urls.Select(u => u.Element(sitemap + "loc")!.Value).ToHashSet();

        Assert.Contains(BaseUrl + "/zh-hans" + Explainer.Url, locs);
        Assert.Equal(locs.Count(l => l.Contains("/zh-hans/", StringComparison.Ordinal)) * 2, locs.Count);
        Assert.All(urls, url =>
        {
            var loc = url.Element(sitemap + "loc")!.Value;
            var traditional = loc.Replace("/zh-hans/", "/", StringComparison.Ordinal);
            var alternates = url.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
            Assert.Equal(traditional, alternates["zh-Hant"]);
            Assert.Equal(traditional.Replace(BaseUrl + "/", BaseUrl + "/zh-hans/", StringComparison.Ordinal), alternates["zh-Hans"]);
            Assert.Equal(traditional, alternates["x-default"]);
        });
        Assert.Contains("/zh-hans/*  /zh-hans/404.html  404", File.ReadAllLines(Path.Combine(site.OutputPath, "_redirects")));
    }
}
