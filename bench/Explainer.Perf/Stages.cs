using BenchmarkDotNet.Attributes;
using Explainer.Markup;
using Explainer.Seeds;
using Explainer.Site;
using Markdig;

namespace Explainer.Perf;

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
