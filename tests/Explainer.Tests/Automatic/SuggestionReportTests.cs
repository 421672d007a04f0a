using System.Diagnostics;
using System.Text.RegularExpressions;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Automatic;

/// <summary>The preview's build report lists the suggestions, and a rebuild after an edit refreshes the list.</summary>
public sealed partial class SuggestionReportTests : IDisposable
{
    private readonly AutomaticSite _site = new();

    [GeneratedRegex(@"at (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex ServingAt();

    [Fact]
    public async Task The_build_report_lists_the_suggestions_and_a_rebuild_refreshes_them()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Explainer.dll"), "preview", "--port", "0", "--seeds", _site.Seeds, "--input", _site.Input, "--theme", RepoPaths.Theme, "--output", _site.Output })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!; // Start returns null only for shell-executed documents
        try
        {
            string? address = null;
            while (address is null && await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
            {
                address = ServingAt().Match(line) is { Success: true } m ? m.Groups[1].Value : null;
            }
            Assert.NotNull(address);
            using var http = new HttpClient { BaseAddress = new Uri(address) };

            var report = await http.GetStringAsync("/_explainer/report/", cancellationToken);
            Assert.Contains("「經曆」→「經歷」", report);
            Assert.Contains("northern-loop.txt(12,", report);

            _site.Edit("經曆", "經歷");
            // The preview rebuilds on its own; wait for the report to change (bounded, not timed).
            for (var i = 0; i < 100 && report.Contains("經曆", StringComparison.Ordinal); i++)
            {
                await Task.Delay(200, cancellationToken);
                report = await http.GetStringAsync("/_explainer/report/", cancellationToken);
            }
            Assert.DoesNotContain("經曆", report);
            Assert.Contains("建議（", report);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(cancellationToken);
        }
    }

    public void Dispose() => _site.Dispose();
}
