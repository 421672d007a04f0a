using Explainer.Tests.Harness;

namespace Explainer.Tests.Browser;

/// <summary>The 繁／简 switch in Chromium: the same page in the other script, at the reader's place.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class EditionSwitchTests(BuiltSite site)
{
    private IndexedExplainer Explainer => site.Index.Explainers.Single();

    [Fact]
    public async Task The_switch_lands_on_the_same_place_in_the_other_script_and_back()
    {
        var section = Explainer.Sections[2];
        var place = $"{Explainer.Url}#{section.Slug}";
        await using var tab = await site.OpenAsync(place, 1280, 800, TestContext.Current.CancellationToken);

        foreach (var (url, language) in new[] { ("/zh-hans" + place, "zh-Hans"), (place, "zh-Hant") })
        {
            await tab.Page.ClickAsync("nav.edition-switch a");
            await tab.Page.WaitForURLAsync(site.Server.UrlFor(url).ToString());

            Assert.Equal(language, await tab.Page.EvaluateAsync<string>("document.documentElement.lang"));
            // The section the reader was at is at the top of the window again.
            var top = await tab.Page.EvaluateAsync<double>($"document.getElementById('{section.Slug}').getBoundingClientRect().top");
            Assert.InRange(top, -2, 120);
        }
        Assert.True(tab.Problems.Snapshot().Count == 0, string.Join("\n", tab.Problems.Snapshot()));
    }

    [Fact]
    public async Task Without_javascript_the_switch_is_a_plain_link_to_the_other_script()
    {
        var chromium = await site.BrowserAsync(TestContext.Current.CancellationToken);
        var section = Explainer.Sections[1];
        await using var tab = await BrowserTab.OpenAsync(chromium, site.Server.UrlFor("/embed" + section.Url), 600, 800, javaScriptEnabled: false);

        await tab.Page.ClickAsync("nav.edition-switch a");
        await tab.Page.WaitForURLAsync(site.Server.UrlFor("/zh-hans/embed" + section.Url).ToString());

        Assert.Equal("zh-Hans", await tab.Page.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Equal("繁", await tab.Page.Locator("nav.edition-switch a").TextContentAsync());
    }
}
