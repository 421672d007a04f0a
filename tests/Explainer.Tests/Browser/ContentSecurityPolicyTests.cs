using Explainer.Engine;
using Explainer.Preview;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Browser;

/// <summary>
/// Every kind of page, served with the headers of netlify.toml (the policy Netlify sends), loads and
/// runs its script in Chromium without a single Content-Security-Policy violation.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class ContentSecurityPolicyTests(BuiltSite site) : IAsyncLifetime
{
    private SiteServer? _server;

    public ValueTask InitializeAsync()
    {
        var rules = NetlifyRules.Read(Path.Combine(RepoPaths.Root, "netlify.toml"), new DiagnosticBag());
        _server = SiteServer.Start(site.OutputPath, "127.0.0.1", rules);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await (_server?.DisposeAsync() ?? ValueTask.CompletedTask);

    public static TheoryData<string> Pages() =>
    [
        "/",
        "/meta-ai-power-struggle/",
        "/meta-ai-power-struggle/divide/",
        "/meta-ai-power-struggle/all-stars/",
        "/embed/meta-ai-power-struggle/divide/?theme=dark",
        "/profiles/",
        "/profiles/alexandr-wang/",
        "/404.html",
        "/zh-hans/meta-ai-power-struggle/",
        "/zh-hans/embed/meta-ai-power-struggle/divide/",
        "/zh-hans/profiles/alexandr-wang/",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_raises_no_policy_violation_under_the_netlify_headers(string path)
    {
        var chromium = await site.BrowserAsync(TestContext.Current.CancellationToken);
        await using var tab = await BrowserTab.OpenAsync(chromium, _server!.UrlFor(path), 1280, 900);
        var response = await tab.Page.ReloadAsync(); // the policy really came with the page
        Assert.Contains("frame-ancestors", (await response!.AllHeadersAsync())["content-security-policy"]);
        await tab.Page.EvaluateAsync("() => { window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI)); }");

        // Use what the script enhances: open a note or card, copy-button snippets, keyboard focus.
        var toggles = tab.Page.Locator("button[aria-expanded]");
        if (await toggles.CountAsync() > 0)
        {
            await toggles.First.ClickAsync();
        }
        for (var i = 0; i < 5; i++)
        {
            await tab.Page.Keyboard.PressAsync("Tab");
        }

        Assert.Empty(await tab.Page.EvaluateAsync<string[]>("() => window.__violations"));
        Assert.Empty(tab.Problems.Snapshot()); // console: "Refused to …" is how Chromium reports a violation during load
    }
}
