using BenchmarkDotNet.Attributes;
using Explainer.Chinese;
using Explainer.Site;
using Explainer.Site.Editions;

namespace Explainer.Perf;

/// <summary>
/// What a page's Simplified copy costs (bench/README.md, "What the Simplified edition costs"): the
/// repository's pages, built once, converted by SimplifiedHtml as RenderPages converts them, warm.
/// </summary>
[MemoryDiagnoser]
public class Editions
{
    private (string File, string Html)[] _pages = [];
    private string _explainer = "";
    private SimplifiedHtml _html = null!;

    [GlobalSetup]
    public void Setup()
    {
        var output = Path.Combine(Path.GetTempPath(), "explainer-perf-editions");
        var result = SiteBuild.RunAsync(new BuildOptions(Path.Combine(Repo.Root, "seeds"), Path.Combine(Repo.Root, "input"), Path.Combine(Repo.Root, "theme"), output), CancellationToken.None).GetAwaiter().GetResult();
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        _pages = [.. Directory.GetFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(SimplifiedEdition.Folder, StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(Path.Combine(output, f))))];
        _explainer = _pages.Single(p => p.File == "meta-ai-power-struggle/index.html").Html;
        var overrides = Explainer.Editorial.SimplifiedOverrides.Read(Explainer.Editorial.YamlFile.Parse("zh-hans.yml", File.ReadAllText(Path.Combine(Repo.Root, "input", "zh-hans.yml"))));
        _html = new SimplifiedHtml(new SimplifiedConversion(overrides.Words), "https://explainer.netlify.app");
    }

    [Benchmark(Description = "SimplifiedHtml.Convert (the explainer page)")]
    public int ExplainerPage() => _html.Convert(_explainer, "meta-ai-power-struggle/index.html").Length;

    [Benchmark(Description = "SimplifiedHtml.Convert (every page of the seed)")]
    public int EveryPage() => _pages.Sum(p => _html.Convert(p.Html, p.File).Length);
}
