using Explainer.Analysis;
using G = Explainer.Tests.Golden.Golden;

namespace Explainer.Tests.Analysis;

/// <summary>Seed in, figures, dates and names out: Golden/Analysis/NNN-name.txt beside NNN-name.out.txt (format: <see cref="AnalysisReport"/>).</summary>
public class AnalysisGoldenTests
{
    public static TheoryData<string> Cases() =>
        [.. Directory.GetFiles(G.Folder("Analysis"), "*.txt").Where(p => !p.EndsWith(".out.txt", StringComparison.Ordinal))
            .Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Seed_yields_the_expected_figures_dates_and_names(string name)
    {
        var input = File.ReadAllText(Path.Combine(G.Folder("Analysis"), name + ".txt"));

        var report = AnalysisReport.Write(name + ".txt", input);

        G.Match(Path.Combine(G.Folder("Analysis"), name + ".out.txt"), report);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_item_quotes_its_paragraph_at_its_offsets(string name)
    {
        var (_, seed) = AnalysisReport.Parse(name + ".txt", File.ReadAllText(Path.Combine(G.Folder("Analysis"), name + ".txt")));

        foreach (var paragraph in AnalysisReport.Paragraphs(seed))
        {
            foreach (var amount in AmountFinder.Find(paragraph).SelectMany(a => a.Also is null ? [a] : new[] { a, a.Also }))
            {
                Assert.Equal(amount.Text, paragraph.Substring(amount.Index, amount.Length));
                Assert.Equal(amount.Clause, paragraph.Substring(amount.ClauseIndex, amount.Clause.Length));
                Assert.InRange(amount.Index, amount.ClauseIndex, amount.ClauseIndex + amount.Clause.Length - amount.Length);
            }
            foreach (var date in DateFinder.Find(paragraph))
            {
                Assert.Equal(date.Text, paragraph.Substring(date.Index, date.Length));
                Assert.Equal(date.Clause, paragraph.Substring(date.ClauseIndex, date.Clause.Length));
            }
            foreach (var found in NameFinder.Find(paragraph))
            {
                Assert.Equal(found.Name, paragraph.Substring(found.Index, found.Length));
                Assert.True(found.TitleIndex < 0 ? found.Title.Length == 0 : found.Title == paragraph.Substring(found.TitleIndex, found.Title.Length));
            }
        }
    }
}
