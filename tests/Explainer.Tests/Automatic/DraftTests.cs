using Explainer.Engine;
using Explainer.Site.Draft;
using Explainer.Tests.Harness;
using Explainer.Tests.Site;

namespace Explainer.Tests.Automatic;

/// <summary><c>draft</c>: the editorial files a seed lacks, never overwriting one, and a build that succeeds right after.</summary>
public sealed class DraftTests : IDisposable
{
    private readonly AutomaticSite _site = new();

    private string Folder => Path.Combine(_site.Input, "northern-loop");

    [Fact]
    public async Task Draft_on_a_seed_with_no_input_writes_its_files_and_a_build_right_after_succeeds_with_fidelity()
    {
        var draft = EditorialDraft.Run(_site.Seeds, _site.Input);

        Assert.Equal(["corrections.yml", "data.yml", "explainer.yml"], draft.Written.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(draft.Diagnostics, d => d.Severity == Severity.Error);
        var corrections = File.ReadAllText(Path.Combine(Folder, "corrections.yml"));
        Assert.Contains("original: \"", corrections);
        Assert.Contains("kind: error", corrections);
        var data = File.ReadAllText(Path.Combine(Folder, "data.yml"));
        Assert.Contains("quote: \"", data);

        var result = await _site.BuildAsync();

        Assert.Empty(result.Diagnostics.Where(d => d.Severity is Severity.Error or Severity.Warning));
        var page = _site.ExplainerPage();
        var article = page.QuerySelector("article")!; // the explainer page has one
        Assert.Equal(Fidelity.SeedText(_site.SeedPath, article.GetAttribute("data-lines")!), Fidelity.ArticleText(article));
        Assert.NotEmpty(page.QuerySelectorAll("article ins[data-original]"));
        Assert.NotNull(page.QuerySelector("#chart-figures"));
        // The suggestions it entered as corrections are no longer suggested.
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Suggestion && d.Message.Contains("(error)", StringComparison.Ordinal));
    }

    [Fact]
    public void Draft_never_overwrites_and_lists_the_suggestions_existing_files_do_not_cover()
    {
        _site.WriteInput("corrections.yml", "# the editor's own\n[]\n");
        var before = File.ReadAllText(Path.Combine(Folder, "corrections.yml"));

        var first = EditorialDraft.Run(_site.Seeds, _site.Input);
        var second = EditorialDraft.Run(_site.Seeds, _site.Input);

        Assert.DoesNotContain(first.Written, f => f.EndsWith("corrections.yml", StringComparison.Ordinal));
        Assert.Equal(before, File.ReadAllText(Path.Combine(Folder, "corrections.yml")));
        Assert.Empty(second.Written);
        var suggestion = Assert.Single(second.Diagnostics, d => d.Severity == Severity.Suggestion && d.Message.Contains("幹擾", StringComparison.Ordinal));
        Assert.Matches(@"northern-loop\.txt\(\d+,\d+\): suggestion: ", suggestion.ToString());
    }

    [Fact]
    public async Task The_draft_command_prints_each_file_it_wrote_and_exits_zero()
    {
        var (exitCode, output, error) = await ChildProcess.RunAsync("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "Explainer.dll"), "draft", "--seeds", _site.Seeds, "--input", _site.Input]);

        Assert.True(exitCode == 0, error);
        Assert.Contains("wrote ", output);
        Assert.Contains("explainer.yml", output);
        Assert.Matches(@"Drafted 3 file\(s\); \d+ suggestion\(s\)", output);
    }

    public void Dispose() => _site.Dispose();
}
