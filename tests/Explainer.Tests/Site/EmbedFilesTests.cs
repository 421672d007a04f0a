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
            Assert.Contains("data-explainer-embed=", root.GetProperty("html").GetString());
            Assert.Contains(section.GetProperty("embed_url").GetString()!, root.GetProperty("html").GetString()); // named by the index
            foreach (var field in new[] { "title", "provider_name", "provider_url", "author_name" })
            {
                Assert.False(string.IsNullOrWhiteSpace(root.GetProperty(field).GetString()), field);
            }
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
