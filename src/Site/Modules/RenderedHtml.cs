using System.Collections.Immutable;
using Explainer.Markup;

namespace Explainer.Site.Modules;

/// <summary>A section's HTML (links from the site's root) and the pages it stands on: the whole explainer, its own page, its embed.</summary>
public sealed record RenderedHtml(SectionHtml Html, ImmutableHashSet<string> Pages)
{
    /// <summary>The section's HTML with its links relative to <paramref name="page"/>.</summary>
    public SectionHtml For(string page) => Html.Relocated(SiteUrls.RootFrom(page));

    /// <summary>Only the heading's HTML, relative to <paramref name="page"/> (a table of contents, a pager).</summary>
    public string HeadingFor(string page) => (Html with { Blocks = [] }).Relocated(SiteUrls.RootFrom(page)).HeadingHtml;
}
