using Explainer.Engine;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Site;

public sealed class BuildBehaviourTests : IDisposable
{
    private readonly SiteBuilds _builds = new();

    public void Dispose() => _builds.Dispose();

    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical()
    {
        var first = Path.Combine(_builds.Root, "first");
        var second = Path.Combine(_builds.Root, "second");

        Assert.True((await _builds.BuildAsync(output: first)).Succeeded);
        Assert.True((await _builds.BuildAsync(output: second)).Succeeded);

        Assert.Equal(SiteBuilds.Snapshot(first), SiteBuilds.Snapshot(second));
    }

    [Fact]
    public async Task A_template_syntax_error_fails_the_build_naming_the_template_and_line_and_keeps_the_output()
    {
        Assert.True((await _builds.BuildAsync()).Succeeded);
        var before = SiteBuilds.Snapshot(_builds.Output);
        var theme = _builds.Copy(RepoPaths.Theme, "theme");
        var template = Path.Combine(theme, "pages", "section.sbn");
        var lines = File.ReadAllLines(template).ToList();
        lines.Insert(2, "{{ if section.is_lead }");
        File.WriteAllLines(template, lines);

        var result = await _builds.BuildAsync(theme: theme);

        Assert.False(result.Succeeded);
        var error = result.Diagnostics.First(d => d.Severity == Severity.Error);
        Assert.EndsWith(Path.Combine("theme", "pages", "section.sbn"), error.File);
        Assert.Equal(3, error.Line);
        Assert.Equal(before, SiteBuilds.Snapshot(_builds.Output));
        Assert.False(Directory.Exists(_builds.Output + ".staging"));
    }

    [Fact]
    public async Task A_folder_of_other_seeds_without_editorial_files_builds()
    {
        var seeds = Golden.Golden.Folder("Seeds");
        var input = _builds.EmptyFolder("input");

        var result = await _builds.BuildAsync(seeds: seeds, input: input);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var index = SiteIndex.Load(_builds.Output);
        Assert.Equal(Directory.GetFiles(seeds, "*.txt").Length, index.Explainers.Count);
        Assert.All(index.Explainers, e => Assert.True(File.Exists(Path.Combine(_builds.Output, e.Url.Trim('/'), "index.html"))));
    }

    [Fact]
    public async Task A_correction_that_no_longer_matches_fails_naming_its_file_line_and_column()
    {
        var input = _builds.Copy(RepoPaths.Input, "input");
        var corrections = Directory.GetFiles(input, "corrections.yml", SearchOption.AllDirectories).Single();
        File.WriteAllText(corrections, "- original: 這句話不在文章裡\n  corrected: 另一句\n  reason: 測試\n");

        var result = await _builds.BuildAsync(input: input);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("corrections.yml", error.File);
        Assert.Equal((1, 3), (error.Line, error.Column));
        Assert.Contains("這句話不在文章裡", error.Message);
    }

