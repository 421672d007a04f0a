using System.Security.Cryptography;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Site;

/// <summary>The real seed's pages, read with AngleSharp as a tool (or an embedder) would read them.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class RenderedSiteTests(BuiltSite site)
{
    private static readonly HtmlParser Parser = new();

    private IndexedExplainer Explainer => site.Index.Explainers.Single();

    private IDocument Page(string rootRelativeUrl)
    {
        var path = Path.Combine(site.OutputPath, rootRelativeUrl.TrimStart('/'));
        return Parser.ParseDocument(File.ReadAllText(rootRelativeUrl.EndsWith('/') ? Path.Combine(path, "index.html") : path));
    }

    private IEnumerable<string> ExplainerPageUrls() => Explainer.Sections.Select(s => s.Url).Prepend(Explainer.Url);

    [Fact]
    public void Every_page_is_in_traditional_chinese_and_its_simplified_copy_in_simplified()
    {
        var simplified = Path.Combine(site.OutputPath, "zh-hans") + Path.DirectorySeparatorChar;
        Assert.All(site.HtmlFiles(), file =>
            Assert.Equal(file.StartsWith(simplified, StringComparison.Ordinal) ? "zh-Hans" : "zh-Hant", Parser.ParseDocument(File.ReadAllText(file)).DocumentElement.GetAttribute("lang")));
    }

    [Fact]
    public void The_explainer_has_the_four_sections_of_the_seed_in_order()
    {
        var page = Page(Explainer.Url);

        var article = Assert.Single(page.QuerySelectorAll("article"));
        var sections = article.QuerySelectorAll("section.section").Select(s => s.Id).ToList();
        Assert.Equal(["lead", "divide", "all-stars", "direction"], sections);
        Assert.Equal(["巨大的分歧", "全明星團隊", "路線之爭"], article.QuerySelectorAll("section.section h2").Select(ReaderText));
    }

    [Fact]
    public void The_table_of_contents_links_every_section()
    {
        var page = Page(Explainer.Url);

        var links = page.QuerySelectorAll("nav.toc a").ToList();
        Assert.Equal(Explainer.Sections.Select(s => "#" + s.Slug), links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["導言", "巨大的分歧", "全明星團隊", "路線之爭"], links.Select(a => a.TextContent));
        Assert.All(links, a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")!.TrimStart('#')))); // href asserted just above
    }

    [Fact]
    public void Every_paragraph_has_a_stable_id_and_its_seed_lines()
    {
        var paragraphs = Page(Explainer.Url).QuerySelectorAll("article section.section > p:not([data-annotation])").ToList();

        Assert.Equal(44, paragraphs.Count); // 5 + 14 + 10 + 15 paragraphs, hard-wrapped lines joined
        Assert.All(paragraphs, p => Assert.Matches("^p-[0-9a-f]{8}$", p.Id));
        Assert.All(paragraphs, p => Assert.Matches("^[0-9]+(-[0-9]+)?$", p.GetAttribute("data-lines")));
        Assert.Equal("43-44", paragraphs.Single(p => p.TextContent.Contains("6000億美元", StringComparison.Ordinal)).GetAttribute("data-lines"));
    }

    [Fact]
    public void Fidelity_contract_holds_on_every_explainer_page()
    {
        var seed = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Single();
        foreach (var url in ExplainerPageUrls())
        {
            var article = Assert.Single(Page(url).QuerySelectorAll("article"));
            var lines = article.GetAttribute("data-lines") ?? throw new InvalidOperationException($"{url}: article without data-lines");

            Assert.Equal(Fidelity.SeedText(seed, lines), Fidelity.ArticleText(article));
        }
    }

    [Fact]
    public void The_whole_explainer_holds_every_line_of_the_seed()
    {
        var seed = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Single();
        var article = Page(Explainer.Url).QuerySelector("article")!; // asserted single elsewhere

        Assert.Equal($"1-{File.ReadAllLines(seed).Length}", article.GetAttribute("data-lines"));
    }

    [Fact]
    public void Corrections_are_visible_with_the_original_kept_and_listed()
    {
        var page = Page(Explainer.Url);
        var corrected = page.QuerySelectorAll("article ins.correction").ToList();

        Assert.Equal(21, corrected.Count);
        Assert.Contains(corrected, c => c.GetAttribute("data-original") == "路銭之爭" && c.TextContent == "路線之爭");
        Assert.Contains(corrected, c => c.GetAttribute("data-original") == "迸度" && c.TextContent == "進度");
        foreach (var ins in corrected)
        {
            var link = ins.NextElementSibling;
            Assert.NotNull(link);
            Assert.True(link.HasAttribute("data-annotation"));
            var entry = page.GetElementById(link.GetAttribute("href")!.TrimStart('#')); // every marker links to its entry
            Assert.NotNull(entry);
            Assert.Contains(ins.GetAttribute("data-original")!, entry.TextContent); // selected by data-original above
        }
        Assert.Equal(20, page.QuerySelectorAll(".corrections li").Length);
    }

    [Fact]
    public void Section_pages_chain_previous_and_next_in_seed_order()
    {
        var sections = Explainer.Sections;
        for (var i = 0; i < sections.Count; i++)
        {
            var page = Page(sections[i].Url);
            var previous = Resolve(sections[i].Url, page.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
            var next = Resolve(sections[i].Url, page.QuerySelector("a[rel=next]")?.GetAttribute("href"));

            Assert.Equal(i > 0 ? sections[i - 1].Url : "", previous);
            Assert.Equal(i + 1 < sections.Count ? sections[i + 1].Url : "", next);
            Assert.Single(page.QuerySelectorAll("article"));
            Assert.Single(page.QuerySelectorAll("h1"));
        }
    }

    [Fact]
    public void Each_section_is_published_as_markdown_with_front_matter()
    {
        foreach (var section in Explainer.Sections)
        {
            var markdown = File.ReadAllText(Path.Combine(site.OutputPath, Explainer.Slug, section.Slug + ".md"));

            Assert.StartsWith("---\n", markdown);
            Assert.Contains($"slug: \"{section.Slug}\"", markdown);
            Assert.Contains("seed: \"000_3ff4e06d84da52ea.txt\"", markdown);
            Assert.Matches(@"lines: \[\d+, \d+\]", markdown);
        }
    }

    [Fact]
    public void The_index_names_the_seed_by_its_hash()
    {
        var seed = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Single();
        var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputPath, "index.json")));
        var explainer = json.RootElement.GetProperty("explainers")[0];

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(seed))), explainer.GetProperty("seed_sha256").GetString());
        Assert.Equal("000_3ff4e06d84da52ea.txt", explainer.GetProperty("seed").GetString());
        foreach (var section in explainer.GetProperty("sections").EnumerateArray())
        {
            Assert.True(File.Exists(Path.Combine(site.OutputPath, section.GetProperty("markdown_url").GetString()!.TrimStart('/'))));
        }
    }

    [Fact]
    public void The_404_page_works_at_any_depth()
    {
        var page = Page("/404.html");

        Assert.Matches("^/assets/site\\.[0-9a-f]{10}\\.css$", page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll("a[href]:not([href^='#'])"), a => Assert.StartsWith("/", a.GetAttribute("href")));
    }

    [Fact]
    public void Pages_load_nothing_from_other_sites_and_declare_a_strict_policy()
    {
        Assert.All(site.HtmlFiles(), file =>
        {
            var page = Parser.ParseDocument(File.ReadAllText(file));
            var policy = page.QuerySelector("meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content") ?? "";
            Assert.Contains("default-src 'none'", policy);
            Assert.DoesNotContain("unsafe-inline", policy);
            Assert.Empty(page.QuerySelectorAll("[style], [src*='//'], link[rel=stylesheet][href*='//'], link[rel=icon][href*='//']"));
        });
    }

    /// <summary>What a reader sees of the seed's words: the text without the explainer's annotations.</summary>
    private static string ReaderText(IElement element)
    {
        var copy = (IElement)element.Clone(deep: true);
        foreach (var annotation in copy.QuerySelectorAll("[data-annotation]").ToList())
        {
            annotation.Remove();
        }
        return copy.TextContent.Trim();
    }

    private static string Resolve(string pageUrl, string? href) =>
        href is null ? "" : new Uri(new Uri("https://site.invalid" + pageUrl), href).AbsolutePath;
}
