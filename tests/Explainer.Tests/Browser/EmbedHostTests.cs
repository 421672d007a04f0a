using System.Text.Json;
using Explainer.Engine;
using Explainer.Preview;
using Explainer.Tests.Harness;
using Microsoft.Playwright;

namespace Explainer.Tests.Browser;

/// <summary>
/// A section where people paste it, across two origins (the site on 127.0.0.1 with netlify.toml's
/// headers, the host pages on localhost): a plain iframe at a fixed height, the oEmbed snippet with
/// its loader, and the oEmbed answer as WordPress publishes it (only the iframe, sandboxed, with a
/// secret; <see cref="WordPressEmbed"/>) beside a listener that behaves as WordPress's wp-embed.js.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class EmbedHostTests(BuiltSite site) : IAsyncLifetime
{
    private const string Recorder = """
        <script>
        window.received = [];
        window.addEventListener("message", (event) => window.received.push(JSON.parse(JSON.stringify(event.data ?? null))));
        </script>
        """;

    private const string DarkHost = "color-scheme: dark; background: rgb(34, 34, 34); color: white";

    private SiteServer? _framedSite;
    private SiteServer? _host;
    private TempSite? _hostFolder;
    private readonly Dictionary<string, (string Secret, string CanonicalUrl)> _wordPress = [];

    private sealed record Section(string Slug, string EmbedUrl, string OEmbedPath, string CanonicalUrl);

    /// <summary>Every section, from /index.json (its URLs are root-relative).</summary>
    private IReadOnlyList<Section> Sections()
    {
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputPath, "index.json")));
        return [.. index.RootElement.GetProperty("explainers").EnumerateArray()
            .SelectMany(e => e.GetProperty("sections").EnumerateArray())
            .Select(s => new Section(
                s.GetProperty("slug").GetString()!, // every field below is written for every section
                _framedSite!.UrlFor(s.GetProperty("embed_url").GetString()!).ToString(),
                s.GetProperty("oembed_url").GetString()!,
                s.GetProperty("url").GetString()!))];
    }

    /// <summary>The oEmbed answer's html, its addresses on the test's server.</summary>
    private string OEmbedHtml(Section section)
    {
        using var oembed = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputPath, section.OEmbedPath.TrimStart('/'))));
        var html = oembed.RootElement.GetProperty("html").GetString()!;
        return html.Replace(BaseUrl(), _framedSite!.BaseAddress.ToString().TrimEnd('/'), StringComparison.Ordinal);
    }

    private string BaseUrl()
    {
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputPath, "index.json")));
        return index.RootElement.GetProperty("site").GetProperty("base_url").GetString()!;
    }

    private Section Divide => Sections().Single(s => s.Slug == "divide");

    public ValueTask InitializeAsync()
    {
        var rules = NetlifyRules.Read(Path.Combine(RepoPaths.Root, "netlify.toml"), new DiagnosticBag());
        _framedSite = SiteServer.Start(site.OutputPath, "127.0.0.1", rules);
        var divide = Divide;
        var pages = new List<(string, string)>
        {
            ("plain.html", TempSite.Page("host", $"<h1>Host</h1><iframe src=\"{divide.EmbedUrl}\" title=\"嵌入的段落\" width=\"100%\" height=\"900\" style=\"border:0\" loading=\"lazy\"></iframe>{Recorder}")),
            ("oembed.html", TempSite.Page("host", $"<h1>Host</h1>{OEmbedHtml(divide)}")),
            ("theme-dark.html", TempSite.Page("host", $"<h1>Host</h1><iframe src=\"{divide.EmbedUrl}?theme=dark\" title=\"深色\" width=\"100%\" height=\"300\" style=\"border:0\"></iframe>")),
            ("theme-light.html", TempSite.Page("host", $"<h1>Host</h1><iframe src=\"{divide.EmbedUrl}?theme=light\" title=\"淺色\" width=\"100%\" height=\"300\" style=\"border:0\"></iframe>", $"<style>html {{ {DarkHost} }}</style>\n")),
            ("dark-host.html", TempSite.Page("host", $"<h1>Host</h1>{OEmbedHtml(divide)}", $"<style>html {{ {DarkHost} }}</style>\n")),
            ("undeclared-dark-host.html", TempSite.Page("host", $"<h1>Host</h1>{OEmbedHtml(divide)}", "<style>html { background: rgb(34, 34, 34); color: white }</style>\n")),
        };
        var lead = Sections().First(s => s.Slug != divide.Slug);
        pages.Add(("two-snippets.html", TempSite.Page("host", $"<h1>Host</h1>{OEmbedHtml(divide)}<p>Between</p>{OEmbedHtml(lead)}")));
        // wp-embed.js gives an iframe of its class without a secret one, by changing the fragment of its src.
        var late = WordPressEmbed.Filter(OEmbedHtml(divide), "Late123456")!.Replace("#?secret=Late123456", "", StringComparison.Ordinal).Replace(" data-secret=\"Late123456\"", "", StringComparison.Ordinal);
        pages.Add(("wordpress-late-secret.html", TempSite.Page("host", $"<h1>Host</h1>{late}{WordPressEmbed.HostScript}"
            + "<script>window.addEventListener('load', () => { const f = document.querySelector('iframe.wp-embedded-content'); f.src += '#?secret=Late123456'; f.setAttribute('data-secret', 'Late123456'); });</script>")));
        foreach (var section in Sections())
        {
            var secret = WordPressEmbed.NewSecret();
            var published = WordPressEmbed.Filter(OEmbedHtml(section), secret)
                ?? throw new InvalidOperationException($"{section.OEmbedPath}: WordPress would find no iframe in the answer");
            _wordPress[section.Slug] = (secret, BaseUrl() + section.CanonicalUrl);
            pages.Add(($"wordpress-{section.Slug}.html", TempSite.Page("host", $"<h1>Host</h1><figure>{published}</figure>{WordPressEmbed.HostScript}")));
        }
        _hostFolder = new TempSite([.. pages]);
        _host = SiteServer.Start(_hostFolder.Root, "localhost");
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await (_host?.DisposeAsync() ?? ValueTask.CompletedTask);
        await (_framedSite?.DisposeAsync() ?? ValueTask.CompletedTask);
        _hostFolder?.Dispose();
    }

    private async Task<BrowserTab> OpenHostAsync(string page, int width) =>
        await BrowserTab.OpenAsync(await site.BrowserAsync(TestContext.Current.CancellationToken), _host!.UrlFor("/" + page), width, 900);

    private static IFrame Embed(IPage page) => page.Frames.Single(f => f != page.MainFrame);

    /// <summary>The iframe's height on the host page, and the height of the embed's content inside it.</summary>
    private static async Task<(double Frame, double Content)> HeightsAsync(IPage page)
    {
        var frame = await page.EvaluateAsync<double>("() => document.querySelector('iframe').getBoundingClientRect().height");
        var content = await Embed(page).EvaluateAsync<double>("() => document.documentElement.getBoundingClientRect().height");
        return (frame, content);
    }

    /// <summary>
    /// Waits (bounded) until the iframe's height is what the host makes of the content's height:
    /// sizing goes through messages, so it is asynchronous by nature.
    /// </summary>
    private static async Task<(double Frame, double Content)> SettledAsync(IPage page, Func<double, double> hostHeight)
    {
        var heights = await HeightsAsync(page);
        for (var i = 0; i < 100 && Math.Abs(heights.Frame - hostHeight(Math.Ceiling(heights.Content))) > 1; i++)
        {
            await page.WaitForTimeoutAsync(100);
            heights = await HeightsAsync(page);
        }
        return heights;
    }

    /// <summary>
    /// The last height the embed sent in a protocol ("explainer", or "wordpress" with its secret), as
    /// the host received it; waits (bounded) for one that matches the content, since messages are asynchronous.
    /// </summary>
    private static async Task<double?> ReportedAsync(IPage page, string protocol, string? secret = null)
    {
        double? reported = null;
        for (var i = 0; i < 100; i++)
        {
            reported = await page.EvaluateAsync<double?>(
                """
                ([protocol, secret]) => {
                  const heights = window.received
                    .filter((m) => protocol === "explainer" ? m && m.type === "explainer:resize" : m && m.message === "height" && m.secret === secret)
                    .map((m) => protocol === "explainer" ? m.height : m.value);
                  return heights.length > 0 ? heights[heights.length - 1] : null;
                }
                """, new object?[] { protocol, secret });
            var content = await Embed(page).EvaluateAsync<double>("() => document.documentElement.getBoundingClientRect().height");
            if (reported is { } value && Math.Abs(value - Math.Ceiling(content)) <= 1)
            {
                break;
            }
            await page.WaitForTimeoutAsync(100);
        }
        return reported;
    }

    private static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    /// <summary>The section is there and dressed: its heading shows, the stylesheet applies, the chart, notes and cards are in place.</summary>
    private static async Task AssertSectionShownAsync(IPage page, bool hasChart)
    {
        var embed = page.FrameLocator("iframe");
        await Assertions.Expect(embed.Locator("article h1")).ToBeVisibleAsync();
        Assert.Equal("solid", await Embed(page).EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.embed-header')).borderBottomStyle"));
        Assert.True(await embed.Locator(".note").CountAsync() > 0, "the embed shows no notes");
        Assert.True(await embed.Locator(".card").CountAsync() > 0, "the embed shows no cards");
        if (hasChart)
        {
            await Assertions.Expect(embed.Locator(".chart svg").First).ToBeVisibleAsync();
        }
        Assert.Equal(1, await page.Locator("iframe").CountAsync());
    }

    [Fact]
    public async Task A_plain_iframe_keeps_its_height_and_the_section_scrolls_inside_it()
    {
        await using var tab = await OpenHostAsync("plain.html", 1280);
        foreach (var width in new[] { 1280, 375 })
        {
            await tab.Page.SetViewportSizeAsync(width, 900);
            await AssertSectionShownAsync(tab.Page, hasChart: true);
            var reported = await ReportedAsync(tab.Page, "explainer");
            var (frame, content) = await HeightsAsync(tab.Page);
            Log($"plain iframe at {width}px: iframe {frame}px, content {content}px, reported {reported}px");

            Assert.Equal(900, frame, 0.5);
            Assert.NotNull(reported);
            Assert.Equal(Math.Ceiling(content), reported.Value, 2.0);
            // Taller than its frame: the reader scrolls inside it to the end.
            Assert.True(content > frame, $"the section ({content}px) fits its 900px frame, so this test shows nothing");
            var end = await Embed(tab.Page).EvaluateAsync<double>("() => { window.scrollTo(0, 1e7); return window.scrollY + window.innerHeight; }");
            Assert.Equal(Math.Ceiling(content), Math.Ceiling(end), 2.0);
            await Embed(tab.Page).EvaluateAsync("() => window.scrollTo(0, 0)");
        }
        Assert.Empty(tab.Problems.Snapshot());
    }

    [Fact]
    public async Task The_oembed_snippet_s_loader_takes_over_its_iframe_and_sizes_it_to_the_content()
    {
        await using var tab = await OpenHostAsync("oembed.html", 1280);
        foreach (var width in new[] { 1280, 375 })
        {
            await tab.Page.SetViewportSizeAsync(width, 900);
            var (frame, content) = await SettledAsync(tab.Page, h => h);
            Log($"oEmbed snippet with loader at {width}px: iframe {frame}px, content {content}px");

            await AssertSectionShownAsync(tab.Page, hasChart: true);
            Assert.Equal(Math.Ceiling(content), frame, 2.0);
            Assert.True(await Embed(tab.Page).EvaluateAsync<bool>("() => document.documentElement.scrollHeight <= window.innerHeight + 1"), "the embed scrolls inside its iframe");
        }
        Assert.True(await tab.Page.Locator("iframe[data-explainer-ready]").CountAsync() == 1, "the loader did not take over the snippet's iframe");
        Assert.Empty(tab.Problems.Snapshot());
    }

    [Fact]
    public async Task Every_section_published_by_WordPress_shows_and_tells_WordPress_its_height()
    {
        foreach (var section in Sections())
        {
            var (secret, _) = _wordPress[section.Slug];
            await using var tab = await OpenHostAsync($"wordpress-{section.Slug}.html", 1280);
            Assert.Equal("allow-scripts", await tab.Page.Locator("iframe").GetAttributeAsync("sandbox"));
            Assert.Equal("null", await Embed(tab.Page).EvaluateAsync<string>("() => self.origin"));
            foreach (var width in new[] { 1280, 375 })
            {
                await tab.Page.SetViewportSizeAsync(width, 900);
                var reported = await ReportedAsync(tab.Page, "wordpress", secret);
                var (frame, content) = await SettledAsync(tab.Page, WordPressEmbed.HostHeight);
                Log($"WordPress, {section.Slug} at {width}px: iframe {frame}px, content {content}px, reported {reported}px");

                await AssertSectionShownAsync(tab.Page, hasChart: section.Slug == "divide");
                Assert.NotNull(reported);
                Assert.Equal(Math.Ceiling(content), reported.Value, 2.0);
                // wp-embed.js clamps what it is told to 200–1000 px; a taller section scrolls inside.
                Assert.Equal(WordPressEmbed.HostHeight(Math.Ceiling(content)), frame, 2.0);
                var end = await Embed(tab.Page).EvaluateAsync<double>("() => { window.scrollTo(0, 1e7); return window.scrollY + window.innerHeight; }");
                Assert.Equal(Math.Ceiling(content), Math.Ceiling(end), 2.0);
                await Embed(tab.Page).EvaluateAsync("() => window.scrollTo(0, 0)");
            }
            Assert.Empty(tab.Problems.Snapshot());
        }
    }

    [Fact]
    public async Task An_embed_given_its_secret_after_loading_reports_its_height_with_it()
    {
        await using var tab = await OpenHostAsync("wordpress-late-secret.html", 1280);
        var reported = await ReportedAsync(tab.Page, "wordpress", "Late123456");
        var (frame, content) = await SettledAsync(tab.Page, WordPressEmbed.HostHeight);

        Assert.NotNull(reported);
        Assert.Equal(Math.Ceiling(content), reported.Value, 2.0);
        Assert.Equal(WordPressEmbed.HostHeight(Math.Ceiling(content)), frame, 2.0);
        Assert.Empty(tab.Problems.Snapshot());
    }

    [Fact]
    public async Task Two_snippets_on_one_page_are_two_iframes_each_sized_to_its_section()
    {
        await using var tab = await OpenHostAsync("two-snippets.html", 1280);
        var iframes = tab.Page.Locator("iframe");
        Assert.Equal(2, await iframes.CountAsync());
        Assert.Equal(2, await tab.Page.Locator("iframe[data-explainer-ready]").CountAsync());
        for (var i = 0; i < 2; i++)
        {
            var iframe = iframes.Nth(i);
            await iframe.ScrollIntoViewIfNeededAsync();
            var inner = await (await iframe.ElementHandleAsync()).ContentFrameAsync() ?? throw new InvalidOperationException("the iframe holds no page");
            var frame = 0.0;
            var content = -10.0;
            for (var attempt = 0; attempt < 100 && Math.Abs(frame - Math.Ceiling(content)) > 1; attempt++)
            {
                await tab.Page.WaitForTimeoutAsync(100);
                frame = (await iframe.BoundingBoxAsync())?.Height ?? 0;
                content = await inner.EvaluateAsync<double>("() => document.documentElement.getBoundingClientRect().height");
            }
            Log($"two snippets, iframe {i}: iframe {frame}px, content {content}px");
            Assert.Equal(Math.Ceiling(content), frame, 2.0);
        }
        Assert.Empty(tab.Problems.Snapshot());
    }

    [Fact]
    public async Task A_link_in_a_WordPress_embed_asks_the_host_to_follow_it_and_shows_its_address_to_copy()
    {
        var (secret, canonical) = _wordPress["divide"];
        await using var tab = await OpenHostAsync("wordpress-divide.html", 1280);
        var embed = tab.Page.FrameLocator("iframe");
        var address = embed.Locator("[data-embed-address]");
        await Assertions.Expect(address).ToBeVisibleAsync();
        await Assertions.Expect(address.Locator("code")).ToHaveTextAsync(canonical);

        await embed.Locator(".embed-attribution a").ClickAsync();

        var asked = await tab.Page.WaitForFunctionAsync(
            "([secret]) => window.received.find((m) => m && m.message === 'link' && m.secret === secret)?.value ?? false", new object[] { secret });
        Assert.Equal(canonical, await asked.JsonValueAsync<string>());
        Assert.Equal(canonical, await Embed(tab.Page).EvaluateAsync<string>("() => window.getSelection().toString()"));
        // The embed itself never tried the navigation its sandbox forbids (Chromium would log it as an error).
        Assert.Equal(_host!.UrlFor("/wordpress-divide.html").ToString(), tab.Page.Url);
        Assert.Empty(tab.Problems.Snapshot());
    }

    [Fact]
    public async Task An_embed_outside_a_sandbox_hides_the_address_and_its_links_leave_the_frame()
    {
        await using var tab = await OpenHostAsync("oembed.html", 1280);
        var embed = tab.Page.FrameLocator("iframe");
        await Assertions.Expect(embed.Locator("article h1")).ToBeVisibleAsync();
        await Assertions.Expect(embed.Locator("[data-embed-address]")).ToBeHiddenAsync();
        Assert.Equal("_top", await embed.Locator(".embed-attribution a").GetAttributeAsync("target"));
    }

    [Fact]
    public async Task An_explicit_theme_sets_the_embed_s_background_whatever_the_host()
    {
        await using var dark = await OpenHostAsync("theme-dark.html", 800);
        await Assertions.Expect(dark.Page.FrameLocator("iframe").Locator("article h1")).ToBeVisibleAsync();
        Assert.Equal("rgb(22, 21, 19)", await Embed(dark.Page).EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        Assert.Equal(new[] { 22, 21, 19 }, await PixelInFrameAsync(dark.Page));

        await using var light = await OpenHostAsync("theme-light.html", 800);
        await Assertions.Expect(light.Page.FrameLocator("iframe").Locator("article h1")).ToBeVisibleAsync();
        Assert.Equal("rgb(253, 252, 249)", await Embed(light.Page).EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        Assert.Equal(new[] { 253, 252, 249 }, await PixelInFrameAsync(light.Page));
        Assert.Empty(dark.Problems.Snapshot().Concat(light.Problems.Snapshot()));
    }

    [Fact]
    public async Task Without_a_theme_the_loader_gives_the_embed_the_scheme_its_host_declares_and_the_host_s_background_shows()
    {
        await using var tab = await OpenHostAsync("dark-host.html", 800);
        var embed = Embed(tab.Page);
        await tab.Page.WaitForFunctionAsync("() => document.querySelector('iframe[data-explainer-ready]')");
        for (var i = 0; i < 100 && await embed.EvaluateAsync<string?>("() => document.documentElement.dataset.hostScheme ?? null") is null; i++)
        {
            await tab.Page.WaitForTimeoutAsync(100);
        }

        Assert.Equal("dark", await embed.EvaluateAsync<string>("() => document.documentElement.dataset.theme"));
        Assert.Equal("rgba(0, 0, 0, 0)", await embed.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        Assert.Equal("rgb(236, 232, 225)", await embed.EvaluateAsync<string>("() => getComputedStyle(document.body).color"));
        // Chromium paints an iframe's page see-through only where its scheme is the host's: the host's
        // own background shows, not a box of another colour.
        Assert.Equal(new[] { 34, 34, 34 }, await PixelInFrameAsync(tab.Page));
        Assert.Empty(tab.Problems.Snapshot());
    }

    [Fact]
    public async Task A_host_that_declares_no_scheme_gets_an_embed_with_its_own_background()
    {
        // A dark page that does not declare color-scheme: a see-through embed would put dark text on it.
        await using var tab = await OpenHostAsync("undeclared-dark-host.html", 800);
        await SettledAsync(tab.Page, h => h);
        var embed = Embed(tab.Page);
        Assert.Null(await embed.EvaluateAsync<string?>("() => document.documentElement.dataset.theme ?? null"));
        Assert.Equal("rgb(253, 252, 249)", await embed.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        Assert.Equal(new[] { 253, 252, 249 }, await PixelInFrameAsync(tab.Page));
        Assert.Empty(tab.Problems.Snapshot());
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_address_a_sandboxed_embed_shows_has_no_axe_violations(int width)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var tab = await BrowserTab.OpenAsync(await site.BrowserAsync(cancellationToken), new Uri(Divide.EmbedUrl), width, 900, bypassCsp: true);
        // What embed-frame.js does in an opaque origin, here where axe can run.
        await tab.Page.EvaluateAsync("() => { document.querySelector('[data-embed-address]').hidden = false; }");
        await Assertions.Expect(tab.Page.Locator("[data-embed-address]")).ToBeVisibleAsync();

        var violations = await Axe.RunAsync(tab.Page, cancellationToken);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>
    /// The colour on screen a few pixels inside the iframe's top left corner (the embed's padding):
    /// a screenshot of that pixel, read back through a canvas of the host page.
    /// </summary>
    private static async Task<int[]> PixelInFrameAsync(IPage page)
    {
        var box = await page.Locator("iframe").BoundingBoxAsync() ?? throw new InvalidOperationException("the iframe has no box");
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Clip = new Clip { X = box.X + 4, Y = box.Y + 4, Width = 1, Height = 1 } });
        return await page.EvaluateAsync<int[]>(
            """
            async (base64) => {
              const image = new Image();
              image.src = "data:image/png;base64," + base64;
              await image.decode();
              const canvas = document.createElement("canvas");
              canvas.width = 1;
              canvas.height = 1;
              const context = canvas.getContext("2d");
              context.drawImage(image, 0, 0);
              const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
              return [r, g, b];
            }
            """, Convert.ToBase64String(png));
    }
}
