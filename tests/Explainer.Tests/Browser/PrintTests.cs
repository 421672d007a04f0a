using System.Text;
using Explainer.Tests.Harness;
using Microsoft.Playwright;

namespace Explainer.Tests.Browser;

/// <summary>The explainer on paper: Chromium's print media and its PDF.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class PrintTests(BuiltSite site)
{
    private async Task<BrowserTab> OpenForPrintAsync(string url)
    {
        var tab = await BrowserTab.OpenAsync(await site.BrowserAsync(TestContext.Current.CancellationToken), site.Server.UrlFor(url), 1280, 900);
        await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        return tab;
    }

    [Fact]
    public async Task Printed_there_is_no_navigation_and_every_note_and_card_is_in_the_flow_whole()
    {
        await using var tab = await OpenForPrintAsync(site.Index.Explainers[0].Url);

        var problems = await tab.Page.EvaluateAsync<string[]>("""
            () => {
              const problems = [];
              for (const nav of document.querySelectorAll(".site-header, .site-footer, .toc, .section-tools, .pager, .breadcrumb, .skip-link")) {
                if (nav.getClientRects().length > 0) problems.push(`${nav.className} is printed`);
              }
              for (const block of document.querySelectorAll("article .margin > div:not(.note-fix)")) {
                const box = block.getBoundingClientRect();
                if (box.height === 0) { problems.push(`#${block.id} is not printed`); continue; }
                if (getComputedStyle(block).position !== "static") problems.push(`#${block.id} is out of the flow`);
                for (const part of block.querySelectorAll(".note-body, .card-why, .card-figures, .sources ol")) {
                  if (part.getClientRects().length === 0 || part.scrollHeight > part.clientHeight + 1) problems.push(`#${block.id} is printed cut short`);
                }
              }
              return problems;
            }
            """);

        Assert.True(problems.Length == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Printed_each_link_to_a_source_is_followed_by_its_address()
    {
        await using var tab = await OpenForPrintAsync(site.Index.Explainers[0].Url);

        var missing = await tab.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll("article a[href^='http']")]
              .filter((a) => !getComputedStyle(a, "::after").content.includes(a.getAttribute("href")))
              .map((a) => a.getAttribute("href"))
            """);
        var count = await tab.Page.Locator("article a[href^='http']").CountAsync();

        Assert.True(count > 10, $"only {count} links to sources in the article");
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Printed_headings_keep_to_their_first_paragraph_and_the_chart_is_grey()
    {
        await using var tab = await OpenForPrintAsync(site.Index.Explainers[0].Url);

        var problems = await tab.Page.EvaluateAsync<string[]>("""
            () => {
              const problems = [];
              for (const h of document.querySelectorAll("article h1, article h2")) {
                if (getComputedStyle(h).breakAfter !== "avoid") problems.push(`${h.textContent} may end a page`);
              }
              // What stands between a heading and its first paragraph (notes, cards) keeps to the paragraph too.
              for (const m of document.querySelectorAll("article .section > .margin")) {
                if (getComputedStyle(m).breakAfter !== "avoid") problems.push(`the notes before #${m.nextElementSibling?.id} may end a page`);
              }
              const grey = (colour) => {
                const [r, g, b] = colour.match(/\d+(\.\d+)?/g).map(Number);
                return r === g && g === b;
              };
              for (const mark of document.querySelectorAll(".chart :is(.chart-dot, .chart-bar, .chart-range)")) {
                const style = getComputedStyle(mark);
                const paint = mark.matches(".chart-range") ? style.stroke : style.fill;
                if (!grey(paint)) problems.push(`a ${mark.getAttribute("class")} prints in ${paint}`);
              }
              return problems;
            }
            """);

        Assert.True(problems.Length == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Chromium_prints_the_explainer_to_a_PDF_of_several_pages()
    {
        await using var tab = await OpenForPrintAsync(site.Index.Explainers[0].Url);

        var pdf = await tab.Page.PdfAsync(new PagePdfOptions { Format = "A4" });
        var text = Encoding.Latin1.GetString(pdf);
        var pages = System.Text.RegularExpressions.Regex.Matches(text, @"/Type\s*/Page[^s]").Count;

        Assert.StartsWith("%PDF-", text);
        Assert.True(pages >= 4, $"the PDF has {pages} pages");
    }
}
