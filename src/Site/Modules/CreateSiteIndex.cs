using System.Collections.Immutable;
using Explainer.Engine;

namespace Explainer.Site.Modules;

/// <summary>
/// /index.json: every explainer and its sections with their URLs (root-relative), so embedders and
/// tests never guess paths. Field names are the contract in DESIGN.md.
/// </summary>
public sealed class CreateSiteIndex : SyncModule
{
    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context)
    {
        var site = EditorialLookup.Site(context);
        var explainers = Listing.Of(context) // the order of the home page and the feeds
            .Select(e => new
            {
                e.Slug,
                e.Title,
                Subtitle = e.Seed.Subtitle,
                Url = "/" + SiteUrls.Explainer(e),
                Seed = e.SeedFile,
                SeedSha256 = e.SeedSha256,
                Date = e.Date is { } date ? Publishing.StructuredData.Date(date) : null,
                Updated = e.Updated is { } updated ? Publishing.StructuredData.Date(updated) : null,
                e.Summary,
                BasedOn = e.BasedOn is { } source ? new { source.Publication, source.Title, source.Date, source.Url } : null,
                Sections = e.Sections.Select(s => new
                {
                    s.Slug,
                    s.Title,
                    s.TitleEn,
                    s.Order,
                    Url = "/" + SiteUrls.Section(e, s),
                    MarkdownUrl = "/" + SiteUrls.SectionMarkdown(e, s),
                    EmbedUrl = "/" + SiteUrls.Embed(e, s),
                    OembedUrl = "/" + SiteUrls.OEmbed(e, s),
                    Lines = new[] { s.FirstLine, s.LastLine },
                }).ToList(),
            })
            .ToList();
        var index = new { Site = new { site.Title, site.BaseUrl, site.Language }, Explainers = explainers };
        return [.. inputs, new Document(null, SiteUrls.Index, SiteJson.Serialize(index))];
    }
}
