using Explainer.Engine;
using Explainer.Preview;
using Explainer.Tests.Harness;
using Microsoft.Playwright;

namespace Explainer.Tests.Browser;

/// <summary>
/// A section embedded by another site, across two origins: the site on 127.0.0.1 (served with the
/// headers of netlify.toml), the host page on localhost.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class EmbedTests(BuiltSite site) : IAsyncLifetime
{
    private SiteServer? _framedSite;
    private SiteServer? _host;
    private TempSite? _hostFolder;

    private string EmbedPath => site.Index.Explainers[0].Url.Replace("/meta-ai-power-struggle/", "/embed/meta-ai-power-struggle/", StringComparison.Ordinal) + "divide/";

    public ValueTask InitializeAsync()
    {
        var rules = NetlifyRules.Read(Path.Combine(RepoPaths.Root, "netlify.toml"), new DiagnosticBag());
        _framedSite = SiteServer.Start(site.OutputPath, "127.0.0.1", rules);
        var embed = _framedSite.UrlFor(EmbedPath);
        var explainer = _framedSite.UrlFor(site.Index.Explainers[0].Url);
        _hostFolder = new TempSite(
            ("embed.html", TempSite.Page("host", $"<h1>Host</h1><div data-explainer-embed=\"{embed}\" data-title=\"嵌入的段落\"></div><script src=\"{_framedSite.UrlFor("/embed.js")}\"></script>")),
            ("frame-whole.html", TempSite.Page("host", $"<h1>Host</h1><iframe src=\"{explainer}\" title=\"整篇解讀\"></iframe>")));
        _host = SiteServer.Start(_hostFolder.Root, "localhost");
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await (_host?.DisposeAsync() ?? ValueTask.CompletedTask);
        await (_framedSite?.DisposeAsync() ?? ValueTask.CompletedTask);
        _hostFolder?.Dispose();
    }

    private async Task<BrowserTab> OpenHostAsync(string page, int width) =>
        await BrowserTab.OpenAsync(await site.BrowserAsync(TestContext.Current.CancellationToken), _host!.UrlFor("/" + page), width, 900);

    /// <summary>The iframe's height on the host page, and its content's height inside it.</summary>
    private static async Task<(double Frame, double Content)> HeightsAsync(IPage page)
    {
        var frame = await page.EvaluateAsync<double>("() => document.querySelector('iframe').getBoundingClientRect().height");
        var inner = page.Frames.First(f => f != page.MainFrame);
        var content = await inner.EvaluateAsync<double>("() => document.documentElement.getBoundingClientRect().height");
        return (frame, content);
    }

    /// <summary>Waits (bounded) for the loader to size the iframe to its content; sizing is asynchronous by nature.</summary>
    private static async Task<(double Frame, double Content)> SettledAsync(IPage page)
    {
        var heights = await HeightsAsync(page);
        for (var i = 0; i < 100 && Math.Abs(heights.Frame - Math.Ceiling(heights.Content)) > 1; i++)
        {
            await page.WaitForTimeoutAsync(100);
            heights = await HeightsAsync(page);
        }
        return heights;
    }

    [Fact]
    public async Task The_loader_sizes_the_iframe_to_its_content_and_follows_it_when_the_viewport_narrows()
    {
        await using var tab = await OpenHostAsync("embed.html", 1280);
        var iframe = tab.Page.Locator("iframe");
        await Microsoft.Playwright.Assertions.Expect(iframe).ToHaveAttributeAsync("title", "嵌入的段落");
        await Microsoft.Playwright.Assertions.Expect(iframe).ToHaveAttributeAsync("loading", "lazy");

        var wide = await SettledAsync(tab.Page);
        Assert.Equal(Math.Ceiling(wide.Content), wide.Frame, 1.0);
        var inner = tab.Page.Frames.First(f => f != tab.Page.MainFrame);
        Assert.True(await inner.EvaluateAsync<bool>("() => document.documentElement.scrollHeight <= window.innerHeight + 1"), "the embed scrolls inside its iframe");

        await tab.Page.SetViewportSizeAsync(375, 900);
        var narrow = await SettledAsync(tab.Page);
        Assert.True(narrow.Frame > wide.Frame, $"the iframe stayed {wide.Frame}px high at 375px (now {narrow.Frame}px)");
        Assert.Equal(Math.Ceiling(narrow.Content), narrow.Frame, 1.0);
        Assert.Empty(tab.Problems.Snapshot());
    }

    [Fact]
    public async Task A_height_message_from_another_window_is_ignored()
    {
        await using var tab = await OpenHostAsync("embed.html", 1280);
        var settled = await SettledAsync(tab.Page);

        await tab.Page.EvaluateAsync("() => window.postMessage({ type: 'explainer:resize', height: 40, url: 'forged' }, '*')");
        await tab.Page.WaitForTimeoutAsync(300);

        Assert.Equal(settled.Frame, (await HeightsAsync(tab.Page)).Frame);
    }

    [Fact]
    public async Task Another_site_may_frame_an_embed_but_not_a_whole_explainer()
    {
        await using var tab = await BrowserTab.OpenAsync(
            await site.BrowserAsync(TestContext.Current.CancellationToken), _host!.UrlFor("/frame-whole.html"), 1280, 900);

        var inner = tab.Page.Frames.FirstOrDefault(f => f != tab.Page.MainFrame);
        Assert.NotNull(inner);
        // A refused frame holds the browser's error page, not the explainer.
        Assert.DoesNotContain("meta-ai-power-struggle", inner.Url);

        await using var embedded = await OpenHostAsync("embed.html", 1280);
        var settled = await SettledAsync(embedded.Page);
        Assert.True(settled.Content > 200, $"the embed did not render inside the host page ({settled.Content}px)");
        using var client = new HttpClient();
        var response = await client.GetAsync(_framedSite!.UrlFor(EmbedPath), TestContext.Current.CancellationToken);
        Assert.Contains("frame-ancestors *", string.Join(" ", response.Headers.GetValues("Content-Security-Policy")));
    }
}
