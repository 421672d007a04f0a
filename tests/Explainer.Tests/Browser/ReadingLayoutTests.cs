using Explainer.Tests.Harness;

namespace Explainer.Tests.Browser;

/// <summary>The repository's explainer, measured as a reader sees it (see <see cref="ReadingLayout"/>).</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class ReadingLayoutTests(BuiltSite site)
{
    [Theory]
    [InlineData(1024)]
    [InlineData(1280)]
    [InlineData(1600)]
    public async Task On_wide_screens_every_note_and_card_stands_near_its_reference_and_the_text_has_no_holes(int width)
    {
        var chromium = await site.BrowserAsync(TestContext.Current.CancellationToken);
        var problems = new List<string>();
        foreach (var url in ReadingLayout.PagesOf(site.Index.Explainers[0]))
        {
            problems.AddRange(await ReadingLayout.WideProblemsAsync(chromium, site.Server, url, width));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task On_wide_screens_the_explainer_shows_notes_whole_or_brief_in_the_margin()
    {
        var chromium = await site.BrowserAsync(TestContext.Current.CancellationToken);
        await using var tab = await BrowserTab.OpenAsync(chromium, site.Server.UrlFor(site.Index.Explainers[0].Url), 1280, 900);

        // The measurement above would pass on a page that folded everything: most notes stand in the margin.
        var notes = await tab.Page.EvaluateAsync<int[]>("() => { const n = [...document.querySelectorAll('article .margin > .note:not(.note-fix)')]; return [n.length, n.filter(x => x.getClientRects().length > 0).length]; }");
        Assert.True(notes[0] > 10, $"the explainer has only {notes[0]} notes");
        Assert.True(notes[1] * 4 >= notes[0] * 3, $"only {notes[1]} of {notes[0]} notes stand in the margin at 1280 px");
    }

    [Theory]
    [InlineData(320)]
    [InlineData(375)]
    [InlineData(414)]
    public async Task On_phones_the_chart_compute_claims_and_timeline_have_no_text_under_12px_and_no_sideways_scroll(int width)
    {
        var chromium = await site.BrowserAsync(TestContext.Current.CancellationToken);
        var problems = new List<string>();
        foreach (var url in ReadingLayout.PagesOf(site.Index.Explainers[0]))
        {
            problems.AddRange(await ReadingLayout.PhoneProblemsAsync(chromium, site.Server, url, width));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
