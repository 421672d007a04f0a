using AngleSharp.Html.Parser;
using Explainer.Chinese;
using Explainer.Engine;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Site;

/// <summary>Builds with an edited input/zh-hans.yml: overrides reach every page, and a bad file is a clear error.</summary>
public sealed class SimplifiedBuildTests : IDisposable
{
    private readonly SiteBuilds _builds = new();

    public void Dispose() => _builds.Dispose();

    [Fact]
    public async Task An_override_changes_the_simplified_pages_and_keeps_their_fidelity_and_the_traditional_pages_alone()
    {
        var input = _builds.Copy(RepoPaths.Input, "input");
        await _builds.BuildAsync(input: input);
        var traditionalBefore = SiteBuilds.Snapshot(_builds.Output).Where(f => !f.Key.StartsWith("zh-hans", StringComparison.Ordinal)).ToList();
        File.AppendAllText(Path.Combine(input, "zh-hans.yml"), "  特種部隊: 特战队\n");

        var result = await _builds.BuildAsync(input: input);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(traditionalBefore, SiteBuilds.Snapshot(_builds.Output).Where(f => !f.Key.StartsWith("zh-hans", StringComparison.Ordinal)).ToList());
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_builds.Output, "zh-hans", "meta-ai-power-struggle", "index.html")));
        var article = page.QuerySelector("article")!;
        Assert.Contains("特战队", article.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("特种部队", article.TextContent, StringComparison.Ordinal);
        var overrides = Explainer.Editorial.SimplifiedOverrides.Read(Explainer.Editorial.YamlFile.Parse("zh-hans.yml", File.ReadAllText(Path.Combine(input, "zh-hans.yml"))));
        var seed = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Single();
        Assert.Equal(Fidelity.SimplifiedSeedText(seed, article.GetAttribute("data-lines")!, new SimplifiedConversion(overrides.Words)), Fidelity.ArticleText(article));
    }

    [Theory]
    [InlineData("overrides:\n  祖克柏:\n", 2, 7, "must be the words the Simplified edition writes")]
    [InlineData("overrides:\n  祖克柏: 扎克伯格\n  祖克柏: 朱克伯格\n", 3, 3, "Duplicate key 祖克柏")]
    [InlineData("overides:\n  祖克柏: 扎克伯格\n", 1, 1, "overides")]
    public async Task A_bad_override_file_fails_the_build_at_its_line_and_column_and_keeps_the_last_output(string yaml, int line, int column, string message)
    {
        var input = _builds.Copy(RepoPaths.Input, "input");
        await _builds.BuildAsync(input: input);
        var before = SiteBuilds.Snapshot(_builds.Output);
        File.WriteAllText(Path.Combine(input, "zh-hans.yml"), yaml);

        var result = await _builds.BuildAsync(input: input);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("zh-hans.yml", error.File, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, SiteBuilds.Snapshot(_builds.Output));
    }
}
