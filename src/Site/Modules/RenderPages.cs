using System.Collections.Immutable;
using Explainer.Engine;
using Explainer.Site.Pages;
using Explainer.Theme;
using Markdig;

namespace Explainer.Site.Modules;

/// <summary>
/// Renders the HTML pages with the theme: the home page, each explainer whole, each section alone, and
/// the 404 page. Each page template chooses its layout (it includes <c>layouts/base.sbn</c>).
/// </summary>
public sealed class RenderPages(MarkdownPipeline markdown) : SyncModule
{
    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context)
    {
        var theme = context.OutputsOf(ExplainerPipelines.Theme).Single().Get<ThemeTemplates>(Keys.Templates);
        var site = EditorialLookup.Site(context);
        var profiles = EditorialLookup.Profiles(context).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var models = new PageModels(site, markdown, hasProfiles: profiles.Count > 0);
        var explainers = context.OutputsOf(ExplainerPipelines.Sections)
            .GroupBy(d => d.Get<ExplainerModel>(Keys.Explainer).Slug, StringComparer.Ordinal)
            .Select(g => (Explainer: g.First().Get<ExplainerModel>(Keys.Explainer),
                Sections: (IReadOnlyList<RenderedSection>)[.. g.Select(d => new RenderedSection(d.Get<SectionModel>(Keys.Section), d.Get<RenderedHtml>(Keys.SectionHtml), d.Get<Annotations.ExplainerAnnotations>(Keys.Annotations), d.Get<Data.PlacedData>(Keys.Data)))]))
            .OrderByDescending(e => e.Explainer.Date ?? DateOnly.MinValue) // newest first, as the feeds list them
            .ThenBy(e => e.Explainer.SeedFile, StringComparer.Ordinal)
            .ToList();

        var pages = ImmutableArray.CreateBuilder<IDocument>();
        IDocument Page(string path, string template, object model) =>
            new Document(template, SiteUrls.FileOf(path), theme.Render(template, ScriptModel.From(model), context.Diagnostics));

        pages.Add(Page(SiteUrls.Home, "pages/home.sbn", new
        {
            models.Site,
            Page = models.Page(SiteUrls.Home, "home", site.Title, site.Description),
            Explainers = explainers.Select(e => models.Explainer(SiteUrls.Home, e.Explainer, e.Sections)).ToList(),
        }));
        pages.Add(Page(SiteUrls.NotFound, "pages/404.sbn", new
        {
            models.Site,
            Page = models.Page(SiteUrls.NotFound, "not-found", "找不到這一頁", site.Description),
            Explainers = explainers.Select(e => models.Explainer(SiteUrls.NotFound, e.Explainer, e.Sections)).ToList(),
        }));
        var profilePages = new ProfilePages(markdown);
        if (profiles.Count > 0)
        {
            pages.Add(Page(SiteUrls.Profiles, "pages/profiles.sbn", new
            {
                models.Site,
                Page = models.Page(SiteUrls.Profiles, "profiles", "人物與組織", "這些解讀裡出現的人物與組織。"),
                People = profiles.Where(p => p.Kind == Editorial.ProfileKind.Person).Select(p => ProfilePages.Summary(SiteUrls.Profiles, p)).ToList(),
                Organisations = profiles.Where(p => p.Kind == Editorial.ProfileKind.Organisation).Select(p => ProfilePages.Summary(SiteUrls.Profiles, p)).ToList(),
            }));
        }
        foreach (var profile in profiles)
        {
            var path = SiteUrls.Profile(profile.Id);
            pages.Add(Page(path, "pages/profile.sbn", new
            {
                models.Site,
                Page = models.Page(path, "profile", profile.Name, ProfilePages.WithoutCitations(profile.Why), Publishing.StructuredData.Profile(site, profile)),
                Profile = profilePages.Profile(path, profile, explainers.Select(e => (e.Explainer, e.Sections))),
                ProfilesHref = SiteUrls.Href(path, SiteUrls.Profiles),
            }));
        }
        foreach (var (explainer, sections) in explainers)
        {
            var path = SiteUrls.Explainer(explainer);
            pages.Add(Page(path, "pages/explainer.sbn", new
            {
                models.Site,
                Page = models.Page(path, "explainer", explainer.Title, explainer.Summary,
                    Publishing.StructuredData.Article(site, explainer, site.BaseUrl + "/" + path, null, Mentioned(sections, null)), explainer.Date),
                Explainer = models.Explainer(path, explainer, sections),
                Corrections = PageModels.Corrections(CorrectionList.For(explainer, sections.Select(s => s.Section), includeHeadline: true)),
            }));
            for (var i = 0; i < sections.Count; i++)
            {
                var section = sections[i];
                var sectionPath = SiteUrls.Section(explainer, section.Section);
                pages.Add(Page(sectionPath, "pages/section.sbn", new
                {
                    models.Site,
                    Page = models.Page(sectionPath, "section", $"{section.Section.Title}｜{explainer.Title}", explainer.Summary,
                        Publishing.StructuredData.Article(site, explainer, site.BaseUrl + "/" + sectionPath, section.Section, Mentioned(sections, section.Section)), explainer.Date),
                    Explainer = models.Explainer(sectionPath, explainer, sections),
                    Section = models.Section(sectionPath, explainer, section),
                    Previous = i > 0 ? models.Section(sectionPath, explainer, sections[i - 1]) : null,
                    Next = i + 1 < sections.Count ? models.Section(sectionPath, explainer, sections[i + 1]) : null,
                    Corrections = PageModels.Corrections(CorrectionList.For(explainer, [section.Section], includeHeadline: section.Section.IsLead)),
                }));
                var embedPath = SiteUrls.Embed(explainer, section.Section);
                pages.Add(Page(embedPath, "pages/embed.sbn", new
                {
                    models.Site,
                    Page = models.Page(embedPath, "embed", $"{section.Section.Title}｜{explainer.Title}", explainer.Summary),
                    Explainer = models.Explainer(embedPath, explainer, sections),
                    Section = models.Section(embedPath, explainer, section),
                    Previous = i > 0 ? models.Section(embedPath, explainer, sections[i - 1]) : null,
                    Next = i + 1 < sections.Count ? models.Section(embedPath, explainer, sections[i + 1]) : null,
                    Corrections = PageModels.Corrections(CorrectionList.For(explainer, [section.Section], includeHeadline: section.Section.IsLead)),
                }));
            }
        }
        return pages.ToImmutable();

        // The profiles that appear in the explainer (or in one section of it), for the JSON-LD.
        IEnumerable<Editorial.Profile> Mentioned(IReadOnlyList<RenderedSection> sections, SectionModel? only)
        {
            var paragraphs = (only is null ? sections.Select(s => s.Section) : [only]).SelectMany(s => s.Paragraphs).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            var byProfile = sections.Count == 0 ? [] : sections[0].Annotations.ParagraphsByProfile;
            return profiles.Where(p => byProfile.TryGetValue(p.Id, out var where) && where.Any(paragraphs.Contains));
        }
    }
}
