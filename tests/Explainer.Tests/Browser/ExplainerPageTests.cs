using System.Text;
using System.Text.RegularExpressions;
using Explainer.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace Explainer.Tests.Browser;

[Collection(BuiltSiteCollection.Name)]
public sealed class ExplainerPageTests(BuiltSite site)
{
    private const string TocLinks = "nav.toc a[href^=\"#\"]";

    public static TheoryData<int, int> Viewports => new() { { 1280, 800 }, { 375, 812 } };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Explainer_page_loads_without_console_errors_or_failed_requests(int width, int height)
    {
        foreach (var explainer in Explainers)
        {
            await using var tab = await OpenAsync(explainer, width, height);

            Assert.True(
                tab.Problems.Snapshot().Count == 0,
                $"{explainer.Url} at {width}×{height}:\n{string.Join("\n", tab.Problems.Snapshot())}");
        }
    }

    [Fact]
    public async Task Table_of_contents_lists_every_section_of_the_index()
    {
        var missing = new List<string>();
        foreach (var explainer in Explainers)
        {
            await using var tab = await OpenAsync(explainer, 1280, 800);
            var entries = await tab.Page.Locator(TocLinks).AllInnerTextsAsync();
            var texts = entries.Select(Fold).ToList();
            missing.AddRange(explainer.Sections
                .Where(section => !texts.Any(text => text.Contains(Fold(section.Title), StringComparison.Ordinal)))
                .Select(section => $"{explainer.Url}: no TOC entry for section '{section.Title}' ({section.Slug}); TOC has: {string.Join(" | ", entries)}"));
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public async Task Each_table_of_contents_link_scrolls_its_section_into_view_and_sets_the_hash()
    {
        foreach (var explainer in Explainers)
        {
            await using var tab = await OpenAsync(explainer, 1280, 800);
            var links = tab.Page.Locator(TocLinks);
            var count = await links.CountAsync();
            Assert.True(count > 0, $"{explainer.Url} has no table of contents ({TocLinks})");

            for (var i = 0; i < count; i++)
            {
                var link = links.Nth(i);
                // a.hash is the fragment as the browser serialises it, so it compares with location.hash.
                var hash = await link.EvaluateAsync<string>("a => a.hash");
                var id = await link.EvaluateAsync<string>("a => decodeURIComponent(a.hash.slice(1))");
                var section = tab.Page.Locator($"article section[id=\"{CssString(id)}\"]");
                Assert.True(
                    await section.CountAsync() == 1,
                    $"{explainer.Url}: TOC link {i + 1} ({hash}) does not point at a <section> inside the <article>");

                await link.ClickAsync();

                await Expect(tab.Page).ToHaveURLAsync(new Regex(Regex.Escape(hash) + "$"));
                await Expect(section).ToBeInViewportAsync();
            }

            Assert.True(tab.Problems.Snapshot().Count == 0, string.Join("\n", tab.Problems.Snapshot()));
        }
    }

    [Theory]
    [InlineData(320)]
    [InlineData(375)]
    public async Task Explainer_page_does_not_overflow_a_phone_width_viewport(int phoneWidth)
    {
        foreach (var explainer in Explainers)
        {
            await using var tab = await OpenAsync(explainer, phoneWidth, 812);
            var scrollWidth = await tab.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scrollWidth > phoneWidth)
            {
                // Name the culprits: "scrollWidth 412" alone sends whoever fixes it hunting.
                var wide = await tab.Page.EvaluateAsync<string[]>(WiderThanViewportScript, phoneWidth);
                Assert.Fail($"{explainer.Url} at {phoneWidth}px is {scrollWidth}px wide; elements past the edge:\n{string.Join("\n", wide)}");
            }
        }
    }

    [Theory]
    [InlineData(412, 823)]  // blocks of the later sections wait, one by one
    [InlineData(1280, 800)] // each later section waits whole
    public async Task The_last_section_waits_to_be_laid_out_until_it_is_scrolled_to(int width, int height)
    {
        foreach (var explainer in Explainers.Where(e => e.Sections.Count > 2))
        {
            await using var tab = await OpenAsync(explainer, width, height);
            var lastLink = tab.Page.Locator(".explainer > .section").Last.Locator(":scope > .section-tools a").First;
            var corrections = tab.Page.Locator(".explainer > .corrections h2");

            // Skipped by content-visibility: the work the page does at load is the first screen's.
            Assert.False(await lastLink.EvaluateAsync<bool>(Rendered), $"{explainer.Url} at {width}px: the last section is laid out at load");
            if (await corrections.CountAsync() > 0)
                Assert.False(await corrections.EvaluateAsync<bool>(Rendered), $"{explainer.Url} at {width}px: the corrections are laid out at load");

            await lastLink.ScrollIntoViewIfNeededAsync();
            await tab.Page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            Assert.True(await lastLink.EvaluateAsync<bool>(Rendered), $"{explainer.Url} at {width}px: the last section stays skipped in view");

            // A contained box clips what paints outside it; its clip margin must hold the focus ring.
            await lastLink.FocusAsync();
            var sizes = await lastLink.EvaluateAsync<double[]>("""
                a => {
                    const own = getComputedStyle(a);
                    let box = a.parentElement;
                    while (box && getComputedStyle(box).contentVisibility !== 'auto') box = box.parentElement;
                    return [parseFloat(own.outlineWidth) + parseFloat(own.outlineOffset), box ? parseFloat(getComputedStyle(box).overflowClipMargin) || 0 : -1];
                }
                """);
            var (ring, clip) = (sizes[0], sizes[1]);
            Assert.True(clip >= 0, $"{explainer.Url} at {width}px: no box around the last section's links waits for the viewport");
            Assert.True(ring > 0, $"{explainer.Url} at {width}px: the focused link shows no focus ring");
            Assert.True(clip >= ring, $"{explainer.Url} at {width}px: a focus ring of {ring}px is clipped by a margin of {clip}px");
        }
    }

    [Fact]
    public async Task On_a_wide_screen_margin_notes_reached_by_an_anchor_stay_put_when_what_is_above_is_laid_out()
    {
        foreach (var explainer in Explainers.Where(e => e.Sections.Count > 2))
        {
            await using var tab = await OpenAsync(explainer, 1280, 800);
            var section = tab.Page.Locator(".explainer > .section").Nth(1);
            var id = await section.Locator(":scope > p[id]").Last.GetAttributeAsync("id");
            await tab.Page.EvaluateAsync("id => document.getElementById(id).scrollIntoView()", id);
            const string Settle = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100))))";
            await tab.Page.EvaluateAsync(Settle);
            const string Margins = """
                () => [...document.querySelectorAll('.explainer > .section')[1].querySelectorAll(':scope > .margin > *')]
                    .map(e => e.id + '@' + Math.round(e.getBoundingClientRect().top + scrollY))
                """;
            var before = await tab.Page.EvaluateAsync<string[]>(Margins);
            Assert.NotEmpty(before);

            // Scroll up through everything above, then back to the anchor.
            for (var y = await tab.Page.EvaluateAsync<int>("() => scrollY"); y > 0; y -= 600)
            {
                await tab.Page.EvaluateAsync("y => window.scrollTo(0, y)", y);
                await tab.Page.EvaluateAsync(Settle);
            }
            await tab.Page.EvaluateAsync("id => document.getElementById(id).scrollIntoView()", id);
            await tab.Page.EvaluateAsync(Settle);
            var after = await tab.Page.EvaluateAsync<string[]>(Margins);
            Assert.Equal(before, after);
        }
    }

    private const string Rendered = "e => e.checkVisibility({ contentVisibilityAuto: true })";

    // Elements reaching past the viewport's edge, and elements whose own content spills out of them
    // (a long unbroken line in a <pre> widens the page while the <pre> box itself fits).
    private const string WiderThanViewportScript = """
        width => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 0.5
                || (e.scrollWidth > e.clientWidth + 0.5 && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0))
            .slice(0, 15)
            .map(e => `<${e.tagName.toLowerCase()}${e.id ? ' id=' + e.id : ''}${e.getAttribute('class') ? ' class=' + e.getAttribute('class') : ''}>`
                + ` right=${Math.round(e.getBoundingClientRect().right)} scrollWidth=${e.scrollWidth}`)
        """;

    /// <summary>The explainers to check; an empty index would make every test here pass vacuously.</summary>
    private IReadOnlyList<IndexedExplainer> Explainers
    {
        get
        {
            Assert.NotEmpty(site.Index.Explainers);
            return site.Index.Explainers;
        }
    }

    private async Task<BrowserTab> OpenAsync(IndexedExplainer explainer, int width, int height) =>
        await site.OpenAsync(explainer.Url, width, height, TestContext.Current.CancellationToken);

    private static string Fold(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormKC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string CssString(string value) => value.Replace("\\", "\\\\").Replace("\"", "\\\"");
}
