using Explainer.Editorial;
using Explainer.Seeds;
using Markdig;

namespace Explainer.Site.Pages;

/// <summary>Models for /profiles/ and /profiles/&lt;id&gt;/: the whole profile and every paragraph that names it.</summary>
public sealed class ProfilePages(MarkdownPipeline markdown)
{
    private const int ExcerptLength = 48;

    public object Profile(string from, Profile profile, IEnumerable<(ExplainerModel Explainer, IReadOnlyList<RenderedSection> Sections)> explainers)
    {
        var margin = new MarginModels(markdown, target => SiteUrls.Href(from, target));
        // The paragraphs naming the profile, looked up once per explainer (its annotations are the
        // same for every section): a profile page reads every explainer of the site.
        var appearances = explainers
            .Select(e => (e.Explainer, e.Sections, Named: e.Sections.Count == 0 ? [] : e.Sections[0].Annotations.ParagraphsByProfile.GetValueOrDefault(profile.Id, [])))
            .Where(e => !e.Named.IsEmpty)
            .Select(e =>
            {
                var named = e.Named.ToHashSet(StringComparer.Ordinal);
                var href = SiteUrls.Href(from, SiteUrls.Explainer(e.Explainer));
                return new
                {
                    e.Explainer.Title,
                    Href = href,
                    Paragraphs = e.Sections
                        .SelectMany(s => s.Section.Paragraphs
                            .Where(p => named.Contains(p.Id))
                            .Select(p => new
                            {
                                Href = href + "#" + p.Id,
                                Section = s.Section.Title,
                                Excerpt = Excerpt(p.Source.Text, profile, e.Explainer.Corrections),
                            }))
                        .ToList(),
                };
            })
            .Where(e => e.Paragraphs.Count > 0)
            .ToList();
        return new { Card = margin.Card(profile, "profile"), Appearances = appearances };
    }

    public static object Summary(string from, Profile profile) => new
    {
        profile.Id,
        profile.Name,
        profile.NameZh,
        Why = WithoutCitations(profile.Why),
        Kind = profile.Kind == ProfileKind.Person ? "person" : "organisation",
        Href = SiteUrls.Href(from, SiteUrls.Profile(profile.Id)),
    };

    /// <summary>For plain-text places (a list, a description) where a citation could not link anywhere.</summary>
    public static string WithoutCitations(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\s*\[\d+\]", "");

    /// <summary>The words around the first mention, as the reader sees them (corrections applied).</summary>
    private static string Excerpt(string text, Profile profile, CorrectionSet corrections)
    {
        var shown = corrections.Correct(text);
        var at = profile.Aliases.Select(a => shown.IndexOf(a, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, at - ExcerptLength / 3);
        var length = Math.Min(ExcerptLength, shown.Length - start);
        var excerpt = shown.Substring(start, length);
        return (start > 0 ? "…" : "") + excerpt + (start + length < shown.Length ? "…" : "");
    }
}
