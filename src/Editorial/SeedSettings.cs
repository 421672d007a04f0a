using System.Collections.Immutable;
using Explainer.Seeds;
using YamlDotNet.RepresentationModel;

namespace Explainer.Editorial;

/// <summary>A section's slug and titles, chosen by quoting its heading as the seed spells it.</summary>
public sealed record SectionSettings(string Heading, string? Slug, string? TitleEn, int Line, int Column);

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

    public SeedParseOptions ParseOptions { get; init; } = SeedParseOptions.Default;

    /// <summary>The lines quoted under headings.force and headings.not, to check they are still in the seed.</summary>
    public ImmutableArray<Quote> HeadingQuotes { get; init; } = [];

    public static SeedSettings Read(YamlFile file)
    {
        var map = file.RootMapping();
        file.CheckKeys(map, "slug", "title_en", "lead", "sections", "headings", "subtitle");
        var lead = file.Mapping(map, "lead") ?? new YamlMappingNode();
        file.CheckKeys(lead, "slug", "title", "title_en");
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
            file.CheckKeys(section, "heading", "slug", "title_en");
            sections.Add(new SectionSettings(
                file.RequiredString(section, "heading"),
                Slugs.Check(file, section, "slug"),
                file.String(section, "title_en"),
                file.LineOf(section),
                (int)section.Start.Column));
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
}
