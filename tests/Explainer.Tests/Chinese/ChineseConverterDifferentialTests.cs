using Explainer.Chinese;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Chinese;

/// <summary>ChineseConverter against outputs of OpenCC 1.4.2 itself (OpenCcReference/README.md).</summary>
public class ChineseConverterDifferentialTests
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "Explainer.Tests", "Chinese", "OpenCcReference");

    public static TheoryData<string> Configs() => ["t2s", "s2t", "tw2s", "tw2sp", "s2tw", "s2twp"];

    [Theory]
    [MemberData(nameof(Configs))]
    public void Every_reference_line_converts_as_OpenCC_converts_it(string config)
    {
        var converter = config switch
        {
            "t2s" => ChineseConverter.TraditionalToSimplified,
            "s2t" => ChineseConverter.SimplifiedToTraditional,
            "tw2s" => ChineseConverter.TaiwanToSimplified,
            "tw2sp" => ChineseConverter.TaiwanToSimplifiedPhrases,
            "s2tw" => ChineseConverter.SimplifiedToTaiwan,
            "s2twp" => ChineseConverter.SimplifiedToTaiwanPhrases,
            _ => throw new ArgumentOutOfRangeException(nameof(config)),
        };
        var inputs = File.ReadAllLines(Path.Combine(Folder, "input.txt"));
        var expected = File.ReadAllLines(Path.Combine(Folder, config + ".txt"));
        Assert.Equal(inputs.Length, expected.Length);
        Assert.True(inputs.Length > 100, "the reference has too few lines to mean much");

        var mismatches = inputs.Select((line, i) => (line, expected: expected[i], actual: converter.Convert(line)))
            .Where(c => c.expected != c.actual)
            .Select(c => $"{c.line}\n  OpenCC: {c.expected}\n  ours:   {c.actual}")
            .ToList();

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void The_simplified_edition_converts_every_reference_line_as_OpenCC_tw2sp_does()
    {
        var inputs = File.ReadAllLines(Path.Combine(Folder, "input.txt"));
        var expected = File.ReadAllLines(Path.Combine(Folder, "tw2sp.txt"));
        Assert.Equal(inputs.Length, expected.Length);

        var mismatches = inputs.Select((line, i) => (line, expected: expected[i], actual: SimplifiedConversion.Plain.Convert(line)))
            .Where(c => c.expected != c.actual)
            .Select(c => $"{c.line}\n  OpenCC: {c.expected}\n  ours:   {c.actual}")
            .ToList();

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }
}
