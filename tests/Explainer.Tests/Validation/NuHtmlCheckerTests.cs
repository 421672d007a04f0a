using Explainer.Tests.Harness;

namespace Explainer.Tests.Validation;

[Collection(BuiltSiteCollection.Name)]
public sealed class NuHtmlCheckerTests(BuiltSite site)
{
    [Fact]
    public async Task Every_page_of_the_built_site_has_no_Nu_Html_Checker_errors()
    {
        var pages = site.HtmlFiles();
        Assert.NotEmpty(pages); // an empty site would pass the checker trivially

        var messages = await Vnu.CheckAsync(site.OutputPath, [site.OutputPath], TestContext.Current.CancellationToken);

        var errors = messages.Where(m => m.Type is "error" or "non-document-error").ToList();
        Assert.True(
            errors.Count == 0,
            $"{errors.Count} Nu Html Checker error(s) in {pages.Count} page(s):\n{string.Join("\n", errors)}");
    }
}
