using Microsoft.Playwright;

namespace Explainer.Tests.Harness;

/// <summary>
/// One page of the built site open in its own browser context, with its problems being recorded from
/// before the first request. Disposing closes the context, so tests never share cookies or cache.
/// </summary>
public sealed class BrowserTab : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private BrowserTab(IBrowserContext context, IPage page, PageProblems problems)
    {
        _context = context;
        Page = page;
        Problems = problems;
    }

    public IPage Page { get; }

    public PageProblems Problems { get; }

    /// <summary>Opens <paramref name="url"/> in a new context and waits until the network is idle.</summary>
    public static async Task<BrowserTab> OpenAsync(ChromiumSession chromium, Uri url, int width, int height, bool bypassCsp = false, bool javaScriptEnabled = true)
    {
        var context = await chromium.NewContextAsync(width, height, bypassCsp, javaScriptEnabled);
        try
        {
            var page = await context.NewPageAsync();
            var problems = PageProblems.Watch(page);
            // NetworkIdle rather than Load: requests a script makes after load must be seen as well.
            await page.GotoAsync(
                url.ToString(),
                new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            return new BrowserTab(context, page, problems);
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
