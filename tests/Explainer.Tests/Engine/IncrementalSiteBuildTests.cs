using Explainer.Engine;
using Explainer.Site;
using Explainer.Tests.Harness;
using Explainer.Tests.Site;

namespace Explainer.Tests.Engine;

/// <summary>The preview's builder on the real site: whatever the edits, the output equals a clean build's.</summary>
public sealed class IncrementalSiteBuildTests : IDisposable
{
    private readonly SiteBuilds _builds = new();
    private readonly string _seeds;
    private readonly string _input;
    private readonly string _theme;

    public IncrementalSiteBuildTests()
    {
        _seeds = _builds.Copy(RepoPaths.Seeds, "seeds");
        _input = _builds.Copy(RepoPaths.Input, "input");
        _theme = _builds.Copy(RepoPaths.Theme, "theme");
    }

    public void Dispose() => _builds.Dispose();

    private BuildOptions Options(string output) => new(_seeds, _input, _theme, output);

    private string SeedFile => Directory.GetFiles(_seeds, "*.txt").Order(StringComparer.Ordinal).First();

    private static void Edit(string path, Func<string, string> change) => File.WriteAllText(path, change(File.ReadAllText(path)));

    private async Task AssertEqualsCleanBuildAsync(string step)
    {
        var clean = Path.Combine(_builds.Root, "clean-" + step);
        var result = await SiteBuild.RunAsync(Options(clean), TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var expected = SiteBuilds.Snapshot(clean);
        var actual = SiteBuilds.Snapshot(_builds.Output);
        Assert.True(expected.SequenceEqual(actual), $"after '{step}' the output differs from a clean build in: "
            + string.Join(", ", expected.Keys.Union(actual.Keys).Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k))));
    }

    [Fact]
    public async Task A_clean_build_reports_as_changed_exactly_the_files_in_its_output()
    {
        var output = Path.Combine(_builds.Root, "reported");
        var result = await SiteBuild.RunAsync(Options(output), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(files, result.ChangedFiles);
    }

    [Fact]
    public async Task After_any_sequence_of_edits_the_output_equals_a_clean_build_byte_for_byte()
    {
        using var builder = new SiteBuilder(Options(_builds.Output));
        var notes = Directory.GetDirectories(_input, "notes", SearchOption.AllDirectories).Single();
        var profile = Path.Combine(_input, "profiles", "dave-arnold.yml");
        var copy = Path.Combine(_seeds, "zz-copy.txt");
        // Each step changes what some pages show; together they add, change and remove files.
        var steps = new (string Name, Action Change)[]
        {
            ("nothing", () => { }),
            ("seed paragraph added", () => Edit(SeedFile, s => s.TrimEnd() + "\n\n編輯後新增的一段文字。\n")),
            ("seed paragraph changed", () => Edit(SeedFile, s => s.Replace("編輯後新增的一段文字。", "改過的一段文字。", StringComparison.Ordinal))),
            ("profile role changed", () => Edit(profile, s => s.Replace("role: Meta 發言人", "role: Meta 前發言人", StringComparison.Ordinal))),
            ("note changed", () => Edit(Path.Combine(notes, "soup.md"), s => s.Replace("title: 送湯挖角", "title: 親手送湯", StringComparison.Ordinal))),
            ("note removed", () => File.Delete(Path.Combine(notes, "soup.md"))),
            ("note added", () => File.WriteAllText(Path.Combine(notes, "soup-again.md"), "---\nkind: context\nquote: 燉好的湯\ntitle: 湯\n---\n親手煮的湯。\n")),
            ("seed added", () => File.Copy(SeedFile, copy)),
            ("profile added", () => File.WriteAllText(Path.Combine(_input, "profiles", "lab.yml"), "id: lab\nkind: organisation\nname: The Lab\naliases: [Lab]\nrole: 實驗室\nwhy: 測試用。\n")),
            ("partial changed", () => Edit(Path.Combine(_theme, "partials", "card.sbn"), s => s + "\n<!-- edited -->\n")),
            ("seed copy changed", () => Edit(copy, s => s.Replace("燉好的湯", "燉好的熱湯", StringComparison.Ordinal))),
            ("seed deleted", () => File.Delete(copy)),
            ("profile removed", () => File.Delete(profile)),
            ("layout changed", () => Edit(Path.Combine(_theme, "layouts", "base.sbn"), s => s.Replace("</main>", "</main>\n<!-- edited -->", StringComparison.Ordinal))),
            ("stylesheet changed", () => Edit(Path.Combine(_theme, "assets", "site.css"), s => s + "\n/* edited */\n")),
            ("seed paragraph removed", () => Edit(SeedFile, s => s.Replace("\n\n改過的一段文字。\n", "\n", StringComparison.Ordinal))),
        };
        Assert.True((await builder.RunAsync(TestContext.Current.CancellationToken)).Succeeded);

        foreach (var (name, change) in steps)
        {
            change();
            var result = await builder.RunAsync(TestContext.Current.CancellationToken);
            Assert.True(result.Succeeded, $"{name}: " + string.Join("\n", result.Diagnostics));
            await AssertEqualsCleanBuildAsync(name);
        }
    }

    [Fact]
    public async Task A_failed_build_leaves_the_output_alone_and_the_next_good_build_catches_up()
    {
        using var builder = new SiteBuilder(Options(_builds.Output));
        Assert.True((await builder.RunAsync(TestContext.Current.CancellationToken)).Succeeded);
        var before = SiteBuilds.Snapshot(_builds.Output);
        var section = Path.Combine(_theme, "pages", "section.sbn");
        var template = File.ReadAllText(section);
        Edit(SeedFile, s => s.TrimEnd() + "\n\n壞掉之前加的一段。\n");
        File.WriteAllText(section, "{{ if section.is_lead }\n" + template);

        var broken = await builder.RunAsync(TestContext.Current.CancellationToken);

        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Severity == Severity.Error && d.File.EndsWith("section.sbn", StringComparison.Ordinal) && d.Line == 1);
        Assert.Equal(before, SiteBuilds.Snapshot(_builds.Output));

        File.WriteAllText(section, template);
        var fixedUp = await builder.RunAsync(TestContext.Current.CancellationToken);

        Assert.True(fixedUp.Succeeded, string.Join("\n", fixedUp.Diagnostics));
        await AssertEqualsCleanBuildAsync("fixed");
    }

    [Fact]
    public async Task A_seed_edit_reruns_only_the_pipelines_that_read_the_seed_and_rewrites_only_changed_files()
    {
        using var builder = new SiteBuilder(Options(_builds.Output));
        Assert.True((await builder.RunAsync(TestContext.Current.CancellationToken)).Succeeded);
        var stylesheet = Directory.GetFiles(Path.Combine(_builds.Output, "assets"), "site.*.css").Single(); // fingerprinted
        var written = File.GetLastWriteTimeUtc(stylesheet);
        File.SetLastWriteTimeUtc(stylesheet, written.AddHours(-1)); // a rewrite would move it forward again
        Edit(SeedFile, s => s.TrimEnd() + "\n\n只改種子的一段。\n");

        var result = await builder.RunAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("Seeds", RerunPipelines(result));
        Assert.DoesNotContain("Theme", RerunPipelines(result));
        Assert.DoesNotContain("Editorial", RerunPipelines(result));
        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(stylesheet));
        Assert.DoesNotContain("assets/" + Path.GetFileName(stylesheet), result.ChangedFiles);
        var explainer = SiteIndex.Load(_builds.Output).Explainers.Single().Url.Trim('/') + "/index.html";
        Assert.Contains(explainer, result.ChangedFiles);
        Assert.Contains("只改種子的一段。", File.ReadAllText(Path.Combine(_builds.Output, explainer)));
    }

    /// <summary>Pipelines whose Process phase ran (rather than being reused), read from the timing table.</summary>
    private static List<string> RerunPipelines(BuildResult result) =>
        [.. result.TimingTable.Split('\n')
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length > 2 && cells[2].EndsWith("ms", StringComparison.Ordinal))
            .Select(cells => cells[0])];
}
