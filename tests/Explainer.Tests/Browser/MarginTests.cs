using Explainer.Tests.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Explainer.Tests.Browser;

/// <summary>Profile cards and sidenotes as readers reach them: mouse, keyboard, touch, no JavaScript.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class MarginTests(BuiltSite site)
{
    private const string Triggers = "article a.mention[href^='#'], article a.note-ref";

    private string ExplainerUrl => site.Index.Explainers[0].Url;

    private async Task<BrowserTab> OpenAsync(int width, bool javaScript = true) =>
        await BrowserTab.OpenAsync(
            await site.BrowserAsync(TestContext.Current.CancellationToken), site.Server.UrlFor(ExplainerUrl), width, 900, javaScriptEnabled: javaScript);

    /// <summary>Each trigger's href and the element it leads to.</summary>
    private static async Task<List<(ILocator Link, ILocator Target, string Id)>> TriggersAsync(IPage page)
    {
        var links = page.Locator(Triggers);
        var count = await links.CountAsync();
        Assert.True(count > 0, "the explainer has no mentions or note numbers to test");
        var result = new List<(ILocator, ILocator, string)>();
        for (var i = 0; i < count; i++)
        {
            var link = links.Nth(i);
            var id = (await link.GetAttributeAsync("href"))!.TrimStart('#'); // every trigger is a fragment link
            result.Add((link, page.Locator($"[id='{id}']"), id));
        }
        return result;
    }

    [Fact]
    public async Task On_wide_screens_each_card_and_note_stands_in_the_margin_or_opens_at_its_reference_and_says_so()
    {
        await using var tab = await OpenAsync(1280);
        var folded = 0;

        foreach (var (link, target, id) in await TriggersAsync(tab.Page))
        {
            if (await target.IsVisibleAsync())
            {
                continue;
            }
            folded++;
            await Expect(link).ToHaveAttributeAsync("aria-expanded", "false");
            await Expect(link).ToHaveAttributeAsync("aria-controls", id);
            await link.FocusAsync();
            await Expect(target).ToBeVisibleAsync();
            await Expect(link).ToHaveAttributeAsync("aria-expanded", "true");
            await tab.Page.Keyboard.PressAsync("Escape");
            await Expect(target).ToBeHiddenAsync();
        }
        Assert.True(folded > 0, "no card or note is folded at 1280 px: this test no longer tests anything");
        Assert.Empty(tab.Problems.Snapshot());
    }

    [Fact]
    public async Task Tab_reaches_every_mention_and_note_number()
    {
        await using var tab = await OpenAsync(375);
        var expected = (await TriggersAsync(tab.Page)).Select(t => t.Id).ToHashSet();
        var reached = new HashSet<string>();

        for (var presses = 0; presses < 400 && !expected.IsSubsetOf(reached); presses++)
        {
            await tab.Page.Keyboard.PressAsync("Tab");
            var href = await tab.Page.EvaluateAsync<string?>("() => document.activeElement?.matches(\"a.mention[href^='#'], a.note-ref\") ? document.activeElement.getAttribute('href') : null");
            if (href is not null)
            {
                reached.Add(href.TrimStart('#'));
            }
        }

        Assert.Empty(expected.Except(reached));
    }

    [Fact]
    public async Task On_a_phone_focus_opens_each_card_and_note_next_to_its_paragraph_and_Escape_closes_it()
    {
        await using var tab = await OpenAsync(375);

        foreach (var (link, target, id) in await TriggersAsync(tab.Page))
        {
            await Expect(target).ToBeHiddenAsync();
            await link.FocusAsync();
            await Expect(target).ToBeVisibleAsync();
            await Expect(link).ToHaveAttributeAsync("aria-expanded", "true");
            var besideItsParagraph = await target.EvaluateAsync<bool>("t => t.closest('.margin').previousElementSibling?.tagName === 'P'");
            Assert.True(besideItsParagraph, $"#{id} does not follow its paragraph");

            await tab.Page.Keyboard.PressAsync("Escape");
            await Expect(target).ToBeHiddenAsync();
            await Expect(link).ToBeFocusedAsync();
            await Expect(link).ToHaveAttributeAsync("aria-expanded", "false");
        }
        Assert.Empty(tab.Problems.Snapshot());
    }

    [Fact]
    public async Task On_a_phone_a_tap_keeps_a_note_open_until_tapped_again()
    {
        await using var tab = await OpenAsync(375);
        var (link, target, _) = (await TriggersAsync(tab.Page)).First(t => t.Id.StartsWith("note-", StringComparison.Ordinal));

        await link.ClickAsync();
        await tab.Page.Mouse.MoveAsync(1, 1);
        await Expect(target).ToBeVisibleAsync();
        await link.ClickAsync();
        await Expect(target).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Without_javascript_every_card_and_note_is_still_reached_by_its_link()
    {
        await using var tab = await OpenAsync(375, javaScript: false);

        foreach (var (link, target, id) in await TriggersAsync(tab.Page))
        {
            await link.ClickAsync();
            await Expect(target).ToBeVisibleAsync();
            await Expect(target).ToBeInViewportAsync();
            Assert.EndsWith("#" + id, tab.Page.Url);
        }
    }
}
