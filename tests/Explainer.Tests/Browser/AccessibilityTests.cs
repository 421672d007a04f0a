using Explainer.Tests.Harness;

namespace Explainer.Tests.Browser;

/// <summary>axe-core, run in Chromium, on every kind of page at a phone's width and a desktop's.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class AccessibilityTests(BuiltSite site)
{
    public static TheoryData<int> Widths => [375, 1280];

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Every_kind_of_page_has_no_axe_violations(int width)
    {
        var explainer = site.Index.Explainers[0];
        var profile = Directory.GetDirectories(Path.Combine(site.OutputPath, "profiles")).Order(StringComparer.Ordinal).First();
        string[] urls =
        [
            "/", explainer.Url, explainer.Sections[0].Url, explainer.Sections[^1].Url, "/404.html",
            "/profiles/", $"/profiles/{Path.GetFileName(profile)}/",
            $"/embed{explainer.Sections[1].Url}",
            // The Simplified edition: every kind of page again.
            "/zh-hans/", $"/zh-hans{explainer.Url}", $"/zh-hans{explainer.Sections[0].Url}", "/zh-hans/404.html",
            "/zh-hans/profiles/", $"/zh-hans/profiles/{Path.GetFileName(profile)}/", $"/zh-hans/embed{explainer.Sections[1].Url}",
        ];
        var cancellationToken = TestContext.Current.CancellationToken;
        var failures = new List<string>();
        foreach (var url in urls)
        {
            var chromium = await site.BrowserAsync(cancellationToken);
            await using var tab = await BrowserTab.OpenAsync(chromium, site.Server.UrlFor(url), width, 900, bypassCsp: true);
            failures.AddRange((await Axe.RunAsync(tab.Page, cancellationToken)).Select(v => $"{url} at {width}px: {v}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
