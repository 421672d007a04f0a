using System.Globalization;

namespace Explainer.Bench;

/// <summary>
/// Seed edit → file written and → reload event, p50/p95 over N edits, for the preview and for
/// <c>hugo -w</c> in the same run; prints the ratio against the goal (p50 ≤ 50 ms and ≤ 0.5× Hugo).
/// </summary>
public static class EditLatencyBench
{
    private const double GoalMilliseconds = 50;
    private const double GoalRatio = 0.5;

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("explainer-bench-").FullName;
        try
        {
            Console.WriteLine($"{options.Edits} measured edits per tool after {options.WarmUp} warm-up edits; {Environment.ProcessorCount} cores; temp folder {work}");
            var (written, reloaded) = await ExplainerRun.MeasureAsync(options, Path.Combine(work, "explainer"));
            Latencies? hugo = null;
            if (options.Hugo && HugoRun.Executable() is not null)
            {
                hugo = await HugoRun.MeasureAsync(options, Path.Combine(work, "explainer", "output"), Path.Combine(work, "hugo"));
            }
            else
            {
                Console.WriteLine(options.Hugo ? "hugo is not on PATH (apt-get install hugo): no comparison" : "--no-hugo: no comparison");
            }
            Console.WriteLine();
            Console.WriteLine($"{"ms",-34} {"p50",8} {"p95",8} {"min",8} {"max",8} {"edits",6}");
            foreach (var row in new[] { written, reloaded, hugo }.OfType<Latencies>())
            {
                Console.WriteLine(row.Row());
            }
            var p50 = written.Percentile(50);
            var verdict = p50 <= GoalMilliseconds ? "met" : "NOT met";
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p50 file written {p50:0.0} ms (goal ≤ {GoalMilliseconds} ms: {verdict})"));
            if (hugo is not null)
            {
                var ratio = p50 / hugo.Percentile(50);
                var reloadRatio = reloaded.Percentile(50) / hugo.Percentile(50);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"ratio explainer/hugo p50: file written {ratio:0.00}×, reload event {reloadRatio:0.00}× (goal ≤ {GoalRatio}×: {(ratio <= GoalRatio ? "met" : "NOT met")})"));
            }
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
