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
            .Select(e => new SiteIndexExplainer(
                e.Slug,
                e.Title,
                e.Seed.Subtitle,
                "/" + SiteUrls.Explainer(e),
                e.SeedFile,
                e.SeedSha256,
                e.Date is { } date ? Publishing.StructuredData.Date(date) : null,
                e.Updated is { } updated ? Publishing.StructuredData.Date(updated) : null,
                e.Summary,
                e.BasedOn is { } source ? new SiteIndexSource(source.Publication, source.Title, source.Date, source.Url) : null,
                [.. e.Sections.Select(s => new SiteIndexSection(
                    s.Slug,
                    s.Title,
                    s.TitleEn,
                    s.Order,
                    "/" + SiteUrls.Section(e, s),
                    "/" + SiteUrls.SectionMarkdown(e, s),
                    "/" + SiteUrls.Embed(e, s),
                    "/" + SiteUrls.OEmbed(e, s),
                    [s.FirstLine, s.LastLine]))]))
            .ToList();
        var index = new SiteIndexFile(new SiteIndexSite(site.Title, site.BaseUrl, site.Language), explainers);
        return [.. inputs, new Document(null, SiteUrls.Index, SiteJson.Serialize(index, SiteJson.Context.SiteIndexFile))];
    }
}
