namespace Explainer.Tests.Harness;

/// <summary>The validator test is only as good as its checker: prove errors are seen and located.</summary>
public sealed class VnuTests
{
    [Fact]
    public async Task Reports_an_error_with_its_file_and_line()
    {
        using var site = new TempSite(
            ("good.html", TempSite.Page("good", "<p>fine</p>")),
            ("sub/bad.html", TempSite.Page("bad", "<p>stray</span></p>")),
            ("feed.xml", "<not html"));

        var messages = await Vnu.CheckAsync(site.Root, [site.Root], TestContext.Current.CancellationToken);

        var error = Assert.Single(messages, m => m.Type == "error");
        Assert.Equal(Path.Combine("sub", "bad.html"), error.File);
        var badLine = Array.FindIndex(File.ReadAllLines(Path.Combine(site.Root, "sub", "bad.html")), l => l.Contains("</span>")) + 1;
        Assert.Equal(badLine, error.Line);
        Assert.Contains("span", error.Message);
    }

    [Fact]
    public async Task Reports_nothing_for_a_valid_page()
    {
        using var site = new TempSite(("index.html", TempSite.Page("valid", "<main><h1>valid</h1></main>")));

        var messages = await Vnu.CheckAsync(site.Root, [site.Root], TestContext.Current.CancellationToken);

        Assert.Empty(messages);
    }
}
