namespace Explainer.Tests.Harness;

/// <summary>
/// The browser tests pass only if nothing is reported, so check that the recorder and axe do report
/// problems on a hand-made page that has them.
/// </summary>
public sealed class BrowserHarnessTests
{
    // The same policy the site uses: an inline script (such as an injected axe) is refused unless CSP is bypassed.
    private const string StrictCsp = "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self'\">\n";

    [Fact]
    public async Task Page_problems_include_script_errors_and_missing_files()
    {
        using var site = new TempSite(
            ("index.html", TempSite.Page("broken", "<img src=\"/missing.png\" alt=\"gone\"><script src=\"/boom.js\"></script>")),
            ("boom.js", "throw new Error('boom from the test page');"));
        await using var server = SiteServer.Start(site.Root);
        await using var chromium = await Chromium.LaunchAsync(TestContext.Current.CancellationToken);

        await using var tab = await BrowserTab.OpenAsync(chromium, server.UrlFor("/"), 1280, 800);

        var problems = tab.Problems.Snapshot();
        Assert.Contains(problems, p => p.StartsWith("page error:", StringComparison.Ordinal) && p.Contains("boom from the test page"));
        Assert.Contains(problems, p => p.StartsWith("HTTP 404:", StringComparison.Ordinal) && p.Contains("/missing.png"));
    }

    [Fact]
    public async Task A_clean_page_has_no_problems()
    {
        using var site = new TempSite(("index.html", TempSite.Page("clean", "<main><h1>clean</h1></main>", StrictCsp)));
        await using var server = SiteServer.Start(site.Root);
        await using var chromium = await Chromium.LaunchAsync(TestContext.Current.CancellationToken);

        await using var tab = await BrowserTab.OpenAsync(chromium, server.UrlFor("/"), 1280, 800);

        Assert.True(tab.Problems.Snapshot().Count == 0, string.Join("\n", tab.Problems.Snapshot()));
    }

    [Fact]
    public async Task Axe_reports_an_image_without_alt_text_despite_a_strict_csp()
    {
        using var site = new TempSite(
            ("index.html", TempSite.Page("axe", "<main><h1>axe</h1><img src=\"/dot.svg\"></main>", StrictCsp)),
            ("dot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>"));
        await using var server = SiteServer.Start(site.Root);
        await using var chromium = await Chromium.LaunchAsync(TestContext.Current.CancellationToken);
        await using var tab = await BrowserTab.OpenAsync(chromium, server.UrlFor("/"), 1280, 800, bypassCsp: true);

        var violations = await Axe.RunAsync(tab.Page, TestContext.Current.CancellationToken);

        var missingAlt = Assert.Single(violations, v => v.Id == "image-alt");
        Assert.Equal("img", Assert.Single(missingAlt.Targets));
    }
}
