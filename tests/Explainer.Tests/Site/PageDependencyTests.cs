using System.Collections.Immutable;
using Explainer.Engine;
using Explainer.Site;
using Explainer.Site.Editions;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Site;

/// <summary>
/// The preview's builder re-renders a page only when something it was made from changed: read from the
/// engine's record of which pieces of work ran again, not from timings.
/// </summary>
public sealed class PageDependencyTests : IDisposable
{
    private readonly SiteBuilds _builds = new();
    private readonly string _seeds;
    private readonly string _input;
    private readonly string _theme;
    private readonly SiteBuilder _builder;

    public PageDependencyTests()
    {
        _seeds = _builds.Copy(RepoPaths.Seeds, "seeds");
        _input = _builds.Copy(RepoPaths.Input, "input");
        _theme = _builds.Copy(RepoPaths.Theme, "theme");
        _builder = new SiteBuilder(new BuildOptions(_seeds, _input, _theme, _builds.Output));
    }

    public void Dispose()
    {
        _builder.Dispose();
        _builds.Dispose();
    }

    private async Task<BuildResult> BuildAsync()
    {
        var result = await _builder.RunAsync(TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static void Edit(string path, Func<string, string> change)
    {
        var before = File.ReadAllText(path);
        var after = change(before);
        Assert.NotEqual(before, after); // an edit that changes nothing would prove nothing
        File.WriteAllText(path, after);
    }

    /// <summary>
    /// The pages (output files) rendered again rather than reused. A page's work makes its Simplified
    /// copy too (RenderPages): the work is named by the Traditional page.
    /// </summary>
    private static ImmutableHashSet<string> Rendered(BuildResult result) => Work(result, Phase.Process, reused: false);

    /// <summary>
    /// The pages the link check scanned itself rather than taking what RenderPages found while it
    /// rendered them: none of the theme's pages, rendered again or reused.
    /// </summary>
    private static ImmutableHashSet<string> Scanned(BuildResult result) => Work(result, Phase.PostProcess, reused: false);

    private static ImmutableHashSet<string> Work(BuildResult result, Phase phase, bool reused) =>
        [.. result.Work.Where(w => w.Pipeline == ExplainerPipelines.Pages && w.Phase == phase && w.Reused == reused).Select(w => w.Id)];

    /// <summary>The Traditional pages a build changed on disk.</summary>
    private static ImmutableHashSet<string> ChangedPages(BuildResult result) =>
        [.. result.ChangedFiles.Where(f => f.EndsWith(".html", StringComparison.Ordinal) && !f.StartsWith(SimplifiedEdition.Folder, StringComparison.Ordinal))];

    /// <summary>The Simplified pages a build changed on disk, by their Traditional pages' paths.</summary>
    private static ImmutableHashSet<string> ChangedSimplifiedPages(BuildResult result) =>
        [.. result.ChangedFiles.Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f.StartsWith(SimplifiedEdition.Folder, StringComparison.Ordinal))
            .Select(f => f[SimplifiedEdition.Folder.Length..])];

    /// <summary>The Traditional pages on disk (each has its Simplified copy beside it, in zh-hans/).</summary>
    private ImmutableHashSet<string> PagesOnDisk(Func<string, bool> where) =>
        [.. Directory.GetFiles(_builds.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_builds.Output, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(SimplifiedEdition.Folder, StringComparison.Ordinal))
            .Where(where)];

    private string Html(string page) => File.ReadAllText(Path.Combine(_builds.Output, page));

    [Fact]
    public async Task A_first_build_renders_every_page()
    {
        var first = await BuildAsync();

        Assert.Equal(PagesOnDisk(_ => true), Rendered(first));
        Assert.Empty(Work(first, Phase.Process, reused: true));
        Assert.All(PagesOnDisk(_ => true), page => Assert.True(File.Exists(Path.Combine(_builds.Output, SimplifiedEdition.PathOf(page))), $"{page} has no Simplified copy"));
    }

    [Fact]
    public async Task A_build_without_changes_renders_nothing()
    {
        await BuildAsync();

        var second = await BuildAsync();

        Assert.Empty(Rendered(second));
        Assert.Empty(second.ChangedFiles);
    }

    [Fact]
    public async Task A_profile_edit_rerenders_the_pages_that_show_that_profile_and_no_other()
    {
        await BuildAsync();
        Edit(Path.Combine(_input, "profiles", "dave-arnold.yml"), s => s.Replace("role: Meta 發言人", "role: Meta 前發言人", StringComparison.Ordinal));

        var result = await BuildAsync();

        var rendered = Rendered(result);
        Assert.Contains("profiles/dave-arnold/index.html", rendered);
        Assert.Superset(ChangedPages(result), rendered);
        Assert.All(rendered, page => Assert.Contains("dave-arnold", Html(page), StringComparison.Ordinal));
        Assert.DoesNotContain("index.html", rendered);
        Assert.DoesNotContain("404.html", rendered);
        Assert.DoesNotContain("profiles/meta/index.html", rendered);
        Assert.True(rendered.Count < PagesOnDisk(_ => true).Count / 2, $"{rendered.Count} pages rendered again: {string.Join(", ", rendered)}");
    }

    [Fact]
    public async Task A_layout_edit_rerenders_exactly_the_pages_that_use_that_layout()
    {
        await BuildAsync();
        Edit(Path.Combine(_theme, "layouts", "embed.sbn"), s => s.Replace("</body>", "<!-- edited -->\n</body>", StringComparison.Ordinal));

        var embedEdit = await BuildAsync();

        var embeds = PagesOnDisk(page => page.StartsWith("embed/", StringComparison.Ordinal));
        Assert.NotEmpty(embeds);
        Assert.Equal(embeds, Rendered(embedEdit));
        Assert.Empty(Scanned(embedEdit));

        Edit(Path.Combine(_theme, "layouts", "base.sbn"), s => s.Replace("</main>", "</main>\n<!-- edited -->", StringComparison.Ordinal));

        var baseEdit = await BuildAsync();

        Assert.Equal(PagesOnDisk(page => !page.StartsWith("embed/", StringComparison.Ordinal)), Rendered(baseEdit));
    }

    [Fact]
    public async Task A_partial_edit_rerenders_exactly_the_pages_that_include_it()
    {
        await BuildAsync();
        Edit(Path.Combine(_theme, "partials", "chart-figures.sbn"), s => s.TrimEnd() + "\n<!-- edited -->\n");

        var result = await BuildAsync();

        var charted = PagesOnDisk(page => Html(page).Contains("<!-- edited -->", StringComparison.Ordinal));
        Assert.NotEmpty(charted);
        Assert.Equal(charted, Rendered(result));
        Assert.Equal(charted, ChangedPages(result));
    }

    [Fact]
    public async Task A_seed_edit_to_one_section_rerenders_exactly_the_pages_showing_that_section()
    {
        await BuildAsync();
        var seed = Directory.GetFiles(_seeds, "*.txt").Order(StringComparer.Ordinal).First();
        Edit(seed, s => s.TrimEnd() + "\n\n只改種子的一段。\n");

        var result = await BuildAsync();

        var rendered = Rendered(result);
        var explainer = SiteIndex.Load(_builds.Output).Explainers.Single();
        var last = explainer.Sections[^1];
        // The new paragraph closes the last section: the explainer's page, that section's page and its
        // embed show it; every other page (the home page, the other sections, their pagers) is unchanged.
        Assert.Equal(
            ImmutableHashSet.Create(explainer.Url.Trim('/') + "/index.html", last.Url.Trim('/') + "/index.html", "embed/" + last.Url.Trim('/') + "/index.html"),
            rendered);
        Assert.Equal(ChangedPages(result), rendered);
        Assert.Empty(Scanned(result));
        Assert.Contains("index.json", result.ChangedFiles);
    }

    [Fact]
    public async Task A_headline_edit_rerenders_every_page_that_shows_the_headline_and_only_those()
    {
        await BuildAsync();
        var seed = Directory.GetFiles(_seeds, "*.txt").Order(StringComparer.Ordinal).First();
        Edit(seed, s => s.Insert(s.IndexOfAny(['\r', '\n']), "（更新）"));

        var result = await BuildAsync();

        var rendered = Rendered(result);
        Assert.Contains("index.html", rendered); // the home page lists the explainer by its headline
        Assert.Contains("404.html", rendered);
        Assert.Contains(rendered, page => page.StartsWith("embed/", StringComparison.Ordinal));
        Assert.Equal(ChangedPages(result), rendered);
        Assert.Equal(rendered, ChangedSimplifiedPages(result)); // both editions follow the seed
        Assert.All(rendered, page => Assert.Contains("（更新）", Html(page), StringComparison.Ordinal));
    }
}
