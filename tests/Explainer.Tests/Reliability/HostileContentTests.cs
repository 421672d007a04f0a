using System.Text.Json;
using Explainer.Site;
using Explainer.Tests.Catalogue;
using Explainer.Tests.Harness;
using Explainer.Tests.Site;
using Microsoft.Playwright;

namespace Explainer.Tests.Reliability;

/// <summary>
/// A site built from the catalogue's hostile seeds and editorial files (<c>&lt;/script&gt;</c>,
/// <c>&lt;img onerror&gt;</c>, <c>javascript:</c>, <c>{{ }}</c>, quotes, U+2028 in titles), opened page by
/// page in Chromium: no script of theirs runs, no dialog opens, the CSP reports no violation, the text
/// reads literally, and <c>/index.json</c> parses with the literal strings.
/// </summary>
public sealed class HostileContentTests : IAsyncLifetime
{
    private const string Headline = "<script>alert(\"headline\")</script> 標題裡的 *星號* 與 [連結](javascript:alert(1))";
    private const string TitleEn = "</script><script>alert(3)</script> \" ' \u2028 line\u2029 {{ 1 + 1 }}";

    private readonly SiteBuilds _builds = new();

    private string Output => _builds.Output;

    public async ValueTask InitializeAsync()
    {
        var seeds = _builds.EmptyFolder("seeds");
        var input = _builds.EmptyFolder("input");
        foreach (var name in new[] { "markup-html-and-script-in-seed", "scriban-syntax-in-seed-and-input", "hostile-strings-in-editorial" })
        {
            CopyTree(Path.Combine(CatalogueTests.Folder, name, "seeds"), seeds);
            if (Directory.Exists(Path.Combine(CatalogueTests.Folder, name, "input")))
            {
                CopyTree(Path.Combine(CatalogueTests.Folder, name, "input"), input);
            }
        }
        var result = await SiteBuild.RunAsync(new BuildOptions(seeds, input, RepoPaths.Theme, Output), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public ValueTask DisposeAsync()
    {
        _builds.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public void Index_json_parses_and_carries_the_hostile_strings_literally()
    {
        using var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Output, "index.json")));
        var explainers = index.RootElement.GetProperty("explainers").EnumerateArray().ToList();

        Assert.Contains(explainers, e => e.GetProperty("title").GetString() == Headline);
        Assert.Contains("<img src=x onerror=alert(4)>", Strings(index.RootElement));
        Assert.Contains("javascript:alert(5)", Strings(index.RootElement));
        // The English title is not in the index; the page's JSON-LD carries it, U+2028 and all, as data.
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, "hostile", "index.html")));
        using var structured = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent); // explainer pages have one
        Assert.Equal(TitleEn, structured.RootElement.GetProperty("alternativeHeadline").GetString());
        Assert.Contains(explainers, e => e.GetProperty("title").GetString() == "市議會通過明年預算\"'</title></script><script>alert(1)</script>");
        Assert.Equal("站名</title><script>alert(1)</script>\u2028\u2029", index.RootElement.GetProperty("site").GetProperty("title").GetString());
        SafeSite.Check(Output);
    }

    [Fact]
    public async Task Every_page_runs_no_injected_script_raises_no_CSP_violation_and_reads_literally_in_Chromium()
    {
        Chromium.RequireExecutable();
        await using var chromium = await Chromium.LaunchAsync(TestContext.Current.CancellationToken);
        await using var server = SiteServer.Start(Output);
        var pages = Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(pages.Count >= 10, $"only {pages.Count} pages");
        var problems = new List<string>();
        var headlines = new List<string>();

        foreach (var path in pages)
        {
            await using var context = await chromium.NewContextAsync(1280, 900);
            // Before any of the page's own code: count violations and any dialog an injected script opens.
            await context.AddInitScriptAsync("""
                window.__violations = [];
                document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
                """);
            var page = await context.NewPageAsync();
            page.Dialog += (_, dialog) =>
            {
                lock (problems)
                {
                    problems.Add($"{path}: a dialog opened: {dialog.Message}");
                }
                _ = dialog.DismissAsync();
            };
            var watched = PageProblems.Watch(page);
            await page.GotoAsync(server.UrlFor(path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            // Hover and click everything a reader might, so onerror/onmouseover payloads get their chance.
            await page.EvaluateAsync("() => document.querySelectorAll('a, button, img, summary').forEach(e => e.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })))");
            var violations = await page.EvaluateAsync<string[]>("() => window.__violations");
            problems.AddRange(violations.Select(v => $"{path}: CSP violation: {v}"));
            if (await page.QuerySelectorAsync("article.explainer h1") is { } h1)
            {
                headlines.Add(await h1.InnerTextAsync());
            }
            problems.AddRange(watched.Snapshot().Where(p => !(path.EndsWith("404.html", StringComparison.Ordinal) && p.Contains("HTTP 404", StringComparison.Ordinal))).Select(p => $"{path}: {p}"));
        }

        Assert.Empty(problems);
        Assert.Contains(Headline, headlines);
        Assert.Contains("{{ \"標題\" | string.upcase }} 範本語法 {{ include 'layouts/base.sbn' }}", headlines);
        Assert.Contains("市議會通過明年預算\"'</title></script><script>alert(1)</script>", headlines);
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!], // a string element always has a string
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private static void CopyTree(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!); // below target, so it has a parent
            File.Copy(file, destination, overwrite: true);
        }
    }
}
