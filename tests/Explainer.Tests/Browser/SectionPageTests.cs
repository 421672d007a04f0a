using Explainer.Tests.Harness;

namespace Explainer.Tests.Browser;

[Collection(BuiltSiteCollection.Name)]
public sealed class SectionPageTests(BuiltSite site)
{
    [Fact]
    public async Task Every_section_page_loads_without_errors_and_shows_its_article()
    {
        var sections = site.Index.Explainers.SelectMany(e => e.Sections).ToList();
        Assert.NotEmpty(sections); // the index must list sections for this test to mean anything

        // All pages are visited before asserting, so one run reports every broken section at once.
        var failures = new List<string>();
        foreach (var section in sections)
        {
            await using var tab = await site.OpenAsync(section.Url, 1280, 800, TestContext.Current.CancellationToken);
            failures.AddRange(tab.Problems.Snapshot().Select(problem => $"{section.Url}: {problem}"));
            if (await tab.Page.Locator("article").CountAsync() == 0)
            {
                failures.Add($"{section.Url}: no <article>");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} problem(s) in {sections.Count} section page(s):\n{string.Join("\n", failures)}");
    }
}
