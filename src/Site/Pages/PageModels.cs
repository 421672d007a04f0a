using Explainer.Editorial;
using Explainer.Markup;
using Explainer.Theme;
using Markdig;

namespace Explainer.Site.Pages;

/// <summary>
/// Builds the plain data each template receives. Strings ending in <c>_html</c> are trusted markup from
/// Markdig; every other string is text and the theme escapes it. Links are relative to the page.
/// </summary>
public sealed class PageModels(SiteSettings site, MarkdownPipeline markdown, bool hasProfiles)
{
    // Every page of a build shows its explainers' headlines: rendered once per build, not once per page.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ExplainerModel, string> _titles = new(ReferenceEqualityComparer.Instance);

    public object Site => new
    {
        site.Title,
        site.Description,
        site.Language,
        site.BaseUrl,
        site.Author,
        site.Publisher,
    };

    /// <param name="structuredData">schema.org JSON-LD, already escaped for a script element (see StructuredData).</param>
    public object Page(string path, string kind, string title, string description, string structuredData = "", DateOnly? date = null) => new
    {
        Path = path,
        Kind = kind,
        Title = title,
        Description = description,
        StructuredData = structuredData,
        OgType = structuredData.Length > 0 && kind is "explainer" or "section" ? "article" : structuredData.Length > 0 ? "profile" : "website",
        Date = date is { } d ? Publishing.StructuredData.Date(d) : "",
        Locale = site.Language.Replace('-', '_') switch { "zh_Hant" or "zh_TW" => "zh_TW", var l => l },
        Root = path == SiteUrls.NotFound ? "/" : SiteUrls.RootFrom(path),
        Canonical = site.BaseUrl + "/" + path,
        Home = path == SiteUrls.NotFound ? "/" : SiteUrls.Href(path, SiteUrls.Home),
        ProfilesHref = hasProfiles ? Href(path, SiteUrls.Profiles) : "",
        AlternatesHtml = Editions.SimplifiedEdition.HeadLinks(site.BaseUrl, path),
        EditionSwitchHtml = Editions.SimplifiedEdition.Switch(path, simplified: false),
    };

    /// <summary>
    /// An explainer as a page shows it. What describes the seed file itself (its line count and hash)
    /// changes with every edit of the seed, so only the explainer's own page, which shows it (the
    /// provenance block), gets it; elsewhere it is null. Otherwise every page that names the explainer
    /// would render again on each edit, with nothing on it changed.
    /// </summary>
    public object Explainer(string from, ExplainerModel explainer, IReadOnlyList<RenderedSection> sections)
    {
        var own = from == SiteUrls.Explainer(explainer);
        if (own)
        {
            return Explainer(from, explainer, sections, own: true);
        }
        // Seen from elsewhere, it depends only on how far the page is from the root (its links): the
        // pages at one depth share one copy, built and converted once.
        var root = from == SiteUrls.NotFound ? "/" : SiteUrls.RootFrom(from);
        return _listed.GetOrAdd(explainer, _ => new(StringComparer.Ordinal))
            .GetOrAdd(root, _ => new ScriptModel.Shared(Explainer(from, explainer, sections, own: false)));
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ExplainerModel, System.Collections.Concurrent.ConcurrentDictionary<string, ScriptModel.Shared>> _listed = new(ReferenceEqualityComparer.Instance);

    private object Explainer(string from, ExplainerModel explainer, IReadOnlyList<RenderedSection> sections, bool own)
    {
        // The reading time is shown in the explainer's own header only.
        var reading = own ? ReadingTime.Of(explainer.Seed) : default;
        return new
        {
            explainer.Slug,
            explainer.Title,
            TitleHtml = _titles.GetOrAdd(explainer, e => MarkdownRendering.RenderInline(InlineMarkdown.Write(e.Seed.Headline, e.Corrections, site.FullWidthPunctuation), markdown)),
            explainer.Seed.Subtitle,
            explainer.TitleEn,
            Href = Href(from, SiteUrls.Explainer(explainer)),
            Seed = explainer.SeedFile,
            SeedLines = own ? explainer.Seed.Lines.Length : (int?)null,
            SeedSha256 = own ? explainer.SeedSha256 : null,
            explainer.Summary,
            Date = explainer.Date is { } date ? Publishing.StructuredData.Date(date) : "",
            DateText = explainer.Date is { } shown ? $"{shown.Year}年{shown.Month}月{shown.Day}日" : "",
            Updated = explainer.Updated is { } updated && updated != explainer.Date ? Publishing.StructuredData.Date(updated) : "",
            UpdatedText = explainer.Updated is { } u && u != explainer.Date ? $"{u.Year}年{u.Month}月{u.Day}日" : "",
            BasedOn = explainer.BasedOn,
            ReReportedBy = own ? explainer.ReReportedBy : [],
            ReadingMinutes = reading.Minutes,
            ReadingCharacters = reading.Characters,
            ReadingWords = reading.Words,
            ReadingTime.CharactersPerMinute,
            ReadingTime.WordsPerMinute,
            NoteCount = sections.Count == 0 ? 0 : sections[0].Annotations.Paragraphs.Values.SelectMany(a => a.Notes).Select(n => n.Note.Id).Distinct(StringComparer.Ordinal).Count(),
            SectionCount = sections.Count,
            Sections = Sections(from, explainer, sections, standing: own),
            TypographyNote = site.FullWidthPunctuation ? Typography.Description : "",
        };
    }

