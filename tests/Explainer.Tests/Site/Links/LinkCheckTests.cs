using CsCheck;
using Explainer.Engine;
using Explainer.Site;
using Explainer.Site.Links;
using Explainer.Site.Modules;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Site;

/// <summary>The link check reads start tags the way a browser tokenizes them, without building a DOM.</summary>
public sealed class LinkCheckTests : IDisposable
{
    private readonly SiteBuilds _builds = new();

    public void Dispose() => _builds.Dispose();

    [Fact]
    public async Task Broken_links_fragments_and_duplicate_ids_are_errors_at_their_tag_and_text_that_is_not_markup_is_skipped()
    {
        var theme = _builds.Copy(RepoPaths.Theme, "theme");
        var layout = Path.Combine(theme, "layouts", "base.sbn");
        var text = File.ReadAllText(layout);
        const string Broken =
            "<a href=\"nowhere/\">x</a><A\n HREF='#q&amp;r' href=\"#second\">y</A><span id=\"main\"></span>\n" +
            "<!-- <a href=\"#in-comment\"> --><script>var a = '<a href=\"#in-script\">';</script>" +
            "<style>a[href=\"#in-style\"] { color: red }</style><textarea><a href=\"#in-textarea\"></textarea>" +
            "<svg><title>t <a href=\"#in-svg-title\">u</a></title></svg><img src=missing.png alt=x>\n";
        File.WriteAllText(layout, text.Replace("<main id=\"main\">", Broken + "<main id=\"main\">", StringComparison.Ordinal));

        var result = await _builds.BuildAsync(theme: theme);

        Assert.False(result.Succeeded);
        var home = result.Diagnostics.Where(d => d.File.EndsWith("output/index.html", StringComparison.Ordinal)).ToList();
        var first = home.Single(d => d.Message.Contains("nowhere", StringComparison.Ordinal));
        Assert.Equal("link 'nowhere/' points to '/nowhere/', which the site does not have", first.Message);
        Assert.Equal(1, first.Column);
        var fragment = home.Single(d => d.Message.Contains("#q&r", StringComparison.Ordinal));
        Assert.Equal("link '#q&r' points to '#q&r', which '/index.html' does not have", fragment.Message); // first HREF wins, unescaped
        Assert.Equal((first.Line, 25), (fragment.Line, fragment.Column));
        Assert.Contains(home, d => d.Message == "id 'main' is used 2 times on the page");
        Assert.Contains(home, d => d.Message.Contains("'#in-svg-title'", StringComparison.Ordinal)); // svg's title is markup
        Assert.Contains(home, d => d.Message.Contains("'/missing.png'", StringComparison.Ordinal));
        Assert.DoesNotContain(home, d => d.Message.Contains("#second", StringComparison.Ordinal));
        foreach (var skipped in new[] { "in-comment", "in-script", "in-style", "in-textarea" })
        {
            Assert.DoesNotContain(home, d => d.Message.Contains(skipped, StringComparison.Ordinal));
        }
        // The same relative link resolves from each page's own folder.
        var nowhere = result.Diagnostics.Where(d => d.Message.StartsWith("link 'nowhere/'", StringComparison.Ordinal)).Select(d => d.Message).ToHashSet();
        Assert.Contains("link 'nowhere/' points to '/profiles/nowhere/', which the site does not have", nowhere);
        Assert.True(nowhere.Count > 3, string.Join("\n", nowhere));
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
    }

    [Fact]
    public void Relative_links_resolve_as_a_url_parser_resolves_them()
    {
        // The link check walks the theme's plain relative links ("../../profiles/x/#y") itself instead of
        // parsing each as a URL: for any such link from any page, it must find what System.Uri finds.
        var segment = OneOf("..", ".", "", "a", "b-1", "c_d", "x.html", "~e");
        var link = Gen.Select(segment.Array[1, 6], OneOf("", "#p-1", "#note.x:2"), (parts, fragment) => string.Join('/', parts) + fragment);
        var page = OneOf("index.html", "s/index.html", "s/t/index.html", "embed/s/t/index.html", "404.html");
        Gen.Select(page, link).Sample((path, href) =>
        {
            var links = PageLinks.Read(path, $"<a href=\"{href}\">x</a>", new LinkResolutions());

            if (!Uri.TryCreate(new Uri("https://site.invalid/" + path), href, out var resolved))
            {
                Assert.Empty(links.Leaving);
                Assert.Equal($"link '{href}' is not a valid URL", Assert.Single(links.Problems).Message);
                return;
            }
            var target = Uri.UnescapeDataString(resolved.AbsolutePath.TrimStart('/'));
            var fragment = Uri.UnescapeDataString(resolved.Fragment.TrimStart('#'));
            if (resolved.Host != "site.invalid")
            {
                // "//a/…" names another host: not the site's to check.
                Assert.Empty(links.Leaving);
                Assert.Empty(links.Problems);
            }
            else if (SiteUrls.FileOf(target) == path)
            {
                // On the page itself: checked at once (the page has no ids, so a fragment is a problem).
                Assert.Empty(links.Leaving);
                Assert.Equal(fragment.Length > 0 ? 1 : 0, links.Problems.Length);
            }
            else
            {
                var leaving = Assert.Single(links.Leaving);
                Assert.Equal((target, SiteUrls.FileOf(target), fragment), (leaving.Target, leaving.File, leaving.Fragment));
                Assert.Empty(links.Problems);
            }
        }, iter: 2000);
    }

    private static Gen<string> OneOf(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);
}
