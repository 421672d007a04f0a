using Explainer.Engine;
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
        // The same relative link resolves from each page's own folder (resolutions are shared per folder only).
        var nowhere = result.Diagnostics.Where(d => d.Message.StartsWith("link 'nowhere/'", StringComparison.Ordinal)).Select(d => d.Message).ToHashSet();
        Assert.Contains("link 'nowhere/' points to '/profiles/nowhere/', which the site does not have", nowhere);
        Assert.True(nowhere.Count > 3, string.Join("\n", nowhere));
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
    }
}
