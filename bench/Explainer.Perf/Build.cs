using BenchmarkDotNet.Attributes;
using Explainer.Site;

namespace Explainer.Perf;

/// <summary>A whole clean build in process (staging and swap included), warm: JIT and start-up excluded.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class Build
{
    private string _corpus = "";
    private string _output = "";

    [Params(1, 100)]
    public int Seeds { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Repo.Corpus(Seeds);
        _output = Path.Combine(_corpus, "out-perf-build");
    }

    [Benchmark(Description = "clean build")]
    public async Task<bool> CleanBuild()
    {
        var result = await SiteBuild.RunAsync(
            new BuildOptions(Path.Combine(_corpus, "seeds"), Path.Combine(_corpus, "input"), Path.Combine(Repo.Root, "theme"), _output),
            CancellationToken.None);
        return result.Succeeded ? true : throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }
}
