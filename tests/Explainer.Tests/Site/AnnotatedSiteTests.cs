using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Site;

/// <summary>The real seed's profiles and notes, as they stand on the built pages.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class AnnotatedSiteTests(BuiltSite site)
{
    private static readonly string[] People =
    [
        "alexandr-wang", "mark-zuckerberg", "chris-cox", "andrew-bosworth", "dave-arnold", "tomasz-tunguz",
        "mark-chen", "yann-lecun", "john-hegeman", "clara-shih", "susan-li", "elad-gil",
    ];

    private IDocument Page(string url) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.OutputPath, url.Trim('/'), "index.html")));

    private IDocument ExplainerPage => Page(site.Index.Explainers[0].Url);

    [Fact]
    public void Each_person_has_a_card_beside_the_first_section_that_names_them_and_a_profile_page()
    {
        var page = ExplainerPage;
        foreach (var person in People)
        {
            var firstMention = page.QuerySelector($"article a.mention[data-profile='{person}']");
            Assert.True(firstMention is not null, $"{person} is never linked");
            var section = firstMention.Closest("section.section")!; // every paragraph is in a section
            Assert.NotNull(section.QuerySelector($".margin div.card[id$='-{person}']"));
            Assert.True(File.Exists(Path.Combine(site.OutputPath, "profiles", person, "index.html")), $"no page for {person}");
        }
    }

    [Theory]
    [InlineData("紮克伯格")]
    [InlineData("Wang")]
    [InlineData("Cox")]
    [InlineData("Bosworth")]
    [InlineData("Alexandr Wang")]
    public void Every_form_of_a_name_in_the_seed_is_linked_at_least_once(string form)
    {
        Assert.Contains(ExplainerPage.QuerySelectorAll("article a.mention"), a => a.TextContent == form);
    }

    [Fact]
    public void A_person_links_to_their_card_on_the_page_and_an_organisation_to_its_profile_page()
    {
        var page = ExplainerPage;
        var mentions = page.QuerySelectorAll("article a.mention").ToList();
        Assert.Contains(mentions, m => m.GetAttribute("href")!.StartsWith('#'));
        foreach (var mention in mentions)
        {
            var href = mention.GetAttribute("href")!; // a mention is a link
            var profile = mention.GetAttribute("data-profile");
            if (href.StartsWith('#'))
            {
                var card = page.GetElementById(href[1..]);
                Assert.NotNull(card);
                Assert.EndsWith("-" + profile, card.Id);
                Assert.True(card.ParentElement!.HasAttribute("data-annotation")); // cards stand in an annotated margin
            }
            else
            {
                Assert.Equal($"../profiles/{profile}/", href);
            }
        }
    }

    [Fact]
    public void Notes_are_numbered_in_reading_order_and_carry_their_sources()
    {
        var page = ExplainerPage;
        var numbers = page.QuerySelectorAll("article a.note-ref").Select(a => int.Parse(a.TextContent)).ToList();

        Assert.True(numbers.Count >= 12, $"only {numbers.Count} notes");
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        foreach (var note in page.QuerySelectorAll("article div.note:not(.note-fix)"))
        {
            foreach (var cite in note.QuerySelectorAll("a.cite"))
            {
                Assert.NotNull(page.GetElementById(cite.GetAttribute("href")!.TrimStart('#'))); // citations are fragment links
            }
        }
    }

    [Fact]
    public void A_profile_page_links_to_every_paragraph_that_names_the_person()
    {
        var profile = Page("/profiles/andrew-bosworth/");
        var explainer = ExplainerPage;
        var expected = explainer.QuerySelectorAll("article section.section > p[id^='p-']")
            .Where(p => p.TextContent.Contains("Bosworth", StringComparison.Ordinal))
            .Select(p => "#" + p.Id)
            .ToList();

        var links = profile.QuerySelectorAll(".appearances a").Select(a => a.GetAttribute("href")!).ToList(); // appearances are links
        Assert.Equal(expected, links.Select(l => l[l.IndexOf('#')..]));
    }

    [Fact]
    public void The_profiles_index_lists_every_profile()
    {
        var index = Page("/profiles/");
        var listed = index.QuerySelectorAll(".profile-list a").Count();

        Assert.Equal(Directory.GetDirectories(Path.Combine(site.OutputPath, "profiles")).Length, listed);
    }
}
