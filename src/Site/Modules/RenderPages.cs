using System.Collections.Concurrent;
using System.Collections.Immutable;
using Explainer.Engine;
using Explainer.Site.Editions;
using Explainer.Site.Links;
using Explainer.Site.Pages;
using Explainer.Theme;
using Markdig;

namespace Explainer.Site.Modules;

/// <summary>
/// Renders the HTML pages with the theme: the home page, each explainer whole, each section alone, and
/// the 404 page. Each page template chooses its layout (it includes <c>layouts/base.sbn</c>); each page
/// leaves with its links localized (<see cref="LocalizeLinks"/>).
/// </summary>
/// <param name="writeTo">
/// Null, or a clean build's fresh staging folder: each page is then written there as soon as it is
/// made (<see cref="Document.Written"/>), so a build of thousands of pages holds none of their HTML.
/// </param>
public sealed class RenderPages(MarkdownPipeline markdown, string? writeTo = null) : SyncModule
{
    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context)
    {
        var theme = context.OutputsOf(ExplainerPipelines.Theme).Single().Get<ThemeTemplates>(Keys.Templates);
        var site = EditorialLookup.Site(context);
        var profiles = EditorialLookup.Profiles(context).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var models = new PageModels(site, markdown, hasProfiles: profiles.Count > 0);
        var explainers = Listing.Order(context.OutputsOf(ExplainerPipelines.Sections)
            .GroupBy(d => d.Get<ExplainerModel>(Keys.Explainer).Slug, StringComparer.Ordinal)
            .Select(g => (Explainer: g.First().Get<ExplainerModel>(Keys.Explainer),
                Sections: (IReadOnlyList<RenderedSection>)[.. g.Select(d => new RenderedSection(d.Get<SectionModel>(Keys.Section), d.Get<RenderedHtml>(Keys.SectionHtml), d.Get<Annotations.ExplainerAnnotations>(Keys.Annotations), d.Get<Data.PlacedData>(Keys.Data)))])),
            e => e.Explainer); // newest first, as the feeds and /index.json list them

        var pages = new List<PageToRender>();
        void Page(string path, string template, Func<object> model) => pages.Add(new PageToRender(path, template, model));

        Page(SiteUrls.Home, "pages/home.sbn", () => new
        {
            models.Site,
            Page = models.Page(SiteUrls.Home, "home", site.Title, site.Description),
            Explainers = explainers.Select(e => models.Explainer(SiteUrls.Home, e.Explainer, e.Sections)).ToList(),
        });
        Page(SiteUrls.NotFound, "pages/404.sbn", () => new
        {
            models.Site,
            Page = models.Page(SiteUrls.NotFound, "not-found", "找不到這一頁", site.Description),
            Explainers = explainers.Select(e => models.Explainer(SiteUrls.NotFound, e.Explainer, e.Sections)).ToList(),
        });
        var profilePages = new ProfilePages(markdown);
        if (profiles.Count > 0)
        {
            Page(SiteUrls.Profiles, "pages/profiles.sbn", () => new
            {
                models.Site,
                Page = models.Page(SiteUrls.Profiles, "profiles", "人物與組織", "這些解讀裡出現的人物與組織。"),
                People = profiles.Where(p => p.Kind == Editorial.ProfileKind.Person).Select(p => ProfilePages.Summary(SiteUrls.Profiles, p)).ToList(),
                Organisations = profiles.Where(p => p.Kind == Editorial.ProfileKind.Organisation).Select(p => ProfilePages.Summary(SiteUrls.Profiles, p)).ToList(),
            });
        }
        foreach (var profile in profiles)
        {
            var path = SiteUrls.Profile(profile.Id);
            Page(path, ProfileTemplate, () => new
            {
                models.Site,
                Page = models.Page(path, "profile", profile.Name, ProfilePages.WithoutCitations(profile.Why), Publishing.StructuredData.Profile(site, profile)),
                Profile = profilePages.Profile(path, profile, explainers.Select(e => (e.Explainer, e.Sections))),
                ProfilesHref = SiteUrls.Href(path, SiteUrls.Profiles),
            });
        }
        foreach (var (explainer, sections) in explainers)
        {
            var path = SiteUrls.Explainer(explainer);
            Page(path, ExplainerTemplate, () => new
            {
                models.Site,
                Page = models.Page(path, "explainer", explainer.Title, explainer.Summary,
                    Publishing.StructuredData.Article(site, explainer, site.BaseUrl + "/" + path, null, Mentioned(sections, null)), explainer.Date),
                Explainer = models.Explainer(path, explainer, sections),
                Corrections = PageModels.Corrections(CorrectionList.For(explainer, sections.Select(s => s.Section), includeHeadline: true)),
                Mentioned = PageModels.Mentioned(sections),
            });
            for (var index = 0; index < sections.Count; index++)
            {
                // The models are built later, so each needs its own copy of the loop's index.
                var i = index;
                var section = sections[i];
                var sectionPath = SiteUrls.Section(explainer, section.Section);
                Page(sectionPath, "pages/section.sbn", () => new
                {
                    models.Site,
                    Page = models.Page(sectionPath, "section", $"{section.Section.Title}｜{explainer.Title}", explainer.Summary,
                        Publishing.StructuredData.Article(site, explainer, site.BaseUrl + "/" + sectionPath, section.Section, Mentioned(sections, section.Section)), explainer.Date),
                    Explainer = models.Explainer(sectionPath, explainer, sections),
                    Section = models.Section(sectionPath, explainer, section),
                    Previous = i > 0 ? models.Section(sectionPath, explainer, sections[i - 1]) : null,
                    Next = i + 1 < sections.Count ? models.Section(sectionPath, explainer, sections[i + 1]) : null,
                    Corrections = PageModels.Corrections(CorrectionList.For(explainer, [section.Section], includeHeadline: section.Section.IsLead)),
                });
                var embedPath = SiteUrls.Embed(explainer, section.Section);
                Page(embedPath, "pages/embed.sbn", () => new
                {
                    models.Site,
                    Page = models.Page(embedPath, "embed", $"{section.Section.Title}｜{explainer.Title}", explainer.Summary),
                    Explainer = models.Explainer(embedPath, explainer, sections),
                    Section = models.Section(embedPath, explainer, section),
                    Previous = i > 0 ? models.Section(embedPath, explainer, sections[i - 1]) : null,
                    Next = i + 1 < sections.Count ? models.Section(embedPath, explainer, sections[i + 1]) : null,
                    Corrections = PageModels.Corrections(CorrectionList.For(explainer, [section.Section], includeHeadline: section.Section.IsLead)),
                });
            }
        }
        // Both cores: pages are independent, and the array keeps their order whatever finishes first.
        // The longest pages start first (a profile's lists every explainer naming it), then each
        // explainer's pages together, its own (which holds all its sections) first; one page at a time
        // is handed out: the other core renders everything else meanwhile instead of waiting on a long
        // page at the end. An explainer's pages share their Simplified blocks (BlockCaches), kept
        // until its last page is done.
        var simplified = SimplifiedText.For(context);
        var overridesHash = string.Join('\n', simplified.Conversion.Overrides.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => o.Key + "\t" + o.Value));
        var rendered = new IDocument[pages.Count * 2];
        var longestFirst = Enumerable.Range(0, pages.Count)
            .OrderBy(i => pages[i].Template == ProfileTemplate ? 0 : 1)
            .ToList();
        var blocks = new BlockCaches(pages.Select(p => p.Path));
        var resolutions = new LinkResolutions();
        var folder = writeTo is null ? null : new Explainer.Modules.WriteFiles.FreshFolder(writeTo);
        Parallel.ForEach(Partitioner.Create(longestFirst, EnumerablePartitionerOptions.NoBuffering), i =>
        {
            var k = 0;
            foreach (var document in Render(pages[i], theme, context, resolutions, folder, simplified, overridesHash, blocks.For(pages[i].Path)))
                rendered[2 * i + k++] = document;
            blocks.Done(pages[i].Path);
        });
        return [.. rendered];

        // The profiles that appear in the explainer (or in one section of it), for the JSON-LD.
        IEnumerable<Editorial.Profile> Mentioned(IReadOnlyList<RenderedSection> sections, SectionModel? only)
        {
            var paragraphs = (only is null ? sections.Select(s => s.Section) : [only]).SelectMany(s => s.Paragraphs).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            var byProfile = sections.Count == 0 ? [] : sections[0].Annotations.ParagraphsByProfile;
            return profiles.Where(p => byProfile.TryGetValue(p.Id, out var where) && where.Any(paragraphs.Contains));
        }
    }

    /// <summary>
    /// A page is rendered again only when its model or a template it used (its layout, its partials)
    /// changed since the last run; otherwise the last run's HTML is reused. Its links are localized, and
    /// it is scanned for the link check (<see cref="PageLinks"/>) while its HTML is at hand.
    /// </summary>
    private IEnumerable<Document> Render(PageToRender page, ThemeTemplates theme, IExecutionContext context, LinkResolutions resolutions, Explainer.Modules.WriteFiles.FreshFolder? folder, SimplifiedText simplified, string overridesHash, System.Collections.Concurrent.ConcurrentDictionary<string, Chinese.AlignedText>? blocks)
    {
        var model = ScriptModel.From(page.Model());
        var modelHash = context.Work.Remembers ? ScriptModel.Hash(model) : "";
        var file = SiteUrls.FileOf(page.Path);
        var simplifiedFile = SimplifiedEdition.PathOf(file);
        // A one-shot clean build keeps no page: each goes from the render's buffer through its links to
        // its file, with no string made of it.
        var direct = folder is not null && !context.Work.Remembers;
        var (html, links, written, simplifiedHtml, simplifiedLinks, simplifiedWritten) = context.Work.GetOrCompute(
            file,
            key => key switch
            {
                ModelKey => modelHash,
                PageTemplateKey => page.Template,
                AssetsKey => theme.AssetsHash,
                OverridesKey => overridesHash,
                _ when key.StartsWith(TemplateKey, StringComparison.Ordinal) => theme.HashOf(key[TemplateKey.Length..]),
                _ => null,
            },
            recorder =>
            {
                recorder.Use(ModelKey, modelHash);
                recorder.Use(PageTemplateKey, page.Template);
                recorder.Use(AssetsKey, theme.AssetsHash); // a stylesheet edit renames it: every page links the new name
                recorder.Use(OverridesKey, overridesHash);   // the Simplified copy follows input/zh-hans.yml
                Action<string>? used = context.Work.Remembers ? used => recorder.Use(TemplateKey + used, theme.HashOf(used) ?? "") : null;
                if (direct)
                {
                    RenderedPage? made = null;
                    theme.Render(page.Template, model, recorder.Diagnostics, used, text => LocalizeLinks.Apply(text, file, final =>
                    {
                        var links = PageLinks.Read(file, final, resolutions);
                        var path = folder!.Create(file, final);
                        simplified.Html.Convert(final, file, blocks, converted =>
                            made = new RenderedPage(null, links, path, null, PageLinks.Read(simplifiedFile, converted, resolutions), folder.Create(simplifiedFile, converted)));
                    }));
                    return made!; // Render always writes, once
                }
                var rendered = LocalizeLinks.Apply(theme.Render(page.Template, model, recorder.Diagnostics, used), file);
                var simplifiedPage = simplified.Html.Convert(rendered, file, blocks);
                return new RenderedPage(rendered, PageLinks.Read(file, rendered, resolutions), null,
                    simplifiedPage, PageLinks.Read(simplifiedFile, simplifiedPage, resolutions), null);
            });
        yield return Made(file, html, links, written);
        yield return Made(simplifiedFile, simplifiedHtml, simplifiedLinks, simplifiedWritten);

        Document Made(string destination, string? text, PageLinks pageLinks, string? writtenTo)
        {
            KeyValuePair<string, object>[] metadata = [new(Keys.PageLinks, pageLinks)];
            if (writtenTo is not null)
            {
                return Document.Written(page.Template, destination, writtenTo, metadata);
            }
            text ??= ""; // only a page written directly has none
            return folder is null
                ? new Document(page.Template, destination, text, metadata)
                : Document.Written(page.Template, destination, folder.Create(destination, text), metadata);
        }
    }

    private const string ExplainerTemplate = "pages/explainer.sbn";
    private const string ProfileTemplate = "pages/profile.sbn";
    private const string ModelKey = "model";
    private const string PageTemplateKey = "page-template";
    private const string AssetsKey = "assets";
    private const string TemplateKey = "theme:";
    private const string OverridesKey = "zh-hans-overrides";

    /// <summary>A page's HTML (or the file it was written to, with no string made of it) and what the link check needs from it.</summary>
    private sealed record RenderedPage(string? Html, PageLinks Links, string? Written, string? SimplifiedHtml, PageLinks SimplifiedLinks, string? SimplifiedWritten);

    /// <summary>A page to render: its model is built when it renders, on whichever core is free.</summary>
    private sealed record PageToRender(string Path, string Template, Func<object> Model);
}
