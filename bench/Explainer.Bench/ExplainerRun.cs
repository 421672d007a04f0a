using System.Diagnostics;
using System.Text.Json;
using Explainer.Engine;
using Explainer.Preview;
using Explainer.Site;

namespace Explainer.Bench;

/// <summary>The preview server over a copy of the repository's site, edited the way an editor saves a seed.</summary>
public static class ExplainerRun
{
    public static async Task<(Latencies Written, Latencies Reloaded)> MeasureAsync(BenchOptions options, string work)
    {
        foreach (var folder in new[] { "seeds", "input", "theme" })
        {
            Folders.Copy(Path.Combine(options.Repository, folder), Path.Combine(work, folder));
        }
        var output = Path.Combine(work, "output");
        var build = new BuildOptions(Path.Combine(work, "seeds"), Path.Combine(work, "input"), Path.Combine(work, "theme"), output);
        var preview = new PreviewOptions(build) { Port = 0, NetlifyToml = Path.Combine(options.Repository, "netlify.toml") };
        preview = preview with { Quiet = options.Quiet ?? preview.Quiet };
        Console.WriteLine($"preview quiet time before a rebuild: {preview.Quiet.TotalMilliseconds} ms");
        await using var server = await PreviewServer.StartAsync(preview, Environment.GetEnvironmentVariable("BENCH_LOG") == "1" ? Console.Error : TextWriter.Null, new DiagnosticBag(), CancellationToken.None);
        if (!server.FirstBuild.Succeeded)
        {
            throw new InvalidOperationException("the site does not build:\n" + string.Join("\n", server.FirstBuild.Diagnostics));
        }
        var url = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "index.json"))).RootElement
            .GetProperty("explainers")[0].GetProperty("url").GetString()!; // the index always lists the explainer's url
        using var arrival = new FileArrival(output, url.Trim('/') + "/index.html");
        await using var reloads = await ReloadListener.OpenAsync(server.Address);
        var seed = Directory.GetFiles(build.SeedsPath, "*.txt").Order(StringComparer.Ordinal).First();
        var original = File.ReadAllText(seed).TrimEnd();
        var written = new Latencies("explainer: seed edit → file written");
        var reloaded = new Latencies("explainer: seed edit → reload event");
        for (var i = 0; i < options.WarmUp + options.Edits; i++)
        {
            var marker = Edits.Marker(i);
            reloads.Drain();
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            var fileTask = arrival.WaitForAsync(marker);
            var reloadTask = reloads.NextAsync(url, patience.Token);
            var start = Stopwatch.GetTimestamp();
            File.WriteAllText(seed, original + "\n\n" + marker + "\n");
            var fileAt = await fileTask.WaitAsync(patience.Token);
            var reloadAt = await reloadTask;
            if (i >= options.WarmUp)
            {
                written.Add(Stopwatch.GetElapsedTime(start, fileAt));
                reloaded.Add(Stopwatch.GetElapsedTime(start, reloadAt));
            }
            await Task.Delay(Edits.Pause);
        }
        Console.WriteLine("last rebuild's timing table:\n" + server.Site.Last?.TimingTable);
        return (written, reloaded);
    }
}
