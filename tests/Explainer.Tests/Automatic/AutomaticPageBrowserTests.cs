using Explainer.Engine;
using Explainer.Preview;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Automatic;

/// <summary>
/// The pages of a seed with no editorial files, with their automatic chart, timeline and 「本文提及」:
/// no Nu Html Checker error, no axe violation at a phone's width and a desktop's, and no
/// Content-Security-Policy violation or console error under netlify.toml's headers.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class AutomaticPageBrowserTests(BuiltSite site) : IAsyncLifetime
{
    private readonly AutomaticSite _automatic = new();
    private SiteServer? _server;

    public async ValueTask InitializeAsync()
    {
        await _automatic.BuildAsync();
        var rules = NetlifyRules.Read(Path.Combine(RepoPaths.Root, "netlify.toml"), new DiagnosticBag());
        _server = SiteServer.Start(_automatic.Output, "127.0.0.1", rules);
    }

    public async ValueTask DisposeAsync()
    {
        await (_server?.DisposeAsync() ?? ValueTask.CompletedTask);
        _automatic.Dispose();
    }

    private static string[] Urls(SiteIndex index)
    {
        var explainer = index.Explainers.Single();
        return [explainer.Url, .. explainer.Sections.Select(s => s.Url), $"/embed{explainer.Sections[0].Url}"];
    }

    [Fact]
    public async Task Every_page_has_no_Nu_Html_Checker_errors()
    {
        var messages = await Vnu.CheckAsync(_automatic.Output, [_automatic.Output], TestContext.Current.CancellationToken);

        var errors = messages.Where(m => m.Type is "error" or "non-document-error").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Every_page_has_no_axe_violations_and_no_policy_violation(int width)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var failures = new List<string>();
        foreach (var url in Urls(SiteIndex.Load(_automatic.Output)))
        {
            var chromium = await site.BrowserAsync(cancellationToken);
            await using (var tab = await BrowserTab.OpenAsync(chromium, _server!.UrlFor(url), width, 900))
            {
                // Chromium reports a policy violation during load on the console, which PageProblems records.
                failures.AddRange(tab.Problems.Snapshot().Select(p => $"{url}: {p}"));
            }
            // axe is injected as a script, which the policy rightly refuses: this tab bypasses it.
            await using var audited = await BrowserTab.OpenAsync(chromium, _server!.UrlFor(url), width, 900, bypassCsp: true);
            failures.AddRange((await Axe.RunAsync(audited.Page, cancellationToken)).Select(v => $"{url} at {width}px: {v}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_automatic_chart_and_timeline_fit_the_column_without_horizontal_scrolling(int width)
    {
        var explainer = SiteIndex.Load(_automatic.Output).Explainers.Single();
        var chromium = await site.BrowserAsync(TestContext.Current.CancellationToken);
        await using var tab = await BrowserTab.OpenAsync(chromium, _server!.UrlFor(explainer.Url), width, 900);

        var overflow = await tab.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow}px at {width}px");
        Assert.True(await tab.Page.Locator("#chart-figures .chart-automatic").IsVisibleAsync());
        Assert.True(await tab.Page.Locator("#timeline .chart-automatic").IsVisibleAsync());
        Assert.True(await tab.Page.Locator("section.mentioned").IsVisibleAsync());
    }
}
