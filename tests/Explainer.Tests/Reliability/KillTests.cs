using System.Diagnostics;
using Explainer.Engine;
using Explainer.Site;
using Explainer.Tests.Harness;
using Explainer.Tests.Site;

namespace Explainer.Tests.Reliability;

/// <summary>
/// The built command line (<c>dotnet Explainer.dll build</c>, as CI and a newsroom run it), killed with
/// SIGKILL at random moments: the output folder always holds a whole site, the previous one or the new
/// one, byte for byte, and a killed build's lock never blocks the next. A second build while one runs is
/// refused, never interleaved.
/// </summary>
public sealed class KillTests : IDisposable
{
    private readonly SiteBuilds _builds = new();

    public void Dispose() => _builds.Dispose();

    private static string Cli => Path.Combine(AppContext.BaseDirectory, "Explainer.dll");

    [Fact]
    public async Task Killing_the_build_at_random_moments_never_leaves_a_half_written_output()
    {
        var seeds = _builds.Copy(RepoPaths.Seeds, "seeds");
        var seed = Directory.GetFiles(seeds, "*.txt").Single();
        var original = File.ReadAllText(seed);
        var variants = new[] { original, original + "\n\n這是第二個版本才有的一段。\n" };
        var expected = new List<SortedDictionary<string, string>>();
        foreach (var (variant, i) in variants.Select((v, i) => (v, i)))
        {
            File.WriteAllText(seed, variant);
            var output = Path.Combine(_builds.Root, $"expected-{i}");
            var built = await SiteBuild.RunAsync(new BuildOptions(seeds, RepoPaths.Input, RepoPaths.Theme, output), TestContext.Current.CancellationToken);
            Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
            expected.Add(SiteBuilds.Snapshot(output));
        }
        Assert.NotEqual(expected[0], expected[1]);

        // The site the kills will land on: variant 0, built by the CLI itself (which also times one run).
        File.WriteAllText(seed, variants[0]);
        var target = Path.Combine(_builds.Root, "site");
        var timer = Stopwatch.StartNew();
        using (var first = StartBuild(seeds, target))
        {
            await first.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(first.ExitCode == 0, await first.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
        }
        var duration = timer.Elapsed;
        var current = 0;
        Assert.Equal(expected[current], SiteBuilds.Snapshot(target));

        var random = new Random(20261127);
        var (killed, finished) = (0, 0);
        for (var run = 0; run < 20; run++)
        {
            var next = 1 - current;
            File.WriteAllText(seed, variants[next]);
            using var build = StartBuild(seeds, target);
            await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * duration.TotalMilliseconds * 0.9), TestContext.Current.CancellationToken);
            var exited = build.HasExited;
            if (!exited)
            {
                build.Kill(entireProcessTree: true); // SIGKILL: no finally, no Dispose, no chance to tidy up
            }
            await build.WaitForExitAsync(TestContext.Current.CancellationToken);
            (killed, finished) = exited ? (killed, finished + 1) : (killed + 1, finished);

            var now = SiteBuilds.Snapshot(target);
            if (now.SequenceEqual(expected[next]))
            {
                current = next;
            }
            else
            {
                Assert.True(now.SequenceEqual(expected[current]),
                    $"run {run}: the output is neither the previous site nor the new one ({(exited ? "finished" : "killed")}):\n"
                    + string.Join("\n", now.Keys.Except(expected[current].Keys).Concat(expected[current].Keys.Except(now.Keys)).Take(10)));
            }
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"one build {duration.TotalMilliseconds:F0} ms; {killed} killed, {finished} finished");
        Assert.True(killed >= 10, $"only {killed} of 20 builds were killed: the delays are too long to test anything");

        // After all that, a build still runs (a dead build's lock file blocks nothing) and completes the site.
        File.WriteAllText(seed, variants[0]);
        using var last = StartBuild(seeds, target);
        await last.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(last.ExitCode == 0, await last.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
        Assert.Equal(expected[0], SiteBuilds.Snapshot(target));
        Assert.False(Directory.Exists(target + ".staging"));
        Assert.False(Directory.Exists(target + ".previous"));
    }

    [Fact]
    public async Task A_second_build_while_one_runs_is_refused_with_a_clear_message_and_the_first_completes()
    {
        // Twelve articles, so the running build is still at work when the second one comes (on a loaded CI
        // machine too): the seed twelve times, each with its own English title (line 2, where the slug comes from).
        var seeds = _builds.EmptyFolder("many-seeds");
        var lines = File.ReadAllLines(Directory.GetFiles(RepoPaths.Seeds, "*.txt").Single());
        for (var i = 0; i < 12; i++)
        {
            File.WriteAllLines(Path.Combine(seeds, $"article-{i:00}.txt"), [lines[0], $"Part {i + 1}: {lines[1]}", .. lines[2..]]);
        }
        var target = Path.Combine(_builds.Root, "site");
        using var running = StartBuild(seeds, target);
        // The build makes its staging folder once it holds the lock. Waiting on that folder, not on the lock
        // itself, keeps this test from taking the lock at the moment the build reaches for it.
        var timer = Stopwatch.StartNew();
        while (!Directory.Exists(target + ".staging"))
        {
            if (running.HasExited)
            {
                Assert.Fail("the build finished before it could be raced: " + await running.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken));
            }
            Assert.True(timer.Elapsed < TimeSpan.FromSeconds(30), "the build never made its staging folder");
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        var second = await _builds.BuildAsync(output: target);

        Assert.False(second.Succeeded);
        var error = Assert.Single(second.Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("another build is writing to this output folder", error.Message);
        await running.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(running.ExitCode == 0, await running.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
        Assert.True(File.Exists(Path.Combine(target, "index.json")));
        Assert.True((await _builds.BuildAsync(output: target)).Succeeded, "the lock is free again once the build is done");
    }

    private static Process StartBuild(string seeds, string output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Cli, "build", "--seeds", seeds, "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--output", output, "--log-level", "error" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }
}
