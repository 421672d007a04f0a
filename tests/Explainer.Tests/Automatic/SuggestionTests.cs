using Explainer.Engine;

namespace Explainer.Tests.Automatic;

/// <summary>Likely conversion errors are reported where the seed has them, until the editor accepts or declines them.</summary>
public sealed class SuggestionTests : IDisposable
{
    private readonly AutomaticSite _site = new();

    private static List<Diagnostic> Suggestions(Explainer.Site.BuildResult result) =>
        [.. result.Diagnostics.Where(d => d.Severity == Severity.Suggestion)];

    [Fact]
    public async Task A_conversion_error_is_suggested_at_its_line_and_column_with_the_corrected_words()
    {
        var result = await _site.BuildAsync();

        var suggestion = Assert.Single(Suggestions(result), d => d.Message.Contains("幹擾", StringComparison.Ordinal));
        Assert.EndsWith("northern-loop.txt", suggestion.File);
        var line = File.ReadAllLines(_site.SeedPath)[suggestion.Line - 1];
        Assert.StartsWith("幹擾", line[(suggestion.Column - 1)..].TrimStart('地', '下', '水'));
        Assert.Contains("干擾", suggestion.Message);
        Assert.Contains("(error)", suggestion.Message);
        Assert.Contains($"suggestion: 「", suggestion.ToString());
    }

    [Fact]
    public async Task A_suggestion_that_a_correction_covers_is_not_reported_again()
    {
        _site.WriteInput("corrections.yml", "- { original: 水幹擾, corrected: 水干擾, reason: 簡轉繁錯誤 }\n");

        var result = await _site.BuildAsync();

        Assert.DoesNotContain(Suggestions(result), d => d.Message.Contains("幹擾", StringComparison.Ordinal));
        Assert.Contains(Suggestions(result), d => d.Message.Contains("經曆", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_declined_suggestion_stays_quiet_and_leaves_the_text_as_it_is()
    {
        _site.WriteInput("corrections.yml", "- { original: 幹擾, declined: 原文照登 }\n");

        var result = await _site.BuildAsync();

        Assert.DoesNotContain(Suggestions(result), d => d.Message.Contains("幹擾", StringComparison.Ordinal));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity is Severity.Warning or Severity.Error));
        Assert.DoesNotContain("data-original=\"幹擾\"", _site.ExplainerPage().DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task A_declined_suggestion_that_matches_nothing_is_a_warning_naming_its_line()
    {
        _site.WriteInput("corrections.yml", "- { original: 幹擾, declined: 原文照登 }\n- { original: 不存在的字, declined: 無 }\n");

        var result = await _site.BuildAsync();

        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.EndsWith("corrections.yml", warning.File);
        Assert.Equal(2, warning.Line);
        Assert.Contains("不存在的字", warning.Message);
    }

    [Fact]
    public async Task Suggestions_never_fail_a_strict_build()
    {
        var result = await _site.BuildAsync();
        Assert.NotEmpty(Suggestions(result));

        var strict = await Explainer.Site.SiteBuild.RunAsync(
            new Explainer.Site.BuildOptions(_site.Seeds, _site.Input, Harness.RepoPaths.Theme, _site.Output) { Strict = true },
            TestContext.Current.CancellationToken);

        Assert.True(strict.Succeeded, string.Join("\n", strict.Diagnostics));
    }

    public void Dispose() => _site.Dispose();
}
