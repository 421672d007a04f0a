using Explainer.Engine;
using Explainer.Preview;
using Explainer.Tests.Browser;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Automatic;

/// <summary>
/// A second article, laid out as the first is (see <see cref="ReadingLayout"/>): the fixture seed with
/// its automatic chart and timeline, a profile card in its short lead and two notes.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class SecondArticleReadingLayoutTests(BuiltSite site) : IAsyncLifetime
{
    private readonly AutomaticSite _automatic = new();
    private SiteServer? _server;

    public async ValueTask InitializeAsync()
    {
        var profiles = Path.Combine(_automatic.Input, "profiles");
        Directory.CreateDirectory(profiles);
        File.WriteAllText(Path.Combine(profiles, "lin-zhiming.yml"), """
            id: lin-zhiming
            kind: person
            name: 林志明
            aliases: [林志明]
            role: 臺北市捷運工程局局長
            side: 捷運局
            why: 報導中說明追加經費用途的人：經費主要用於地質改良與隧道工程，並說不能在安全上打折扣。
            figures: []
            sources: []
            """);
        _automatic.WriteInput("notes/soft-ground.md", """
            ---
            kind: glossary
            quote: 軟弱地層
            title: 軟弱地層
            ---
            含水量高、承載力低的土層；隧道在其中開挖，需要先做地質改良，否則地下水與土砂可能湧入。
            """);
        _automatic.WriteInput("notes/cost.md", """
            ---
            kind: context
            quote: 每公里造價超過
            title: 每公里造價
            ---
            以報導的數字推算：1,450 億元除以約 15 公里，約為每公里 97 億元；報導未說明議員的算法。
            """);
        await _automatic.BuildAsync();
        var rules = NetlifyRules.Read(Path.Combine(RepoPaths.Root, "netlify.toml"), new DiagnosticBag());
        _server = SiteServer.Start(_automatic.Output, "127.0.0.1", rules);
    }

    public async ValueTask DisposeAsync()
    {
        await (_server?.DisposeAsync() ?? ValueTask.CompletedTask);
        _automatic.Dispose();
    }

    [Theory]
    [InlineData(1024)]
    [InlineData(1280)]
    [InlineData(1600)]
    public async Task On_wide_screens_every_note_and_card_stands_near_its_reference_and_the_text_has_no_holes(int width)
    {
        var explainer = SiteIndex.Load(_automatic.Output).Explainers.Single();
        var chromium = await site.BrowserAsync(TestContext.Current.CancellationToken);
        var problems = new List<string>();
        foreach (var url in ReadingLayout.PagesOf(explainer))
        {
            problems.AddRange(await ReadingLayout.WideProblemsAsync(chromium, _server!, url, width));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains("card-lead-lin-zhiming", File.ReadAllText(Path.Combine(_automatic.Output, "northern-loop", "index.html")));
    }

    [Theory]
    [InlineData(320)]
    [InlineData(375)]
    [InlineData(414)]
    public async Task On_phones_the_automatic_chart_and_timeline_have_no_text_under_12px_and_no_sideways_scroll(int width)
    {
        var explainer = SiteIndex.Load(_automatic.Output).Explainers.Single();
        var chromium = await site.BrowserAsync(TestContext.Current.CancellationToken);
        var problems = new List<string>();
        foreach (var url in ReadingLayout.PagesOf(explainer))
        {
            problems.AddRange(await ReadingLayout.PhoneProblemsAsync(chromium, _server!, url, width));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
