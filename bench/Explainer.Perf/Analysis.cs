using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Explainer.Analysis;
using Explainer.Chinese;
using Explainer.Seeds;

namespace Explainer.Perf;

/// <summary>
/// What the build reads in one seed on its own (bench/README.md, "What reading a seed costs"): each
/// finder over the real seed's headline, headings and paragraphs, as <c>AutomaticData</c> and
/// <c>SuggestionFinder</c> call them, warm. Per 1,000 seeds is the figure times 1,000: the corpus is
/// copies of this seed.
/// </summary>
[MemoryDiagnoser]
public class Analysis
{
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        var seedFile = Directory.GetFiles(Path.Combine(Repo.Root, "seeds"), "*.txt").Order(StringComparer.Ordinal).First();
        var seed = SeedParser.Parse(Path.GetFileName(seedFile), File.ReadAllText(seedFile));
        _texts = [seed.Headline, .. seed.Sections.SelectMany(s => (s.Heading is { } h ? [h] : Array.Empty<string>()).Concat(s.Paragraphs.Select(p => p.Text)))];
    }

    [Benchmark(Description = "ConversionChecker.Find (the real seed)")]
    public int Checker() => _texts.Sum(t => ConversionChecker.Find(t).Length);

    [Benchmark(Description = "AmountFinder.Find (the real seed)")]
    public int Amounts() => _texts.Sum(t => AmountFinder.Find(t).Length);

    [Benchmark(Description = "DateFinder.Find (the real seed)")]
    public int Dates() => _texts.Sum(t => DateFinder.Find(t).Length);

    [Benchmark(Description = "NameFinder.Find (the real seed)")]
    public int Names() => _texts.Sum(t => NameFinder.Find(t).Length);
}

/// <summary>
/// The first call of each finder in a fresh process: OpenCC's dictionaries parsed from the assembly's
/// resources, the finders' tables built and their code compiled. Each launch measures one call.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1)]
public class FirstUse
{
    [Benchmark(Description = "first ConversionChecker.Find (dictionaries loaded)")]
    public int Checker() => ConversionChecker.Find("四麵").Length;

    [Benchmark(Description = "first Amount/Date/NameFinder.Find")]
    public int Finders() => AmountFinder.Find("6000億美元").Length + DateFinder.Find("今年春天").Length + NameFinder.Find("發言人 Dave Arnold 表示").Length;
}
