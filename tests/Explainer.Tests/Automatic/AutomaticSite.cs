using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Explainer.Site;
using Explainer.Tests.Harness;
using Explainer.Tests.Site;

namespace Explainer.Tests.Automatic;

/// <summary>
/// The fixture seed with no editorial files (Fixtures/automatic), copied into a throw-away folder that a
/// test may edit and built from there.
/// </summary>
public sealed class AutomaticSite : IDisposable
{
    public const string SeedName = "northern-loop.txt";

    private readonly SiteBuilds _builds = new();

    public AutomaticSite()
    {
        Seeds = _builds.Copy(Path.Combine(RepoPaths.Root, "tests", "Explainer.Tests", "Fixtures", "automatic"), "seeds");
        File.Delete(Path.Combine(Seeds, "README.md"));
        Input = _builds.EmptyFolder("input");
    }

    public string Seeds { get; }

    public string Input { get; }

    public string Output => _builds.Output;

    public string SeedPath => Path.Combine(Seeds, SeedName);

    /// <summary>The seed's paragraphs' text as the parser joins them: where every quote must stand.</summary>
    public string JoinedSeedText => string.Join("\n", Explainer.Seeds.SeedParser.Parse(SeedName, File.ReadAllText(SeedPath))
        .Sections.SelectMany(s => s.Paragraphs).Select(p => p.Text));

    public Task<BuildResult> TryBuildAsync() => _builds.BuildAsync(Seeds, Input);

    public async Task<BuildResult> BuildAsync()
    {
        var result = await TryBuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    public void Edit(string from, string to)
    {
        var text = File.ReadAllText(SeedPath);
        Assert.Contains(from, text);
        File.WriteAllText(SeedPath, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void WriteInput(string relativePath, string text)
    {
        var path = Path.Combine(Input, "northern-loop", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!); // below Input, so it has a parent
        File.WriteAllText(path, text);
    }

    public IDocument ExplainerPage()
    {
        var index = SiteIndex.Load(Output);
        var page = Path.Combine(Output, index.Explainers.Single().Url.Trim('/'), "index.html");
        return new HtmlParser().ParseDocument(File.ReadAllText(page));
    }

    public void Dispose() => _builds.Dispose();
}
