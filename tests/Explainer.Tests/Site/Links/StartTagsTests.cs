using Explainer.Site.Links;

namespace Explainer.Tests.Site;

/// <summary>The link check's tag scanner: which elements hold text rather than tags, which attributes count.</summary>
public sealed class StartTagsTests
{
    [Theory]
    [InlineData("script")]
    [InlineData("STYLE")]
    [InlineData("xmp")]
    [InlineData("iFrame")]
    [InlineData("noembed")]
    [InlineData("noframes")]
    [InlineData("Title")]
    [InlineData("textarea")]
    public void A_raw_text_element_holds_no_tags(string name)
    {
        var (ids, links) = StartTags.Scan($"<{name}><a href=\"#inside\" id=\"x\"></{name}><p id=\"after\"><a href=\"#after\">");

        Assert.Equal(["after"], ids.Select(t => t.Value));
        Assert.Equal(["#after"], links.Select(t => t.Value));
    }

    [Fact]
    public void Plaintext_holds_everything_after_it()
    {
        var (ids, links) = StartTags.Scan("<p id=\"before\"><plaintext><a href=\"#inside\" id=\"x\">");

        Assert.Equal(["before"], ids.Select(t => t.Value));
        Assert.Empty(links);
    }

    [Fact]
    public void Only_id_href_src_action_and_poster_count_in_any_case_the_first_of_each()
    {
        var (ids, links) = StartTags.Scan(
            "<p data-id=\"b\" ID=\"a\" idx=\"c\" id=\"d\" hrefs=\"i\" Href=\"h\" HREF=\"h2\" SRC=\"s\" Action=\"ac\" poster=\"po\" class=\"cl\" aria-label=\"l\" span=\"2\" type=\"t\">" +
            "<span pid=\"e\" xid=\"f\" abc=\"g\" source=\"j\" actions=\"k\" posters=\"m\" hreflang=\"n\">");

        Assert.Equal(["a"], ids.Select(t => t.Value));
        Assert.Equal(["h", "s", "ac", "po"], links.Select(t => t.Value));
    }
}
