using System.Collections.Immutable;
using Explainer.Engine;
using Explainer.Site.Editions;

namespace Explainer.Site.Modules;

/// <summary>
/// /index.json: every explainer and its sections with their URLs (root-relative), so embedders and
/// tests never guess paths. Field names are the contract in DESIGN.md. /zh-hans/index.json is the
/// same for the Simplified edition: its titles converted, its URLs the edition's; <c>site.editions</c>
/// names both in each.
/// </summary>
public sealed class CreateSiteIndex : SyncModule
{
    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context)
    {
        var site = EditorialLookup.Site(context);
        var explainers = Listing.Of(context); // the order of the home page and the feeds
        List<SiteIndexEdition> editions =
        [
            new(site.Language, "/", "/" + SiteUrls.Index),
            new(SimplifiedEdition.Language, "/" + SimplifiedEdition.Folder, "/" + SimplifiedEdition.PathOf(SiteUrls.Index)),
        ];
        var simplified = SimplifiedText.For(context).Conversion;
        return
        [
            .. inputs,
            Index(SiteUrls.Index, site.Language, "/", text => text),
            Index(SimplifiedEdition.PathOf(SiteUrls.Index), SimplifiedEdition.Language, "/" + SimplifiedEdition.Folder, simplified.Convert),
        ];

        Document Index(string path, string language, string root, Func<string, string> text)
        {
            var index = new SiteIndexFile(new SiteIndexSite(text(site.Title), site.BaseUrl, language, editions), [.. explainers
                .Select(e => new SiteIndexExplainer(
                    e.Slug,
                    text(e.Title),
                    e.Seed.Subtitle,
                    root + SiteUrls.Explainer(e),
                    e.SeedFile,
                    e.SeedSha256,
                    e.Date is { } date ? Publishing.StructuredData.Date(date) : null,
                    e.Updated is { } updated ? Publishing.StructuredData.Date(updated) : null,
                    text(e.Summary),
                    e.BasedOn is { } source ? new SiteIndexSource(text(source.Publication), source.Title, source.Date, source.Url) : null,
                    [.. e.Sections.Select(s => new SiteIndexSection(
                        s.Slug,
                        text(s.Title),
                        s.TitleEn,
                        s.Order,
                        root + SiteUrls.Section(e, s),
                        root + SiteUrls.SectionMarkdown(e, s),
                        root + SiteUrls.Embed(e, s),
                        root + SiteUrls.OEmbed(e, s),
                        [s.FirstLine, s.LastLine]))]))]);
            return new Document(null, path, SiteJson.Serialize(index, SiteJson.Context.SiteIndexFile));
        }
    }
}
