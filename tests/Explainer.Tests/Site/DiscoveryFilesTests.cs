using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Site;

/// <summary>What search engines, feed readers and social sites read: each file parsed and checked.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class DiscoveryFilesTests(BuiltSite site)
{
    private const string BaseUrl = "https://explainer.netlify.app"; // input/site.yml
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private string Read(string path) => File.ReadAllText(Path.Combine(site.OutputPath, path));

    private AngleSharp.Dom.IDocument Page(string url) =>
        new HtmlParser().ParseDocument(Read(url.Trim('/') is "" ? "index.html" : url.Trim('/') + "/index.html"));

    private static JsonElement JsonLd(AngleSharp.Dom.IDocument page) =>
        JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement; // the page declares one

    [Fact]
    public void The_sitemap_lists_every_page_once_by_its_canonical_url_and_no_embed()
    {
        var sitemap = XDocument.Parse(Read("sitemap.xml"));
        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        var urls = sitemap.Root.Elements(Sitemap + "url").ToList();
        var locs = urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(locs.Count, locs.Distinct().Count());
        Assert.All(locs, loc => Assert.True(Uri.TryCreate(loc, UriKind.Absolute, out _) && loc.StartsWith(BaseUrl + "/", StringComparison.Ordinal) && loc.EndsWith('/'), loc));
        Assert.DoesNotContain(locs, l => l.Contains("/embed/", StringComparison.Ordinal) || l.Contains("404", StringComparison.Ordinal));
        Assert.Contains(BaseUrl + "/", locs);
        foreach (var explainer in site.Index.Explainers)
        {
            Assert.Contains(BaseUrl + explainer.Url, locs);
            Assert.All(explainer.Sections, s => Assert.Contains(BaseUrl + s.Url, locs));
        }
        foreach (var lastmod in urls.Select(u => u.Element(Sitemap + "lastmod")).OfType<XElement>())
        {
            Assert.True(DateOnly.TryParseExact(lastmod.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), lastmod.Value);
        }
        // Every canonical URL of a listed page is its sitemap entry.
        foreach (var loc in locs)
        {
            Assert.Equal(loc, Page(loc[BaseUrl.Length..]).QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        }
    }

    [Fact]
    public void Robots_txt_allows_crawling_and_names_the_sitemap()
    {
        var robots = Read("robots.txt").Split('\n');
        Assert.Contains("User-agent: *", robots);
        Assert.Contains($"Sitemap: {BaseUrl}/sitemap.xml", robots);
        Assert.DoesNotContain("Disallow: /", robots);
    }

    [Fact]
    public void The_atom_feed_reads_as_atom_1_0_with_one_entry_per_explainer()
    {
        using var reader = XmlReader.Create(Path.Combine(site.OutputPath, "feed.xml"));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;

        Assert.Equal(BaseUrl + "/", feed.Id);
        Assert.False(string.IsNullOrWhiteSpace(feed.Title.Text));
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.ToString() == BaseUrl + "/feed.xml");
        Assert.NotEmpty(feed.Authors);
        var items = feed.Items.ToList();
        Assert.Equal(site.Index.Explainers.Select(e => BaseUrl + e.Url).Order(), items.Select(i => i.Id).Order());
        foreach (var item in items)
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Title.Text));
            Assert.Contains(item.Links, l => l.RelationshipType == "alternate" && l.Uri.ToString() == item.Id);
            Assert.True(item.LastUpdatedTime > DateTimeOffset.UnixEpoch, "the explainer's date comes from input/");
            Assert.False(string.IsNullOrWhiteSpace(item.Summary.Text));
        }
        Assert.Equal(items.Max(i => i.LastUpdatedTime), feed.LastUpdatedTime);
    }

    [Fact]
    public void The_json_feed_follows_version_1_1()
    {
        using var document = JsonDocument.Parse(Read("feed.json"));
        var feed = document.RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.False(string.IsNullOrWhiteSpace(feed.GetProperty("title").GetString()));
        Assert.Equal(BaseUrl + "/feed.json", feed.GetProperty("feed_url").GetString());
        Assert.Equal(BaseUrl + "/", feed.GetProperty("home_page_url").GetString());
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(site.Index.Explainers.Count, items.Count);
        Assert.Equal(items.Count, items.Select(i => i.GetProperty("id").GetString()).Distinct().Count());
        foreach (var item in items)
        {
            Assert.True(item.TryGetProperty("content_text", out var text) && text.GetString()!.Length > 0
                || item.TryGetProperty("content_html", out _), "an item needs content_text or content_html");
            Assert.StartsWith(BaseUrl + "/", item.GetProperty("url").GetString());
            if (item.TryGetProperty("date_published", out var date))
            {
                Assert.True(DateTimeOffset.TryParseExact(date.GetString(), "yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), date.GetString());
            }
        }
    }

    [Fact]
    public void Explainer_and_section_pages_describe_a_news_article_based_on_the_source()
    {
        var explainer = site.Index.Explainers[0];
        foreach (var url in explainer.Sections.Select(s => s.Url).Prepend(explainer.Url))
        {
            var page = Page(url);
            var article = JsonLd(page);
            Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
            Assert.Equal("NewsArticle", article.GetProperty("@type").GetString());
            Assert.Equal(BaseUrl + url, article.GetProperty("url").GetString());
            Assert.Contains(explainer.Title, article.GetProperty("headline").GetString());
            Assert.Equal("zh-Hant", article.GetProperty("inLanguage").GetString());
            Assert.Equal("2026-11-26", article.GetProperty("datePublished").GetString());
            var basedOn = article.GetProperty("isBasedOn");
            // The original report, not a re-report of it.
            Assert.StartsWith("https://www.nytimes.com/", basedOn.GetProperty("url").GetString());
            Assert.Equal("The New York Times", basedOn.GetProperty("publisher").GetProperty("name").GetString());
            Assert.Contains(article.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("@type").GetString() == "Person");

            Assert.Equal("article", page.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
            Assert.Equal(BaseUrl + url, page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
            Assert.Equal(page.QuerySelector("title")!.TextContent.Split('｜')[0], page.QuerySelector("meta[property='og:title']")?.GetAttribute("content")!.Split('｜')[0]);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[property='og:description']")?.GetAttribute("content")));
            Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
            Assert.NotNull(page.QuerySelector("link[rel=alternate][type='application/atom+xml']"));
            Assert.NotNull(page.QuerySelector("link[rel=alternate][type='application/feed+json']"));
        }
    }

    [Fact]
    public void Profile_pages_describe_a_person_or_organisation()
    {
        var profiles = Directory.GetDirectories(Path.Combine(site.OutputPath, "profiles")).Select(Path.GetFileName).ToList();
        Assert.NotEmpty(profiles);
        var kinds = new HashSet<string>();
        foreach (var id in profiles)
        {
            var data = JsonLd(Page($"/profiles/{id}/"));
            kinds.Add(data.GetProperty("@type").GetString()!);
            Assert.Equal($"{BaseUrl}/profiles/{id}/", data.GetProperty("url").GetString());
            Assert.False(string.IsNullOrWhiteSpace(data.GetProperty("name").GetString()));
        }
        Assert.Contains("Person", kinds);
        var wang = JsonLd(Page("/profiles/alexandr-wang/"));
        Assert.Equal("Person", wang.GetProperty("@type").GetString());
        Assert.True(wang.TryGetProperty("jobTitle", out _));
    }

    [Fact]
    public void The_explainer_shows_its_seed_file_hash_and_markdown()
    {
        using var index = JsonDocument.Parse(Read("index.json"));
        var entry = index.RootElement.GetProperty("explainers")[0];
        var provenance = Page(entry.GetProperty("url").GetString()!).QuerySelector("article .provenance[data-annotation]")!;
        Assert.Contains(entry.GetProperty("seed").GetString()!, provenance.TextContent);
        Assert.Contains(entry.GetProperty("seed_sha256").GetString()!, provenance.TextContent);
        var markdown = provenance.QuerySelectorAll("a[type='text/markdown']").Select(a => a.GetAttribute("href")!.TrimStart('.', '/')).ToList();
        foreach (var section in entry.GetProperty("sections").EnumerateArray())
        {
            Assert.Contains(markdown, href => section.GetProperty("markdown_url").GetString()!.EndsWith(href, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void No_page_carries_a_build_time()
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var file in site.HtmlFiles().Concat(new[] { "feed.xml", "feed.json", "sitemap.xml", "index.json" }.Select(f => Path.Combine(site.OutputPath, f))))
        {
            Assert.DoesNotContain(today, File.ReadAllText(file)); // dates come from input/ (2026-11-26), never the clock
        }
    }
}
