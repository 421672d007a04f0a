using System.Text.Json;
using AngleSharp.Html.Parser;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Site;

/// <summary>The files other sites read to embed a section: oEmbed answers, the index, the embed pages.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class EmbedFilesTests(BuiltSite site)
{
    private IEnumerable<JsonElement> Sections()
    {
        var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputPath, "index.json")));
        return index.RootElement.GetProperty("explainers").EnumerateArray().SelectMany(e => e.GetProperty("sections").EnumerateArray());
    }

    private string File_(string rootRelative) => Path.Combine(site.OutputPath, rootRelative.TrimStart('/'));

    [Fact]
    public void Every_section_has_an_oembed_answer_with_the_fields_the_spec_requires()
    {
        foreach (var section in Sections())
        {
            using var oembed = JsonDocument.Parse(File.ReadAllText(File_(section.GetProperty("oembed_url").GetString()!))); // the index names every section's answer
            var root = oembed.RootElement;
            Assert.Equal("1.0", root.GetProperty("version").GetString());
            Assert.Equal("rich", root.GetProperty("type").GetString());
            Assert.True(root.GetProperty("width").GetInt32() > 0);
            Assert.True(root.GetProperty("height").GetInt32() > 0);
            Assert.Contains(section.GetProperty("embed_url").GetString()!, root.GetProperty("html").GetString()); // named by the index
            foreach (var field in new[] { "title", "provider_name", "provider_url", "author_name" })
            {
                Assert.False(string.IsNullOrWhiteSpace(root.GetProperty(field).GetString()), field);
            }
        }
    }

    [Fact]
    public void Every_oembed_html_begins_with_a_complete_iframe_of_the_embed_and_ends_with_the_loader()
    {
        foreach (var section in Sections())
        {
            using var oembed = JsonDocument.Parse(File.ReadAllText(File_(section.GetProperty("oembed_url").GetString()!)));
            var root = oembed.RootElement;
            var html = root.GetProperty("html").GetString()!;
            var body = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html).Body!; // the parser always makes a body

            Assert.StartsWith("<iframe ", html, StringComparison.Ordinal);
            Assert.Equal(new[] { "IFRAME", "SCRIPT" }, body.Children.Select(e => e.TagName));
            var iframe = body.Children[0];
            Assert.EndsWith(section.GetProperty("embed_url").GetString()!, iframe.GetAttribute("src"));
            Assert.StartsWith("https://", iframe.GetAttribute("src"));
            Assert.Equal(root.GetProperty("title").GetString(), iframe.GetAttribute("title"));
            Assert.Equal("100%", iframe.GetAttribute("width"));
            Assert.Equal(root.GetProperty("height").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), iframe.GetAttribute("height"));
            Assert.Equal("lazy", iframe.GetAttribute("loading"));
            // No border either way: WordPress drops style and keeps frameborder.
            Assert.Equal("0", iframe.GetAttribute("frameborder"));
            Assert.Contains("border:0", iframe.GetAttribute("style"));
            Assert.True(iframe.HasAttribute("data-explainer-embed"), "the loader would not recognise the iframe");
            Assert.EndsWith("/embed.js", body.Children[1].GetAttribute("src"));
            Assert.True(body.Children[1].HasAttribute("async"));
        }
    }

    [Fact]
    public void WordPress_keeps_a_sandboxed_iframe_of_the_embed_from_every_oembed_html()
    {
        foreach (var section in Sections())
        {
            using var oembed = JsonDocument.Parse(File.ReadAllText(File_(section.GetProperty("oembed_url").GetString()!)));
            var published = WordPressEmbed.Filter(oembed.RootElement.GetProperty("html").GetString()!, "Secret1234");

            Assert.NotNull(published);
            var iframe = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + published).QuerySelector("iframe")!; // published is one iframe
            Assert.EndsWith(section.GetProperty("embed_url").GetString()! + "#?secret=Secret1234", iframe.GetAttribute("src"));
            Assert.Equal("Secret1234", iframe.GetAttribute("data-secret"));
            Assert.Equal("allow-scripts", iframe.GetAttribute("sandbox"));
            Assert.False(string.IsNullOrWhiteSpace(iframe.GetAttribute("title")));
            Assert.Equal("0", iframe.GetAttribute("frameborder"));
        }
    }

    [Fact]
    public void The_section_page_offers_the_oembed_html_as_its_snippet()
    {
        var parser = new HtmlParser();
        foreach (var section in Sections())
        {
            using var oembed = JsonDocument.Parse(File.ReadAllText(File_(section.GetProperty("oembed_url").GetString()!)));
            var page = parser.ParseDocument(File.ReadAllText(Path.Combine(File_(section.GetProperty("url").GetString()!), "index.html")));
            Assert.Equal(oembed.RootElement.GetProperty("html").GetString(), page.QuerySelector(".embed-code pre code")!.TextContent); // every section page offers the snippet
        }
    }

    [Fact]
    public void Links_that_leave_an_embed_open_in_the_top_window_and_links_to_what_the_page_holds_stay_on_it()
    {
        var parser = new HtmlParser();
        foreach (var section in Sections())
        {
            var embedPath = Path.Combine(File_(section.GetProperty("embed_url").GetString()!), "index.html");
            var pagePath = Path.Combine(File_(section.GetProperty("url").GetString()!), "index.html");
            foreach (var (path, isEmbed) in new[] { (embedPath, true), (pagePath, false) })
            {
                var document = parser.ParseDocument(File.ReadAllText(path));
                var ids = document.QuerySelectorAll("[id]").Select(e => e.Id).ToHashSet();
                foreach (var link in document.QuerySelectorAll("a[href]"))
                {
                    var href = link.GetAttribute("href")!;
                    var hash = href.IndexOf('#');
                    if (hash > 0 && !href.Contains("://"))
                    {
                        Assert.False(ids.Contains(href[(hash + 1)..]), $"{path}: {href} leaves the page for an element the page holds");
                    }
                    if (isEmbed && !href.StartsWith('#'))
                    {
                        Assert.True(link.GetAttribute("target") == "_top", $"{path}: {href} would open inside the frame");
                    }
                }
            }
        }
    }

    [Fact]
    public void Embed_pages_are_canonical_to_their_section_unindexed_and_discoverable()
    {
        var parser = new HtmlParser();
        foreach (var section in Sections())
        {
            var embed = parser.ParseDocument(File.ReadAllText(Path.Combine(File_(section.GetProperty("embed_url").GetString()!), "index.html")));
            var page = parser.ParseDocument(File.ReadAllText(Path.Combine(File_(section.GetProperty("url").GetString()!), "index.html")));

            Assert.EndsWith(section.GetProperty("url").GetString()!, embed.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal("noindex", embed.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
            Assert.Single(embed.QuerySelectorAll("article"));
            Assert.All(embed.QuerySelectorAll(".embed-header a"), a => Assert.Equal("_top", a.GetAttribute("target")));
            foreach (var document in new[] { embed, page })
            {
                var discovery = document.QuerySelector("link[rel=alternate][type='application/json+oembed']")?.GetAttribute("href");
                Assert.EndsWith(section.GetProperty("oembed_url").GetString()!, discovery);
            }
            Assert.Contains(section.GetProperty("embed_url").GetString()!, page.QuerySelector(".embed-code")!.TextContent); // every section page offers the snippet
        }
    }

    [Fact]
    public void The_fidelity_contract_holds_on_embed_pages_too()
    {
        var seed = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Single();
        foreach (var section in Sections())
        {
            var embed = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(File_(section.GetProperty("embed_url").GetString()!), "index.html")));
            var article = embed.QuerySelector("article")!; // asserted single above
            Assert.Equal(Fidelity.SeedText(seed, article.GetAttribute("data-lines")!), Fidelity.ArticleText(article));
        }
    }
}
