using System.Collections.Immutable;
using Explainer.Editorial;

namespace Explainer.Site.Pages;

/// <summary>Where one correction applies on a page: the paragraph or heading to link back to.</summary>
public sealed record CorrectionPlace(string Anchor, string Label);

/// <summary>A correction as a page lists it.</summary>
public sealed record ListedCorrection(string Key, string Original, string Corrected, string Reason, ImmutableArray<CorrectionPlace> Places);

/// <summary>The corrections that occur in the given sections, in order of first appearance.</summary>
public static class CorrectionList
{
    public static ImmutableArray<ListedCorrection> For(ExplainerModel explainer, IEnumerable<SectionModel> sections, bool includeHeadline)
    {
        var places = new List<(Correction Correction, CorrectionPlace Place)>();
        void Collect(string text, string anchor, string label)
        {
            foreach (var segment in explainer.Corrections.Apply(text).Where(s => s.Correction is not null))
            {
                places.Add((segment.Correction!, new CorrectionPlace(anchor, label))); // filtered to non-null above
            }
        }
        if (includeHeadline)
        {
            Collect(explainer.Seed.Headline, "headline", "標題");
            Collect(explainer.Seed.Subtitle ?? "", "headline", "副標題");
        }
        foreach (var section in sections)
        {
            if (section.Heading is not null)
            {
                Collect(section.Heading, section.Slug, $"「{section.Title}」標題");
            }
            foreach (var (paragraph, index) in section.Paragraphs.Select((p, i) => (p, i)))
            {
                Collect(paragraph.Source.Text, paragraph.Id, $"{section.Title}第 {index + 1} 段");
            }
        }
        return [.. places
            .GroupBy(p => p.Correction)
            .Select(g => new ListedCorrection(g.Key.Key, g.Key.Original, g.Key.Corrected, g.Key.Reason, [.. g.Select(p => p.Place).Distinct()]))];
    }
}
