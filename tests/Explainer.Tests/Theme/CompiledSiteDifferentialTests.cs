using CsCheck;
using Explainer.Site;
using Explainer.Tests.Harness;
using Explainer.Tests.Site;

namespace Explainer.Tests.Theme;

/// <summary>
/// The site as the command line builds it (compiled templates, each page streamed from the render's
/// buffer into the staging folder) against the same site with every page rendered by Scriban's
/// interpreter: byte for byte, on the repository's seeds and editorial layer and on generated seeds.
/// </summary>
public sealed class CompiledSiteDifferentialTests : IDisposable
{
    private readonly SiteBuilds _builds = new();

    public void Dispose() => _builds.Dispose();

    /// <returns>Whether the site built (the comparison is then of every file).</returns>
    private async Task<bool> AssertSameSiteAsync(string seeds, string input, string name)
    {
        var compiled = Path.Combine(_builds.Root, name + "-compiled");
        var scriban = Path.Combine(_builds.Root, name + "-scriban");
        var options = new BuildOptions(seeds, input, RepoPaths.Theme, compiled);
        var fast = await SiteBuild.RunAsync(options, TestContext.Current.CancellationToken);
        var reference = await SiteBuild.RunAsync(options with { OutputPath = scriban, TemplatesByScriban = true }, TestContext.Current.CancellationToken);

        Assert.Equal(reference.Succeeded, fast.Succeeded);
        Assert.Equal(reference.Diagnostics.Select(d => d.ToString()), fast.Diagnostics.Select(d => d.ToString()));
        if (reference.Succeeded)
        {
            var expected = SiteBuilds.Snapshot(scriban);
            var actual = SiteBuilds.Snapshot(compiled);
            Assert.Equal(expected.Keys, actual.Keys);
            Assert.All(expected, file => Assert.True(file.Value == actual[file.Key], $"{name}: {file.Key} differs"));
        }
        return reference.Succeeded;
    }

    [Fact]
    public async Task The_repository_site_is_the_same_rendered_by_scriban() =>
        Assert.True(await AssertSameSiteAsync(RepoPaths.Seeds, RepoPaths.Input, "repository"));

    /// <summary>Seeds made of what pages show: headings, CJK and Latin text with Markdown, HTML and Scriban
    /// syntax in it, amounts, dates and names (the automatic chart, timeline and 「本文提及」), hard wraps.</summary>
    private static readonly Gen<string> Seed = Gen.Select(
        Gen.String[Gen.Char['\u4E00', '\u9FFF'], 2, 14],
        Gen.OneOf(
            Gen.Const("市議會周二通過明年預算600億元，比去年增加5%。"),
            Gen.Const("2024年3月5日，執行長王大明表示：「我們會繼續投資。」"),
            Gen.Const("發言人李小華說，今年春天將再投入30億美元（約新台幣960億元）。"),
            Gen.Const("巨大的分歧"),
            Gen.Const("Mark Zuckerberg said {{ x }} <b>&amp;</b> *not* [a](b) `c`。"),
            Gen.Const(""),
            Gen.String[Gen.Char["市議會預算通過。，！？「」：<>&{}*_#0123456789 aZ"], 1, 60]).Array[3, 14],
        (headline, lines) => headline + "\n" + string.Join("\n", lines) + "\n");

    [Fact]
    public void Generated_seeds_build_the_same_site_rendered_by_scriban()
    {
        var (run, built) = (0, 0);
        Seed.Array[1, 6].Sample(seeds =>
        {
            var folder = _builds.EmptyFolder($"seeds-{run}");
            for (var i = 0; i < seeds.Length; i++)
            {
                File.WriteAllText(Path.Combine(folder, $"story-{i}.txt"), seeds[i]);
            }
            built += AssertSameSiteAsync(folder, _builds.EmptyFolder($"input-{run}"), $"generated-{run++}").GetAwaiter().GetResult() ? 1 : 0;
        }, iter: 12, threads: 1);
        Assert.True(built >= 6, $"only {built} of {run} generated sites built"); // the comparison must not be vacuous
    }
}
