using System.Text;
using Explainer.Chinese;
using G = Explainer.Tests.Golden.Golden;

namespace Explainer.Tests.Chinese;

/// <summary>
/// Text in, suspects out: Golden/Conversion/NNN-name.txt beside NNN-name.out.txt, one suspect a line
/// as <c>line:col kind original → suggested  reason</c>. Each line of the input is checked on its own.
/// </summary>
public class ConversionGoldenTests
{
    public static TheoryData<string> Cases() =>
        [.. Directory.GetFiles(G.Folder("Conversion"), "*.txt")
            .Where(p => !p.EndsWith(".out.txt", StringComparison.Ordinal))
            .Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Text_gives_the_expected_suspects(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(G.Folder("Conversion"), name + ".txt"));

        G.Match(Path.Combine(G.Folder("Conversion"), name + ".out.txt"), Report(lines));
    }

    internal static string Report(IReadOnlyList<string> lines)
    {
        var report = new StringBuilder();
        for (var line = 0; line < lines.Count; line++)
        {
            foreach (var s in ConversionChecker.Find(lines[line]))
                report.Append($"{line + 1}:{s.Index + 1} {s.Kind} {s.Original} → {s.Suggested}  {s.Reason}\n");
        }
        return report.ToString();
    }
}
