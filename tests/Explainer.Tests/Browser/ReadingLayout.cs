using Explainer.Tests.Harness;

namespace Explainer.Tests.Browser;

/// <summary>
/// What a reader sees of the layout, measured in Chromium on every kind of page that holds an explainer's
/// text (the explainer, each section, each embed): notes and cards beside their words, no holes in the
/// text column, and charts legible on phones. Each failure names the note or block, the width and the
/// distance, so a regression says where it is.
/// </summary>
public static class ReadingLayout
{
    /// <summary>How far (CSS px) a note or card may stand from its reference's line on a wide screen.</summary>
    public const int Reach = 120;

    /// <summary>The largest vertical gap (CSS px) allowed between consecutive blocks of the text column.</summary>
    public const int LargestGap = 160;

    /// <summary>The smallest text (CSS px) allowed in a chart, the compute claims or the timeline on a phone.</summary>
    public const double SmallestText = 12;

    public static readonly int[] WideWidths = [1024, 1280, 1600];

    public static readonly int[] PhoneWidths = [320, 375, 414];

    /// <summary>The explainer's page, each section's page and each section's embed.</summary>
    public static IEnumerable<string> PagesOf(IndexedExplainer explainer) =>
        [explainer.Url, .. explainer.Sections.Select(s => s.Url), .. explainer.Sections.Select(s => "/embed" + s.Url)];

    // Every card and note (not a correction's reason, which opens on demand at its mark): either it stands
    // in the margin within Reach of its reference's first line, or it is hidden and focusing its reference
    // opens it within Reach of that line. Visible blocks must not overlap one another.
    private const string MeasureMargin = """
        async ([reach]) => {
          const failures = [];
          const article = document.querySelector("article");
          const blocks = [...article.querySelectorAll(".section > .margin > div:not(.note-fix)")];
          for (const block of blocks) {
            const reference = article.querySelector(`a:is(.note-ref, .mention)[href="#${CSS.escape(block.id)}"]`);
            if (!reference) { failures.push(`#${block.id} has no mention or note number in the text`); continue; }
            let where = "in the margin";
            if (block.getClientRects().length === 0) {
              reference.focus();
              where = "opened from its reference";
              if (block.getClientRects().length === 0) {
                failures.push(`#${block.id} neither stands in the margin nor opens when its reference is focused`);
                reference.blur();
                continue;
              }
            }
            const distance = Math.round(block.getBoundingClientRect().top - reference.getClientRects()[0].top);
            if (Math.abs(distance) > reach) {
              failures.push(`#${block.id} (${where}) stands ${distance} px from its reference's line`);
            }
            reference.blur();
          }
          const shown = blocks.filter((b) => b.getClientRects().length > 0)
            .map((b) => ({ id: b.id, box: b.getBoundingClientRect() }))
            .sort((a, b) => a.box.top - b.box.top);
          for (let i = 1; i < shown.length; i++) {
            const [above, below] = [shown[i - 1], shown[i]];
            if (below.box.top < above.box.bottom - 1 && below.box.left < above.box.right && above.box.left < below.box.right) {
              failures.push(`#${below.id} overlaps #${above.id} by ${Math.round(above.box.bottom - below.box.top)} px`);
            }
          }
          return failures;
        }
        """;

    // The text column's blocks in reading order: the header, each section's heading, tools, paragraphs
    // and data blocks (not its margin), and what follows the sections.
    private const string MeasureGaps = """
        async ([largest]) => {
          const article = document.querySelector("article");
          const blocks = [];
          for (const child of article.children) {
            const parts = child.matches("section.section") ? [...child.children].filter((c) => !c.matches(".margin")) : [child];
            blocks.push(...parts.filter((b) => b.getClientRects().length > 0));
          }
          const name = (b) => b.id ? `#${b.id}` : `${b.tagName.toLowerCase()}.${b.className || "?"}`;
          const failures = [];
          for (let i = 1; i < blocks.length; i++) {
            const gap = Math.round(blocks[i].getBoundingClientRect().top - blocks[i - 1].getBoundingClientRect().bottom);
            if (gap > largest) {
              failures.push(`a gap of ${gap} px between ${name(blocks[i - 1])} and ${name(blocks[i])}`);
            }
          }
          return failures;
        }
        """;

    // Every piece of text in a chart, the compute claims and the timeline, at the size it is drawn (an SVG's
    // text scaled with its picture), and any sideways scrolling.
    private const string MeasureCharts = """
        ([smallest]) => {
          const failures = [];
          const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
          if (overflow > 0) failures.push(`the page scrolls sideways by ${overflow} px`);
          const texts = document.querySelectorAll("article :is(.chart, .compute, .timeline) :is(text, tspan, p, a, span, time, th, td, caption, li, del, ins)");
          for (const t of texts) {
            if (![...t.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
            if (t.getClientRects().length === 0) continue;
            let size = parseFloat(getComputedStyle(t).fontSize);
            if (t instanceof SVGElement) {
              const m = t.getScreenCTM();
              size *= Math.hypot(m.a, m.b);
            }
            if (size < smallest - 0.05) {
              const block = t.closest(".chart, .compute, .timeline");
              failures.push(`「${t.textContent.trim().slice(0, 16)}」 in #${block.id} is ${size.toFixed(1)} px`);
            }
          }
          return failures;
        }
        """;

    // What waits for the viewport (content-visibility) is laid out, and its margin placed, as a reader
    // scrolls to it: scroll through the article first, a screen at a time, as a reader would.
    private const string ReadThrough = """
        async () => {
          const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
            scrollTo(0, y);
            await frames();
          }
          scrollTo(0, 0);
          await frames();
        }
        """;

    /// <summary>Problems of the margin and the text column of <paramref name="url"/> at a wide <paramref name="width"/>.</summary>
    public static async Task<List<string>> WideProblemsAsync(ChromiumSession chromium, SiteServer server, string url, int width)
    {
        await using var tab = await BrowserTab.OpenAsync(chromium, server.UrlFor(url), width, 900);
        await tab.Page.EvaluateAsync(ReadThrough);
        var margin = await tab.Page.EvaluateAsync<string[]>(MeasureMargin, new object[] { Reach });
        var gaps = await tab.Page.EvaluateAsync<string[]>(MeasureGaps, new object[] { LargestGap });
        return [.. margin.Concat(gaps).Select(p => $"{url} at {width} px: {p}")];
    }

    /// <summary>Problems of the charts, compute claims and timeline of <paramref name="url"/> at a phone's <paramref name="width"/>.</summary>
    public static async Task<List<string>> PhoneProblemsAsync(ChromiumSession chromium, SiteServer server, string url, int width)
    {
        await using var tab = await BrowserTab.OpenAsync(chromium, server.UrlFor(url), width, 800);
        var charts = await tab.Page.EvaluateAsync<string[]>(MeasureCharts, new object[] { SmallestText });
        return [.. charts.Select(p => $"{url} at {width} px: {p}")];
    }
}
