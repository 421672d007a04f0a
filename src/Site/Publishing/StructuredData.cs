using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Explainer.Editorial;

namespace Explainer.Site.Publishing;

/// <summary>
/// schema.org JSON-LD for the pages: a <c>NewsArticle</c> for each explainer (and each of its
/// sections), <c>isBasedOn</c> the article the seed reproduces; a <c>Person</c> or <c>Organization</c>
/// for each profile. The text goes inside <c>&lt;script type="application/ld+json"&gt;</c>, so every
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> is escaped (<c>\u003C</c>): no value can close the element.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        // The default encoder escapes the HTML-sensitive characters; CJK stays readable.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Article(SiteSettings site, ExplainerModel explainer, string url, SectionModel? section, IEnumerable<Profile> mentions)
    {
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = section is null ? explainer.Title : $"{section.Title}｜{explainer.Title}",
            ["inLanguage"] = site.Language,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["description"] = explainer.Summary,
        };
        if (explainer.TitleEn.Length > 0)
        {
            article["alternativeHeadline"] = explainer.TitleEn;
        }
        if (explainer.Date is { } date)
        {
            article["datePublished"] = Date(date);
            article["dateModified"] = Date(explainer.Updated ?? date);
        }
        if (site.Author.Length > 0)
        {
            article["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.Author, ["url"] = site.BaseUrl + "/" };
        }
        article["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.Publisher.Length > 0 ? site.Publisher : site.Title, ["url"] = site.BaseUrl + "/" };
        article["isBasedOn"] = BasedOn(explainer);
        if (section is not null)
        {
            article["isPartOf"] = new JsonObject { ["@type"] = "NewsArticle", ["headline"] = explainer.Title, ["url"] = site.BaseUrl + "/" + SiteUrls.Explainer(explainer) };
        }
        var people = new JsonArray();
        foreach (var profile in mentions)
        {
            people.Add((JsonNode)new JsonObject
            {
                ["@type"] = profile.Kind == ProfileKind.Person ? "Person" : "Organization",
                ["name"] = profile.Name,
                ["url"] = site.BaseUrl + "/" + SiteUrls.Profile(profile.Id),
            });
        }
        if (people.Count > 0)
        {
            article["mentions"] = people;
        }
        return article.ToJsonString(Options);
    }

    /// <summary>The seed's own article: the source named in input/, or at least the seed's headline.</summary>
    private static JsonObject BasedOn(ExplainerModel explainer)
    {
        if (explainer.BasedOn is not { } source)
        {
            return new JsonObject { ["@type"] = "NewsArticle", ["headline"] = explainer.Seed.Headline };
        }
        var basedOn = new JsonObject
        {
            ["@type"] = "NewsArticle",
            ["headline"] = source.Title,
            ["url"] = source.Url,
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = source.Publication },
        };
        if (source.Date.Length > 0)
        {
            basedOn["datePublished"] = source.Date;
        }
        return basedOn;
    }

    public static string Profile(SiteSettings site, Profile profile)
    {
        var url = site.BaseUrl + "/" + SiteUrls.Profile(profile.Id);
        var person = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = profile.Kind == ProfileKind.Person ? "Person" : "Organization",
            ["name"] = profile.Name,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["description"] = Pages.ProfilePages.WithoutCitations(profile.Why),
        };
        var alternates = new JsonArray();
        foreach (var name in new[] { profile.NameZh }.Concat(profile.Aliases).Where(n => n.Length > 0 && n != profile.Name).Distinct(StringComparer.Ordinal))
        {
            alternates.Add((JsonNode)name);
        }
        if (alternates.Count > 0)
        {
            person["alternateName"] = alternates;
        }
        if (profile.Kind == ProfileKind.Person)
        {
            if (profile.Role.Length > 0)
            {
                person["jobTitle"] = profile.Role;
            }
            if (profile.Organisation.Length > 0)
            {
                person["worksFor"] = new JsonObject { ["@type"] = "Organization", ["name"] = profile.Organisation };
            }
        }
        var citations = new JsonArray();
        foreach (var source in profile.Sources)
        {
            citations.Add((JsonNode)new JsonObject { ["@type"] = "CreativeWork", ["name"] = source.Title, ["url"] = source.Url, ["publisher"] = source.Publication });
        }
        if (citations.Count > 0)
        {
            person["subjectOf"] = citations;
        }
        return person.ToJsonString(Options);
    }
}
