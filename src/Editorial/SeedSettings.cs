using System.Collections.Immutable;
using Explainer.Seeds;

namespace Explainer.Editorial;

/// <summary>input/&lt;seed name&gt;/explainer.yml: how one seed is published.</summary>
public sealed record SeedSettings
{
    public static readonly SeedSettings Default = new();

    public string? SourcePath { get; init; }

    public string? Slug { get; init; }

    public string? TitleEn { get; init; }

    public string LeadSlug { get; init; } = "lead";

    public string LeadTitle { get; init; } = "導言";

    public string LeadTitleEn { get; init; } = "Introduction";

    public ImmutableArray<SectionSettings> Sections { get; init; } = [];

    /// <summary>When the explainer was published, and last changed: the feeds, the sitemap and the page's date.</summary>
    public DateOnly? Date { get; init; }

    public DateOnly? Updated { get; init; }

    /// <summary>The article the seed reproduces (JSON-LD isBasedOn, the page's credit).</summary>
    public Source? BasedOn { get; init; }

    /// <summary>Other publications that re-reported the original (the page lists them as such, never as the source).</summary>
    public ImmutableArray<Source> ReReportedBy { get; init; } = [];

    /// <summary>Slugs the explainer (or its lead) was published under before.</summary>
    public ImmutableArray<string> PreviousSlugs { get; init; } = [];

    public ImmutableArray<string> LeadPreviousSlugs { get; init; } = [];

    public SeedParseOptions ParseOptions { get; init; } = SeedParseOptions.Default;

    /// <summary>The lines quoted under headings.force and headings.not, to check they are still in the seed.</summary>
    public ImmutableArray<Quote> HeadingQuotes { get; init; } = [];

    public static SeedSettings Read(YamlFile file)
    {
        var map = file.RootMapping();
        file.CheckKeys(map, "slug", "title_en", "lead", "sections", "headings", "subtitle", "date", "updated", "based_on", "re_reported_by", "previous_slugs");
        var lead = file.Mapping(map, "lead") ?? new YamlMappingNode();
        file.CheckKeys(lead, "slug", "title", "title_en", "previous_slugs");
        var headings = file.Mapping(map, "headings") ?? new YamlMappingNode();
        file.CheckKeys(headings, "force", "not", "max_width");
        var forced = file.Quotes(headings, "force");
        var notHeadings = file.Quotes(headings, "not");
        var sections = ImmutableArray.CreateBuilder<SectionSettings>();
        foreach (var item in file.Items(map, "sections"))
        {
            if (item is not YamlMappingNode section)
            {
                file.Error(item, "each section must be a mapping with 'heading', 'slug' and 'title_en'");
                continue;
            }
            file.CheckKeys(section, "heading", "slug", "title_en", "previous_slugs");
            sections.Add(new SectionSettings(
                file.RequiredString(section, "heading"),
                Slugs.Check(file, section, "slug"),
                file.String(section, "title_en"),
                file.LineOf(section),
                (int)section.Start.Column)
            {
                PreviousSlugs = ReadPreviousSlugs(file, section),
            });
        }
        return new SeedSettings
        {
            SourcePath = file.Path,
            Slug = Slugs.Check(file, map, "slug"),
            TitleEn = file.String(map, "title_en"),
            LeadSlug = Slugs.Check(file, lead, "slug") ?? Default.LeadSlug,
            LeadTitle = file.String(lead, "title") ?? Default.LeadTitle,
            LeadTitleEn = file.String(lead, "title_en") ?? Default.LeadTitleEn,
            Sections = sections.ToImmutable(),
            Date = file.Date(map, "date"),
            Updated = file.Date(map, "updated"),
            BasedOn = file.Mapping(map, "based_on") is { } basedOn
                ? Sources.Read(file, new YamlMappingNode { { "sources", new YamlSequenceNode(basedOn) } }).FirstOrDefault()
                : null,
            ReReportedBy = Sources.Read(file, new YamlMappingNode { { "sources", new YamlSequenceNode(file.Items(map, "re_reported_by")) } }),
            PreviousSlugs = ReadPreviousSlugs(file, map),
            LeadPreviousSlugs = ReadPreviousSlugs(file, lead),
            HeadingQuotes = forced.AddRange(notHeadings),
            ParseOptions = new SeedParseOptions
            {
                ForcedHeadings = [.. forced.Select(q => q.Text)],
                NotHeadings = [.. notHeadings.Select(q => q.Text)],
                HeadingMaxWidth = file.Int(headings, "max_width") ?? SeedParseOptions.Default.HeadingMaxWidth,
                HasSubtitle = file.Bool(map, "subtitle"),
            },
        };
    }

    private static ImmutableArray<string> ReadPreviousSlugs(YamlFile file, YamlMappingNode map)
    {
        var slugs = ImmutableArray.CreateBuilder<string>();
        foreach (var node in file.Items(map, "previous_slugs"))
        {
            if (node is YamlScalarNode { Value: { } slug } && Slugs.IsValid(slug))
            {
                slugs.Add(slug);
            }
            else
            {
                file.Error(node, "a previous slug must be a slug: lower-case letters, digits and single hyphens");
            }
        }
        return slugs.ToImmutable();
    }
}
