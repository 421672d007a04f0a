using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Explainer.Engine;
using Explainer.Preview;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Site;

/// <summary>N seeds give N explainers with no code change; old slugs keep working.</summary>
public sealed class ManySeedsTests : IDisposable
{
    private readonly SiteBuilds _builds = new();

    public void Dispose() => _builds.Dispose();

    private static string RealSeed => Directory.GetFiles(RepoPaths.Seeds, "*.txt").Single();

    /// <summary>The real seed with another English subtitle (so another slug) and a changed figure.</summary>
    private static string Variant(string subtitle, string figure)
    {
        var lines = File.ReadAllLines(RealSeed).ToList();
        lines[1] = subtitle;
        return string.Join("\n", lines).Replace("20億美元", figure + "億美元", StringComparison.Ordinal) + "\n";
    }

    private string ThreeSeeds()
    {
        var seeds = _builds.Copy(RepoPaths.Seeds, "seeds");
        File.WriteAllText(Path.Combine(seeds, "second.txt"), Variant("A second story about compute", "25"));
        File.WriteAllText(Path.Combine(seeds, "第三篇 報導.txt"), Variant("A third story about budgets", "30"));
        return seeds;
    }

    [Fact]
    public async Task Three_seeds_give_three_explainers_on_the_home_page_in_the_sitemap_and_both_feeds_and_build_byte_identically()
    {
        var seeds = ThreeSeeds();
        var first = Path.Combine(_builds.Root, "first");
        var second = Path.Combine(_builds.Root, "second");

        var result = await _builds.BuildAsync(seeds: seeds, output: first);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True((await _builds.BuildAsync(seeds: seeds, output: second)).Succeeded);
        Assert.Equal(SiteBuilds.Snapshot(first), SiteBuilds.Snapshot(second));

        var index = SiteIndex.Load(first);
        Assert.Equal(3, index.Explainers.Count);
        Assert.Equal(3, index.Explainers.Select(e => e.Slug).Distinct().Count());
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(first, "index.html")));
        var listed = home.QuerySelectorAll(".explainer-list > li").ToList();
        Assert.Equal(3, listed.Count);
        foreach (var explainer in index.Explainers)
        {
            var item = listed.Single(li => li.QuerySelector("h2 a")!.GetAttribute("href") == explainer.Url.TrimStart('/'));
            Assert.Equal(explainer.Sections.Count, item.QuerySelectorAll(".explainer-sections li").Length);
            Assert.Contains($"{explainer.Sections.Count} 段", item.QuerySelector(".explainer-meta")!.TextContent);
            Assert.NotNull(item.QuerySelector(".subtitle"));
        }
        // The dated explainer (input/ gives it a date and notes) comes first and says so.
        Assert.Contains("2026年11月26日", listed[0].TextContent);
        Assert.Contains("則註解", listed[0].TextContent);

        var sitemap = XDocument.Load(Path.Combine(first, "sitemap.xml"));
        var locs = sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")).Select(l => l.Value).ToList();
        using var reader = XmlReader.Create(Path.Combine(first, "feed.xml"));
        var atom = SyndicationFeed.Load(reader);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(first, "feed.json")));
        var jsonItems = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()).ToList();
        foreach (var explainer in index.Explainers)
        {
            var url = "https://explainer.netlify.app" + explainer.Url;
            Assert.Contains(url, locs);
            Assert.Contains(atom.Items, i => i.Id == url);
            Assert.Contains(url, jsonItems);
        }
        // Undated seeds are named, not silently dated.
        Assert.Equal(2, result.Diagnostics.Count(d => d.Severity == Severity.Info && d.Message.Contains("has no date", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Two_seeds_with_one_slug_fail_naming_both()
    {
        var seeds = _builds.Copy(RepoPaths.Seeds, "seeds");
        File.WriteAllText(Path.Combine(seeds, "copy.txt"), Variant("Another story", "25"));
        var input = _builds.EmptyFolder("input");
        Directory.CreateDirectory(Path.Combine(input, "copy"));
        File.WriteAllText(Path.Combine(input, "copy", "explainer.yml"), "slug: same-slug\n");
        Directory.CreateDirectory(Path.Combine(input, Path.GetFileNameWithoutExtension(RealSeed)));
        File.WriteAllText(Path.Combine(input, Path.GetFileNameWithoutExtension(RealSeed), "explainer.yml"), "slug: same-slug\n");

        var result = await _builds.BuildAsync(seeds: seeds, input: input);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("same-slug", error.Message);
        Assert.Contains(Path.GetFileName(RealSeed), error.ToString());
        Assert.Contains("copy.txt", error.ToString());
    }

    [Fact]
    public async Task A_renamed_section_redirects_from_its_old_slug_on_netlify_and_in_the_preview()
    {
        var input = _builds.Copy(RepoPaths.Input, "input");
        var settings = Path.Combine(input, Path.GetFileNameWithoutExtension(RealSeed), "explainer.yml");
        var text = File.ReadAllText(settings);
        text = text.Replace("    slug: divide\n", "    slug: divide\n    previous_slugs: [the-divide]\n", StringComparison.Ordinal)
            + "previous_slugs: [meta-power]\n";
        File.WriteAllText(settings, text);

        var result = await _builds.BuildAsync(input: input);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var redirects = File.ReadAllText(Path.Combine(_builds.Output, "_redirects"));
        Assert.Contains("/meta-ai-power-struggle/the-divide/  /meta-ai-power-struggle/divide/  301\n", redirects);
        var router = new SiteRouter(_builds.Output, NetlifyRules.Read(Path.Combine(RepoPaths.Root, "netlify.toml"), new DiagnosticBag()));
        Assert.Equal(new Route(301, Location: "/meta-ai-power-struggle/divide/"), router.Resolve("/meta-ai-power-struggle/the-divide/", ""));
        Assert.Equal(new Route(301, Location: "/meta-ai-power-struggle/divide/"), router.Resolve("/meta-ai-power-struggle/the-divide", ""));
        Assert.Equal(new Route(301, Location: "/meta-ai-power-struggle/divide.md"), router.Resolve("/meta-ai-power-struggle/the-divide.md", ""));
        Assert.Equal(new Route(301, Location: "/embed/meta-ai-power-struggle/divide/"), router.Resolve("/embed/meta-ai-power-struggle/the-divide/", ""));
        Assert.Equal(new Route(301, Location: "/meta-ai-power-struggle/lead/"), router.Resolve("/meta-power/lead/", ""));
        Assert.Equal(404, router.Resolve("/_redirects", "").Status); // Netlify reads it; nobody is served it
    }

    [Fact]
    public async Task A_previous_slug_that_is_a_live_section_is_an_error_naming_the_file()
    {
        var input = _builds.Copy(RepoPaths.Input, "input");
        var settings = Path.Combine(input, Path.GetFileNameWithoutExtension(RealSeed), "explainer.yml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("    slug: divide\n", "    slug: divide\n    previous_slugs: [direction]\n", StringComparison.Ordinal));

        var result = await _builds.BuildAsync(input: input);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("'direction'", StringComparison.Ordinal));
    }
}
