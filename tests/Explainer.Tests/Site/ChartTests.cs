using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Site;

/// <summary>The figures chart, its table, its CSV and the timeline, read from the built site.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class ChartTests(BuiltSite site)
{
    private IDocument Page => new HtmlParser().ParseDocument(
        File.ReadAllText(Path.Combine(site.OutputPath, site.Index.Explainers[0].Url.Trim('/'), "index.html")));

    private string DataFile(string name) => Path.Combine(site.OutputPath, site.Index.Explainers[0].Url.Trim('/'), "data", name);

    [Theory]
    [InlineData("reality-labs-cut", "2000000000", "20 億美元", "US$2 billion")]
    [InlineData("scale-ai-investment", "14300000000", "143 億美元", "US$14.3 billion")]
    [InlineData("data-centres", "600000000000", "6000 億美元", "US$600 billion")]
    [InlineData("layoffs", "600", "600 人", "600 people")]
    [InlineData("tbd-lab-size", "100", "約 100 人", "about 100 people")]
    [InlineData("vesting-departures", "2", "2 人", "2 people")]
    public void A_figure_reads_the_same_in_the_chart_the_table_and_the_csv(string id, string value, string zh, string en)
    {
        var page = Page;
        var chart = page.GetElementById("chart-figures")!; // the seed's data places the chart
        var row = page.GetElementById("figure-" + id);
        var csv = File.ReadAllLines(DataFile("figures.csv")).Single(l => l.StartsWith(id + ",", StringComparison.Ordinal));

        Assert.NotNull(row);
        Assert.Contains(zh, row.TextContent);
        Assert.Contains(en, row.TextContent);
        Assert.Contains($"{zh}（{en}）", string.Concat(chart.QuerySelectorAll(".chart-rows .chart-value").Select(value => value.TextContent)));
        Assert.Contains($",{value},", csv);
        Assert.Contains(zh, csv);
    }

    [Fact]
    public void The_investment_carries_its_fact_check()
    {
        var row = Page.GetElementById("figure-scale-ai-investment")!; // asserted in the theory above
        var check = row.QuerySelector("a[href='#note-investment-not-valuation']");

        Assert.NotNull(check);
        Assert.NotNull(Page.GetElementById("note-investment-not-valuation"));
    }

    [Fact]
    public void Each_mark_links_to_the_paragraph_that_states_it_and_that_paragraph_links_back()
    {
        var page = Page;
        var marks = page.QuerySelectorAll("#chart-figures a.chart-hit").ToList();

        Assert.Equal(7, marks.Count);
        foreach (var mark in marks)
        {
            var paragraph = page.GetElementById(mark.GetAttribute("href")!.TrimStart('#')); // marks are fragment links here
            Assert.NotNull(paragraph);
            Assert.NotNull(paragraph.QuerySelector("a.figure-ref[href^='#figure-']"));
        }
    }

    [Fact]
    public void The_chart_is_an_annotation_of_labelled_lists_whose_rows_state_their_values_as_text()
    {
        var chart = Page.GetElementById("chart-figures")!; // placed by the data
        Assert.True(chart.HasAttribute("data-annotation"));
        var panels = chart.QuerySelectorAll("ul.chart-rows").ToList();
        Assert.Equal(2, panels.Count);
        Assert.All(panels, panel =>
        {
            var title = chart.QuerySelector("#" + panel.GetAttribute("aria-labelledby")); // every panel is labelled
            Assert.Equal("chart-panel-title", title?.ClassName);
            Assert.All(panel.QuerySelectorAll("li"), row => Assert.False(string.IsNullOrWhiteSpace(row.QuerySelector(".chart-label")?.TextContent)));
        });
        // The drawing repeats what the text says: hidden from assistive technology, never scaled by a viewBox.
        Assert.All(chart.QuerySelectorAll("svg"), svg =>
        {
            Assert.Equal("true", svg.GetAttribute("aria-hidden"));
            Assert.False(svg.HasAttribute("viewBox"));
        });
    }

    [Fact]
    public void The_json_download_holds_the_same_figures_as_the_csv()
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(DataFile("figures.json")));
        var figures = json.RootElement.GetProperty("figures").EnumerateArray().ToList();
        var csvRows = File.ReadAllLines(DataFile("figures.csv")).Skip(1).ToList();

        Assert.Equal(csvRows.Count, figures.Count);
        Assert.All(figures, f => Assert.Contains(csvRows, r => r.StartsWith(f.GetProperty("id").GetString() + ",", StringComparison.Ordinal)
            && r.Contains("," + f.GetProperty("value").GetDecimal().ToString("0.##", CultureInfo.InvariantCulture) + ",", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_timeline_lists_the_events_in_order_with_resolved_dates()
    {
        var events = Page.QuerySelectorAll("#timeline li").ToList();
        var dates = events.Select(e => e.QuerySelector("time")!.GetAttribute("datetime")!).ToList(); // every event has a date

        Assert.Equal(8, events.Count);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Equal("2025-12-11", dates[^1]);
        Assert.Contains("本周四", events[^1].TextContent);
        Assert.All(events, e => Assert.NotNull(Page.GetElementById(e.QuerySelector(".timeline-how a")!.GetAttribute("href")!.TrimStart('#')))); // each links to its paragraph
    }

    [Fact]
    public void The_compute_comparison_quotes_each_side_and_invents_no_number()
    {
        var compute = Page.GetElementById("chart-compute")!; // placed by the data
        var claims = compute.QuerySelectorAll(".compute-claims li").ToList();

        Assert.Equal(5, claims.Count);
        Assert.DoesNotMatch(@"\\d", string.Concat(claims.Select(c => c.QuerySelector(".compute-wants")!.TextContent)));
    }
}
