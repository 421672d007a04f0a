using System.Collections.Immutable;
using Explainer.Editorial;

namespace Explainer.Site.Pages;

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
