using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Explainer.Markup;
using Explainer.Seeds;
using Explainer.Site;
using Markdig;

namespace Explainer.Perf;

/// <summary>Where the repository is: the folder above bench/ that holds Explainer.csproj.</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Explainer.csproj")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Explainer.csproj not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The N-copy corpus of bench/corpus.py (seeds/ and input/), made once per size.</summary>
    public static string Corpus(int n)
    {
        var folder = Path.Combine(Path.GetTempPath(), "explainer-perf-corpus", "n" + n);
        if (!Directory.Exists(Path.Combine(folder, "seeds")))
        {
            var start = new ProcessStartInfo("python3") { WorkingDirectory = Root };
            foreach (var argument in new[] { Path.Combine(Root, "bench", "corpus.py"), "--generate", n.ToString(System.Globalization.CultureInfo.InvariantCulture), folder })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!; // not shell-executed: never null
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("bench/corpus.py --generate failed");
            }
        }
        return folder;
    }
}

/// <summary>The per-document stages on the real seed: parsing it, and Markdig's pipeline being built once.</summary>
[MemoryDiagnoser]
public class Stages
{
    private string _seed = "";
    private string _seedName = "";
    private string _markdown = "";
    private MarkdownPipeline _pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        var seedFile = Directory.GetFiles(Path.Combine(Repo.Root, "seeds"), "*.txt").Order(StringComparer.Ordinal).First();
        _seedName = Path.GetFileName(seedFile);
        _seed = File.ReadAllText(seedFile);
        _pipeline = MarkdownPipelineFactory.Create();
        // A section as the build publishes it: escaped seed text with corrections, mentions and ids.
        var corpus = Repo.Corpus(1);
        var output = Path.Combine(corpus, "out-perf-stages");
        SiteBuild.RunAsync(new BuildOptions(Path.Combine(corpus, "seeds"), Path.Combine(corpus, "input"), Path.Combine(Repo.Root, "theme"), output), CancellationToken.None).GetAwaiter().GetResult();
        _markdown = Directory.GetFiles(output, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).MaxBy(t => t.Length)!;
    }

    [Benchmark(Description = "SeedParser.Parse (the real seed)")]
    public ParsedSeed ParseSeed() => SeedParser.Parse(_seedName, _seed);

    [Benchmark(Description = "Markdig: render the longest section (pipeline built once)")]
    public string RenderSection() => Markdown.ToHtml(_markdown, _pipeline);

    [Benchmark(Description = "Markdig: pipeline built per document (what not to do)")]
    public string RenderSectionNewPipeline() => Markdown.ToHtml(_markdown, MarkdownPipelineFactory.Create());
}

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