    [Fact]
    public async Task Invalid_yaml_fails_naming_the_file_and_position()
    {
        var input = _builds.Copy(RepoPaths.Input, "input");
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: [unclosed\n");

        var result = await _builds.BuildAsync(input: input);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("site.yml", error.File);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public async Task A_broken_internal_link_fails_naming_the_page_and_the_link_and_keeps_the_output()
    {
        // The link check runs after a clean build has already written its pages into the staging
        // folder (RenderPages streams them): the failure must still leave output/ as it was.
        Assert.True((await _builds.BuildAsync()).Succeeded);
        var before = SiteBuilds.Snapshot(_builds.Output);
        var theme = _builds.Copy(RepoPaths.Theme, "theme");
        var footer = Path.Combine(theme, "partials", "site-footer.sbn");
        File.AppendAllText(footer, "<a href=\"{{ page.root }}no-such-page/\">x</a><a href=\"#no-such-id\">y</a>\n");

        var result = await _builds.BuildAsync(theme: theme);

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Contains(errors, e => e.File.EndsWith("index.html", StringComparison.Ordinal) && e.Message.Contains("no-such-page/", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("#no-such-id", StringComparison.Ordinal) && e.Line > 0);
        Assert.Equal(before, SiteBuilds.Snapshot(_builds.Output));
        Assert.False(Directory.Exists(_builds.Output + ".staging"));
    }

    [Fact]
    public async Task Markup_in_a_seed_stays_text()
    {
        var seeds = _builds.EmptyFolder("seeds");
        File.Copy(Path.Combine(Golden.Golden.Folder("Seeds"), "005-markup-in-text.txt"), Path.Combine(seeds, "markup.txt"));

        var result = await _builds.BuildAsync(seeds: seeds, input: _builds.EmptyFolder("input"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            File.ReadAllText(Path.Combine(_builds.Output, SiteIndex.Load(_builds.Output).Explainers.Single().Url.Trim('/'), "index.html")));
        var article = page.QuerySelector("article")!; // the explainer page always has its article
        Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"), s => Assert.Matches("assets/explainer\\.[0-9a-f]{10}\\.js$", s.GetAttribute("src")));
        Assert.All(page.QuerySelectorAll("script[type='application/ld+json']"), s => Assert.DoesNotContain("<", s.TextContent)); // data only, never markup
        Assert.Empty(article.QuerySelectorAll("script"));
        foreach (var annotation in article.QuerySelectorAll("[data-annotation]").ToList())
        {
            annotation.Remove(); // what the explainer adds (the 出處 block shows the file name in <code>); the seed's text is what is left
        }
        Assert.Empty(article.QuerySelectorAll("strong, em, code, blockquote, ol ol, table, img, [onclick]"));
        Assert.Contains("<script>alert(1)</script>", article.QuerySelector("h1")!.TextContent); // the headline is an h1
    }

    [Fact]
    public async Task Settings_that_quote_headings_the_seed_no_longer_has_fail_naming_the_line()
    {
        var input = _builds.Copy(RepoPaths.Input, "input");
        var settings = Directory.GetFiles(input, "explainer.yml", SearchOption.AllDirectories).Single();
        File.WriteAllText(settings, "slug: x\nsections:\n  - heading: 不存在的小標\n    slug: gone\nheadings:\n  not: [也不存在]\n");

        var result = await _builds.BuildAsync(input: input);

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Contains(errors, e => e.File.EndsWith("explainer.yml", StringComparison.Ordinal) && e.Line == 3 && e.Message.Contains("不存在的小標", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 6 && e.Message.Contains("也不存在", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lenient_builds_despite_a_lost_note_and_lists_it_on_the_report_that_only_the_preview_shows()
    {
        var input = _builds.Copy(RepoPaths.Input, "input");
        var notes = Directory.GetDirectories(input, "notes", SearchOption.AllDirectories).Single();
        File.WriteAllText(Path.Combine(notes, "lost.md"), "---\nkind: context\nquote: 這句話已經不在文章裡\ntitle: 失落的註解\n---\n內文。\n");

        var strict = await _builds.BuildAsync(input: input);
        var lenient = await Explainer.Site.SiteBuild.RunAsync(
            new Explainer.Site.BuildOptions(RepoPaths.Seeds, input, RepoPaths.Theme, _builds.Output) { Lenient = true },
            TestContext.Current.CancellationToken);

        Assert.False(strict.Succeeded);
        Assert.Contains(strict.Diagnostics, d => d.Severity == Severity.Error && d.File.EndsWith("lost.md", StringComparison.Ordinal) && d.Line == 3);
        Assert.True(lenient.Succeeded);
        Assert.Contains(lenient.Diagnostics, d => d.Severity == Severity.Warning && d.File.EndsWith("lost.md", StringComparison.Ordinal));
        Assert.Contains("這句話已經不在文章裡", lenient.ReportHtml);
        Assert.Contains("lost.md(3)", lenient.ReportHtml);
        Assert.DoesNotContain(Directory.GetFiles(_builds.Output, "*", SearchOption.AllDirectories), f => f.Contains("_explainer", StringComparison.Ordinal));
        Assert.DoesNotContain("這句話已經不在文章裡", string.Concat(Directory.GetFiles(_builds.Output, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText)));
    }

    [Fact]
    public async Task Changing_a_figure_in_the_seed_fails_naming_the_data_file_and_line()
    {
        var seeds = _builds.Copy(RepoPaths.Seeds, "seeds");
        var seed = Directory.GetFiles(seeds, "*.txt").Single();
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("砍掉20億美元", "砍掉30億美元", StringComparison.Ordinal));

        var result = await _builds.BuildAsync(seeds: seeds);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("data.yml", error.File);
        Assert.True(error.Line > 1);
        Assert.Contains("30億", error.Message);
        Assert.Contains("2,000,000,000", error.Message);
    }

    [Fact]
    public async Task A_figure_whose_quote_is_gone_fails_naming_the_data_file()
    {
        var seeds = _builds.Copy(RepoPaths.Seeds, "seeds");
        var seed = Directory.GetFiles(seeds, "*.txt").Single();
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("裁員600人", "裁撤了部分職位", StringComparison.Ordinal));

        var result = await _builds.BuildAsync(seeds: seeds);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.File.EndsWith("data.yml", StringComparison.Ordinal) && d.Message.Contains("裁員600人", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_alias_claimed_by_two_profiles_is_an_error_naming_both_files()
    {
        var input = _builds.Copy(RepoPaths.Input, "input");
        File.WriteAllText(Path.Combine(input, "profiles", "wang-twin.yml"), "id: wang-twin\nname: 另一個 Wang\naliases: [Wang]\nwhy: 測試\n");

        var result = await _builds.BuildAsync(input: input);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("alexandr-wang.yml", error.Message);
        Assert.Contains("wang-twin.yml", error.Message);
    }

    [Fact]
    public async Task A_profile_that_matches_nothing_is_a_warning()
    {
        var input = _builds.Copy(RepoPaths.Input, "input");
        File.WriteAllText(Path.Combine(input, "profiles", "nobody.yml"), "id: nobody\nname: Nobody\naliases: [Nobody At All]\nwhy: 測試\n");

        var result = await _builds.BuildAsync(input: input);

        Assert.True(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.File.EndsWith("nobody.yml", StringComparison.Ordinal) && d.Message.Contains("matches nothing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_seed_draws_its_own_chart_from_its_own_data()
    {
        var seeds = _builds.EmptyFolder("seeds");
        File.WriteAllText(Path.Combine(seeds, "budget.txt"), "市府預算出爐\n市府明年編列預算300億元,其中捷運占50億元。\n議會將在下月審查。\n");
        var input = _builds.EmptyFolder("input");
        Directory.CreateDirectory(Path.Combine(input, "budget"));
        File.WriteAllText(Path.Combine(input, "budget", "data.yml"), """
            chart:
              title: 捷運占明年預算六分之一
              after: 議會將在下月審查
            figures:
              - id: total
                label: 明年預算
                value: 30_000_000_000
                unit: 元
                currency: TWD
                quote: 預算300億元
              - id: mrt
                label: 捷運
                value: 5_000_000_000
                unit: 元
                currency: TWD
                quote: 捷運占50億元
            """);

        var result = await _builds.BuildAsync(seeds: seeds, input: input);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var url = SiteIndex.Load(_builds.Output).Explainers.Single().Url.Trim('/');
        var page = File.ReadAllText(Path.Combine(_builds.Output, url, "index.html"));
        Assert.Contains("捷運占明年預算六分之一", page);
        Assert.Contains("50 億元（NT$5 billion）", page);
        Assert.True(File.Exists(Path.Combine(_builds.Output, url, "data", "figures.csv")));
    }
}