    /// <summary>
    /// Sections in reading order, sharing which people already have their full card above. Only on the
    /// explainer's own page do they carry their paragraphs: a section's page has its section whole in
    /// <c>section</c>, and the explainer's list there is its table of contents.
    /// </summary>
    private List<object> Sections(string from, ExplainerModel explainer, IReadOnlyList<RenderedSection> sections, bool standing)
    {
        var carded = new HashSet<string>(StringComparer.Ordinal);
        return [.. sections.Select(s => Section(from, explainer, s, carded, standing))];
    }

    /// <summary>
    /// A section seen from the page <paramref name="from"/>. On a page it stands on (its own, its
    /// embed, the explainer's) it has its paragraphs and its seed lines; seen from anywhere else (a
    /// neighbour's pager, a table of contents) it is its title and links, with no paragraphs and null
    /// lines, so that a page renders again only when something it shows changed.
    /// </summary>
    public object Section(string from, ExplainerModel explainer, RenderedSection rendered, ISet<string>? carded = null, bool standing = true)
    {
        carded ??= new HashSet<string>(StringComparer.Ordinal);
        var section = rendered.Section;
        var alone = from != SiteUrls.Explainer(explainer);
        // A section seen from a page it does not stand on (a neighbour's page, a table of contents)
        // needs its title and links, not its paragraphs.
        var standsHere = standing && rendered.Html.Pages.Contains(from);
        var html = standsHere ? rendered.Html.For(from) : null;
        // On a section's own page (or its embed), paragraphs of other sections are on the explainer's page.
        string ParagraphHref(string id) =>
            !alone || section.Paragraphs.Any(p => p.Id == id) ? "#" + id : Href(from, SiteUrls.Explainer(explainer)) + "#" + id;
        string NoteHref(string noteId) =>
            rendered.Annotations.Paragraphs.Values.SelectMany(a => a.Notes).FirstOrDefault(n => n.Note.Id == noteId) is { } note
                ? ParagraphHref(note.ParagraphId).Replace(note.ParagraphId, note.Anchor, StringComparison.Ordinal)
                : "";
        var dataHref = Href(from, SiteUrls.Explainer(explainer) + "data/");
        var margin = new MarginModels(markdown, target => Href(from, target));
        var byId = section.Paragraphs.ToDictionary(p => p.Id, StringComparer.Ordinal);
        return new
        {
            Paragraphs = html is null ? [] : html.Blocks
                .Where(b => byId.ContainsKey(b.Id))
                .Select(b => new
                {
                    Paragraph = margin.Paragraph(explainer, section, byId[b.Id], b, rendered.Annotations.For(b.Id), carded),
                    Blocks = rendered.Data.BlocksFollowing(b.Id).Select(id => new
                    {
                        Kind = id,
                        Model = id switch
                        {
                            Data.PlacedData.ChartId => ChartModels.Figures(rendered.Data, ParagraphHref, dataHref + "figures.csv", dataHref + "figures.json", NoteHref),
                            Data.PlacedData.ComputeId => ChartModels.Compute(rendered.Data, ParagraphHref),
                            _ => ChartModels.Timeline(rendered.Data, ParagraphHref),
                        },
                    }).ToList(),
                })
                .ToList(),
            section.Slug,
            section.Order,
            section.Title,
            section.TitleEn,
            section.IsLead,
            HeadingHtml = html?.HeadingHtml ?? rendered.Html.HeadingFor(from),
            Href = Href(from, SiteUrls.Section(explainer, section)),
            MarkdownHref = Href(from, SiteUrls.SectionMarkdown(explainer, section)),
            EmbedUrl = site.BaseUrl + "/" + SiteUrls.Embed(explainer, section),
            OEmbedUrl = site.BaseUrl + "/" + SiteUrls.OEmbed(explainer, section),
            EmbedSnippet = Modules.CreateOEmbed.Snippet(site.BaseUrl, site.BaseUrl + "/" + SiteUrls.Embed(explainer, section), Modules.CreateOEmbed.Title(explainer, section)),
            CanonicalUrl = site.BaseUrl + "/" + SiteUrls.Section(explainer, section),
            Lines = standsHere ? SectionMarkdownWriter.Lines(section.FirstLine, section.LastLine) : null,
            // A lead section's page also shows the headline and subtitle above its paragraphs.
            ArticleLines = standsHere ? SectionMarkdownWriter.Lines(section.IsLead ? explainer.Seed.HeadlineLine : section.FirstLine, section.LastLine) : null,
        };
    }

    /// <summary>「本文提及」 on the explainer's own page: its paragraphs are on that page.</summary>
    public static List<object> Mentioned(IReadOnlyList<RenderedSection> sections) =>
        sections.Count == 0 ? [] : [.. sections[0].Data.Mentioned.Select(m => (object)new
        {
            m.Name,
            Kind = m.IsPerson ? "人物" : "機構",
            m.Quote,
            m.Mentions,
            Href = "#" + m.ParagraphId,
        })];

    public static object Corrections(IEnumerable<ListedCorrection> corrections) =>
        corrections.Select((c, i) => new
        {
            Number = i + 1,
            c.Key,
            c.Original,
            c.Corrected,
            c.Reason,
            ScriptOnly = Chinese.SimplifiedConversion.IsScriptOnly(c.Original, c.Corrected),
            Places = c.Places.Select(p => new { Href = "#" + p.Anchor, p.Label }).ToList(),
        }).ToList();

    private static string Href(string from, string target) => from == SiteUrls.NotFound ? "/" + target : SiteUrls.Href(from, target);
}
