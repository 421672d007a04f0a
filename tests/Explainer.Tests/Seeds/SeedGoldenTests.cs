using Explainer.Editorial;
using Explainer.Engine;
using Explainer.Seeds;
using Explainer.Site;
using Explainer.Tests.Harness;
using G = Explainer.Tests.Golden.Golden;

namespace Explainer.Tests.Seeds;

/// <summary>Seed text in, Markdown sections out: Golden/Seeds/NNN-name.txt beside NNN-name.out.md.</summary>
public class SeedGoldenTests
{
    public static TheoryData<string> Cases() =>
        [.. Directory.GetFiles(G.Folder("Seeds"), "*.txt").Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Seed_becomes_the_expected_markdown_sections(string name)
    {
        var seedPath = Path.Combine(G.Folder("Seeds"), name + ".txt");

        var markdown = MarkdownOf(seedPath, SeedSettings.Default, CorrectionSet.Empty);

        G.Match(Path.Combine(G.Folder("Seeds"), name + ".out.md"), markdown);
    }

    [Fact]
    public void Real_seed_with_its_editorial_layer_becomes_the_expected_markdown_sections()
    {
        var seedPath = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Single();
        var editorial = Path.Combine(RepoPaths.Input, Path.GetFileNameWithoutExtension(seedPath));
        var settings = SeedSettings.Read(Yaml(Path.Combine(editorial, "explainer.yml")));
        var corrections = CorrectionSet.Read(Yaml(Path.Combine(editorial, "corrections.yml")));

        var markdown = MarkdownOf(seedPath, settings, corrections);

        G.Match(Path.Combine(G.Folder("Seeds"), "000-real-seed.out.md"), markdown);
    }

    internal static string MarkdownOf(string seedPath, SeedSettings settings, CorrectionSet corrections)
    {
        var bytes = File.ReadAllBytes(seedPath);
        var seed = SeedParser.Parse(Path.GetFileName(seedPath), System.Text.Encoding.UTF8.GetString(bytes), settings.ParseOptions);
        var diagnostics = new DiagnosticBag();
        var explainer = ExplainerBuilder.Build(seed, seedPath, ExplainerBuilder.Sha256Of(bytes), settings, corrections, true, diagnostics);
        Assert.Empty(diagnostics.ToSortedArray());
        return string.Join("\n", explainer.Sections.Select(s => SectionMarkdownWriter.Write(explainer, s, fullWidthPunctuation: true)));
    }

    private static YamlFile Yaml(string path)
    {
        var file = YamlFile.Parse(path, File.ReadAllText(path));
        Assert.Empty(file.Diagnostics);
        return file;
    }
}
