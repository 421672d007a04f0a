using Explainer.Tests.Harness;
using Microsoft.Playwright;

namespace Explainer.Tests.Preview;

/// <summary>What an editor sees in Chromium while the preview rebuilds: the overlay, its clearing, the reload.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class PreviewBrowserTests(BuiltSite builtSite) : PreviewSiteTests
{
    private const string Overlay = "#explainer-build-overlay";
    /// <summary>Opens a page and waits until its event stream is connected (the stream never lets the network go idle).</summary>
    private async Task<(IBrowserContext Context, IPage Page, PageProblems Problems)> OpenAsync(string url)
    {
        var chromium = await builtSite.BrowserAsync(TestContext.Current.CancellationToken);
        var context = await chromium.NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        await page.GotoAsync(new Uri(Site.Server.Address, url).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        for (var i = 0; i < 300 && Site.Server.Site.Events.ListenerCount == 0; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.True(Site.Server.Site.Events.ListenerCount > 0, "the page never opened its event stream");
        return (context, page, problems);
    }

    [Fact]
    public async Task A_broken_layout_shows_an_overlay_naming_the_file_over_the_last_good_page_and_fixing_it_clears_it()
    {
        var (context, page, problems) = await OpenAsync(Site.ExplainerUrl);
        await using var _ = context;
        var layout = Path.Combine(Site.Theme, "layouts", "base.sbn");
        var good = File.ReadAllText(layout);

        File.WriteAllText(layout, good.Replace("{{ content }}", "{{ content ", StringComparison.Ordinal));
        var overlay = page.Locator(Overlay);
        await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        Assert.Contains("base.sbn(", await overlay.InnerTextAsync());
        Assert.Equal("/_explainer/report/", await overlay.Locator("a").GetAttributeAsync("href"));
        Assert.Equal(1, await page.Locator("article").CountAsync());

        File.WriteAllText(layout, good);
        await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        Assert.Empty(problems.Snapshot()); // no CSP violation, script error or failed request along the way
    }

    [Fact]
    public async Task A_seed_edit_reloads_the_open_page_with_the_new_text()
    {
        var (context, page, problems) = await OpenAsync(Site.ExplainerUrl);
        await using var _ = context;

        File.AppendAllText(Site.SeedFile, "\n\n瀏覽器裡看到的新段落。\n");

        await page.Locator("article").GetByText("瀏覽器裡看到的新段落。").WaitForAsync();
        Assert.Empty(problems.Snapshot());
    }
}
