using Microsoft.Playwright;

namespace Explainer.Tests.Harness;

/// <summary>A running browser and the Playwright driver that owns it; disposing closes both.</summary>
public sealed class ChromiumSession(IPlaywright playwright, IBrowser browser) : IAsyncDisposable
{
    public IBrowser Browser { get; } = browser;

    /// <summary>A fresh, isolated context (no shared cookies or cache) with the given viewport.</summary>
    public Task<IBrowserContext> NewContextAsync(int width, int height, bool bypassCsp = false, bool javaScriptEnabled = true) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BypassCSP = bypassCsp,
            JavaScriptEnabled = javaScriptEnabled,
        });

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync().ConfigureAwait(false);
        playwright.Dispose();
    }
}
