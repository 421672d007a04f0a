using Explainer.Engine;
using Explainer.Tests.Site;

namespace Explainer.Tests.Automatic;

/// <summary>What a seed with no editorial files gets on its own: a chart, a timeline and 「本文提及」, each quoting the seed.</summary>
public sealed class AutomaticExplainerTests : IDisposable
{
    private readonly AutomaticSite _site = new();

    [Fact]
    public async Task A_seed_without_editorial_files_gets_a_chart_of_its_amounts_each_quoting_its_paragraph()
    {
        await _site.BuildAsync();
        var page = _site.ExplainerPage();

        var chart = page.QuerySelector("article figure#chart-figures");
        Assert.NotNull(chart);
        Assert.True(chart.HasAttribute("data-annotation"));
        Assert.Contains("依原文自動整理", chart.QuerySelector(".chart-automatic")?.TextContent ?? "");
        var rows = chart.QuerySelectorAll(".chart-table tbody tr");
        Assert.True(rows.Length >= 2, $"{rows.Length} row(s)");
        var seed = _site.JoinedSeedText;
        foreach (var row in rows)
        {
            var link = row.QuerySelector("td a")!; // every row links its quote
            var quote = link.TextContent.Trim('「', '」');
            Assert.Contains(quote, seed);
            Assert.Contains(row.QuerySelector("th")!.TextContent, seed); // the label is the seed's own clause
            var paragraph = page.GetElementById(link.GetAttribute("href")!.TrimStart('#'));
            Assert.NotNull(paragraph);
            Assert.Contains(quote, paragraph.TextContent);
        }
        Assert.True(File.Exists(Path.Combine(_site.Output, "northern-loop", "data", "figures.csv")));
    }

    [Fact]
    public async Task A_seed_without_editorial_files_gets_a_timeline_and_the_people_it_names()
    {
        await _site.BuildAsync();
        var page = _site.ExplainerPage();
        var seed = _site.JoinedSeedText;

        var timeline = page.QuerySelector("article figure#timeline[data-annotation]");
        Assert.NotNull(timeline);
        Assert.Contains("依原文自動整理", timeline.TextContent);
        var events = timeline.QuerySelectorAll(".timeline-events li");
        Assert.True(events.Length >= 2, $"{events.Length} event(s)");
        Assert.All(events, e => Assert.Contains(e.QuerySelector(".timeline-what")!.TextContent, seed));

        var mentioned = page.QuerySelector("article section.mentioned[data-annotation]");
        Assert.NotNull(mentioned);
        var names = mentioned.QuerySelectorAll(".mentioned-name").Select(n => n.TextContent).ToList();
        Assert.Contains("Albert Park", names);
        Assert.Contains("林志明", names);
        foreach (var link in mentioned.QuerySelectorAll("li a"))
        {
            Assert.Contains(link.TextContent.Trim('「', '」'), seed);
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")!.TrimStart('#')));
        }
    }

    [Fact]
    public async Task The_automatic_blocks_keep_the_fidelity_contract()
    {
        await _site.BuildAsync();
        var article = _site.ExplainerPage().QuerySelector("article")!; // the explainer page has one

        Assert.Equal(Fidelity.SeedText(_site.SeedPath, article.GetAttribute("data-lines")!), Fidelity.ArticleText(article));
    }

    [Fact]
    public async Task The_automatic_chart_follows_a_number_edited_in_the_seed()
    {
        await _site.BuildAsync();
        Assert.Contains("1,450億元", _site.ExplainerPage().QuerySelector("#chart-figures")!.TextContent);

        _site.Edit("1,450億元", "1,480億元");
        await _site.BuildAsync();

        var chart = _site.ExplainerPage().QuerySelector("#chart-figures")!.TextContent;
        Assert.Contains("1,480億元", chart);
        Assert.DoesNotContain("1,450億元", chart);
        Assert.Contains("1480 億", chart);
    }

    [Fact]
    public async Task A_data_file_quoting_an_automatic_figure_fails_when_the_seed_changes_it()
    {
        _site.WriteInput("data.yml", """
            chart: { title: 北環段經費, after: 增加約250億元 }
            figures:
              - { id: total, label: 追加後總經費, value: 145_000_000_000, unit: 元, currency: TWD, quote: "追加至1,450億元" }
              - { id: added, label: 增加, value: 25_000_000_000, unit: 元, currency: TWD, approximate: true, quote: 增加約250億元 }
            """);
        await _site.BuildAsync();
        Assert.Null(_site.ExplainerPage().QuerySelector("#chart-figures .chart-automatic")); // the editor's chart replaces it

        _site.Edit("1,450億元", "1,480億元");
        var result = await _site.TryBuildAsync();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("data.yml", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("1,480億", error.Message);
        Assert.Contains("1,450億", error.Message);
    }

    [Fact]
    public async Task Exclude_leaves_out_an_automatic_figure_and_an_unmatched_exclude_is_a_warning()
    {
        _site.WriteInput("data.yml", "exclude: [增加約250億元, 9999億元]\n");

        var result = await _site.BuildAsync();

        var chart = _site.ExplainerPage().QuerySelector("#chart-figures")!.TextContent;
        Assert.DoesNotContain("增加約250億元", chart);
        Assert.Contains("1,450億元", chart);
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Contains("9999億元", warning.Message);
        Assert.Equal(1, warning.Line);
    }

    public void Dispose() => _site.Dispose();
}
