using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using Explainer.Engine;
using Explainer.Site.Publishing;

namespace Explainer.Site.Modules;

/// <summary>
/// What search engines, feed readers and Netlify read besides the pages: <c>/sitemap.xml</c> (sitemap
/// protocol 0.9), <c>/feed.xml</c> (Atom 1.0), <c>/feed.json</c> (JSON Feed 1.1), <c>/robots.txt</c>
/// and <c>/_redirects</c> (old slugs declared in input/ to the new ones, in both editions). The sitemap
/// lists each page in both editions with its <c>hreflang</c> alternates; the Simplified feeds are
/// copies (<see cref="CreateSimplifiedFiles"/>). Every URL is absolute, from the base URL in
/// input/site.yml; every date comes from input/, never from the clock.
/// </summary>
public sealed class CreateDiscoveryFiles : SyncModule
{
    /// <summary>Atom requires a date on every entry; an explainer without one in input/ gets this.</summary>
    public static readonly DateOnly Undated = new(1970, 1, 1);

    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context)
    {
        var site = EditorialLookup.Site(context);
        var explainers = Listing.Of(context);
        foreach (var undated in explainers.Where(e => e.Date is null))
        {
            context.Diagnostics.Add(Diagnostic.Info(undated.SeedFile, 1, 1,
                $"explainer '{undated.Slug}' has no date: set date: yyyy-MM-dd in input/{Path.GetFileNameWithoutExtension(undated.SeedFile)}/explainer.yml (the feeds date it {StructuredData.Date(Undated)})"));
        }
        var pages = inputs
            .Select(d => d.Destination)
            .OfType<string>()
            .Where(d => d.EndsWith("index.html", StringComparison.Ordinal) && !d.StartsWith(SiteUrls.EmbedFolder, StringComparison.Ordinal)
                && !d.StartsWith(Editions.SimplifiedEdition.Folder, StringComparison.Ordinal)) // listed beside their Traditional pages
            .Select(d => d[..^"index.html".Length])
            .Order(StringComparer.Ordinal)
            .ToList();
        return
        [
            .. inputs,
            new Document(null, "sitemap.xml", Sitemap(site.BaseUrl, pages, explainers)),
            new Document(null, "feed.xml", Atom(site, explainers)),
            new Document(null, "feed.json", JsonFeed(site, explainers)),
            new Document(null, "robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {site.BaseUrl}/sitemap.xml\n"),
            new Document(null, "_redirects", Redirects(explainers, context)),
        ];
    }

    private static string Sitemap(string baseUrl, IReadOnlyList<string> pages, IReadOnlyList<ExplainerModel> explainers)
    {
        // A page of an explainer changes when the explainer does.
        var changed = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var e in explainers)
        {
            if ((e.Updated ?? e.Date) is { } date)
            {
                changed[SiteUrls.Explainer(e)] = date;
                foreach (var s in e.Sections)
                {
                    changed[SiteUrls.Section(e, s)] = date;
                }
            }
        }
        // Each page in both editions, each naming both as its alternates (Google's hreflang in sitemaps).
        const string xhtml = "http://www.w3.org/1999/xhtml";
        return Xml(writer =>
        {
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            writer.WriteAttributeString("xmlns", "xhtml", null, xhtml);
            foreach (var page in pages)
            {
                var traditional = baseUrl + "/" + page;
                var simplified = baseUrl + "/" + Editions.SimplifiedEdition.PathOf(page);
                foreach (var loc in new[] { traditional, simplified })
                {
                    writer.WriteStartElement("url");
                    writer.WriteElementString("loc", loc);
                    if (changed.TryGetValue(page, out var date))
                    {
                        writer.WriteElementString("lastmod", StructuredData.Date(date));
                    }
                    foreach (var (language, href) in new[] { ("zh-Hant", traditional), (Editions.SimplifiedEdition.Language, simplified), ("x-default", traditional) })
                    {
                        writer.WriteStartElement("xhtml", "link", xhtml);
                        writer.WriteAttributeString("rel", "alternate");
                        writer.WriteAttributeString("hreflang", language);
                        writer.WriteAttributeString("href", href);
                        writer.WriteEndElement();
                    }
                    writer.WriteEndElement();
                }
            }
            writer.WriteEndElement();
        });
    }

    private static string Atom(Editorial.SiteSettings site, IReadOnlyList<ExplainerModel> explainers)
    {
        const string ns = "http://www.w3.org/2005/Atom";
        return Xml(writer =>
        {
            writer.WriteStartElement("feed", ns);
            writer.WriteAttributeString("xml", "lang", null, site.Language);
            writer.WriteElementString("id", ns, site.BaseUrl + "/");
            writer.WriteElementString("title", ns, site.Title);
            writer.WriteElementString("subtitle", ns, site.Description);
            writer.WriteElementString("updated", ns, Timestamp(explainers.Select(Modified).DefaultIfEmpty(Undated).Max()));
            Link(writer, "self", site.BaseUrl + "/feed.xml", "application/atom+xml");
            Link(writer, "alternate", site.BaseUrl + "/", "text/html");
            Author(writer, site);
            writer.WriteElementString("generator", ns, "Explainer");
            foreach (var e in explainers)
            {
                var url = site.BaseUrl + "/" + SiteUrls.Explainer(e);
                writer.WriteStartElement("entry", ns);
                writer.WriteElementString("id", ns, url);
                writer.WriteElementString("title", ns, e.Title);
                Link(writer, "alternate", url, "text/html");
                if (e.BasedOn is { Url.Length: > 0 } source)
                {
                    Link(writer, "related", source.Url, null);
                }
                writer.WriteElementString("published", ns, Timestamp(e.Date ?? Undated));
                writer.WriteElementString("updated", ns, Timestamp(Modified(e)));
                writer.WriteStartElement("summary", ns);
                writer.WriteAttributeString("type", "text");
                writer.WriteString(e.Summary);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            writer.WriteEndElement();

            void Link(XmlWriter w, string rel, string href, string? type)
            {
                w.WriteStartElement("link", ns);
                w.WriteAttributeString("rel", rel);
                w.WriteAttributeString("href", href);
                if (type is not null)
                {
                    w.WriteAttributeString("type", type);
                }
                w.WriteEndElement();
            }

            void Author(XmlWriter w, Editorial.SiteSettings s)
            {
                w.WriteStartElement("author", ns);
                w.WriteElementString("name", ns, s.Author.Length > 0 ? s.Author : s.Title);
                w.WriteElementString("uri", ns, s.BaseUrl + "/");
                w.WriteEndElement();
            }
        });
    }

    private static string JsonFeed(Editorial.SiteSettings site, IReadOnlyList<ExplainerModel> explainers)
    {
        var author = new JsonFeedAuthor(site.Author.Length > 0 ? site.Author : site.Title, site.BaseUrl + "/");
        var feed = new JsonFeedFile(
            Version: "https://jsonfeed.org/version/1.1",
            Title: site.Title,
            HomePageUrl: site.BaseUrl + "/",
            FeedUrl: site.BaseUrl + "/feed.json",
            Description: site.Description,
            Language: site.Language,
            Authors: [author],
            Items: [.. explainers.Select(e =>
            {
                var url = site.BaseUrl + "/" + SiteUrls.Explainer(e);
                return new JsonFeedItem(
                    Id: url,
                    Url: url,
                    Title: e.Title,
                    ContentText: e.Summary,
                    Summary: e.Summary,
                    Language: site.Language,
                    ExternalUrl: e.BasedOn is { Url.Length: > 0 } source ? source.Url : null,
                    DatePublished: e.Date is { } date ? Timestamp(date) : null,
                    DateModified: e.Date is { } published ? Timestamp(e.Updated ?? published) : null,
                    Tags: [.. e.Sections.Select(s => s.Title)]);
            })]);
        return SiteJson.Serialize(feed, SiteJson.Context.JsonFeedFile);
    }

    /// <summary>Netlify's <c>_redirects</c>: each slug an editor retired, to its successor, permanently.</summary>
    private static string Redirects(IReadOnlyList<ExplainerModel> explainers, IExecutionContext context)
    {
        var text = new StringBuilder("# Old addresses to new ones, from previous_slugs in input/<seed>/explainer.yml.\n");
        var current = explainers.Select(e => e.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var e in explainers)
        {
            foreach (var old in e.PreviousSlugs)
            {
                if (current.Contains(old))
                {
                    context.Diagnostics.Add(Diagnostic.Error(e.SeedFile, 1, 1, $"previous slug '{old}' of '{e.Slug}' is the slug of another explainer"));
                    continue;
                }
                text.Append(CultureInfo.InvariantCulture, $"/{old}/*  /{e.Slug}/:splat  301\n");
                text.Append(CultureInfo.InvariantCulture, $"/{old}  /{e.Slug}/  301\n");
                text.Append(CultureInfo.InvariantCulture, $"/embed/{old}/*  /embed/{e.Slug}/:splat  301\n");
                text.Append(CultureInfo.InvariantCulture, $"/oembed/{old}/*  /oembed/{e.Slug}/:splat  301\n");
            }
            var sections = e.Sections.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
            foreach (var s in e.Sections)
            {
                foreach (var old in s.PreviousSlugs.Where(o => !sections.Contains(o))) // a live one is an error in explainer.yml
                {
                    var to = SiteUrls.Section(e, s);
                    text.Append(CultureInfo.InvariantCulture, $"/{e.Slug}/{old}/  /{to}  301\n");
                    text.Append(CultureInfo.InvariantCulture, $"/{e.Slug}/{old}  /{to}  301\n");
                    text.Append(CultureInfo.InvariantCulture, $"/{e.Slug}/{old}.md  /{SiteUrls.SectionMarkdown(e, s)}  301\n");
                    text.Append(CultureInfo.InvariantCulture, $"/embed/{e.Slug}/{old}/  /{SiteUrls.Embed(e, s)}  301\n");
                    text.Append(CultureInfo.InvariantCulture, $"/embed/{e.Slug}/{old}  /{SiteUrls.Embed(e, s)}  301\n");
                    text.Append(CultureInfo.InvariantCulture, $"/oembed/{e.Slug}/{old}.json  /{SiteUrls.OEmbed(e, s)}  301\n");
                }
            }
        }
        // The same in the Simplified edition, whose missing pages get its own 404 page: the last rule, so
        // that the redirects above it win.
        foreach (var rule in text.ToString().Split('\n').Where(l => l.StartsWith('/')).ToList())
        {
            var to = rule.IndexOf("  /", StringComparison.Ordinal);
            text.Append('/').Append(Editions.SimplifiedEdition.Folder).Append(rule, 1, to + 3 - 1)
                .Append(Editions.SimplifiedEdition.Folder).Append(rule, to + 3, rule.Length - to - 3).Append('\n');
        }
        text.Append(CultureInfo.InvariantCulture, $"/{Editions.SimplifiedEdition.Folder}*  /{Editions.SimplifiedEdition.PathOf(SiteUrls.NotFound)}  404\n");
        return text.ToString();
    }

    private static DateOnly Modified(ExplainerModel e) => e.Updated ?? e.Date ?? Undated;

    private static string Timestamp(DateOnly date) => StructuredData.Date(date) + "T00:00:00Z";

    private static string Xml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
