using System.Collections.Immutable;
using System.Net;
using Explainer.Engine;

namespace Explainer.Site.Modules;

/// <summary>
/// /oembed/&lt;slug&gt;/&lt;section&gt;.json for each section (oEmbed 1.0, type "rich"): the snippet other
/// sites paste (an iframe, then the loader), sized for a column, with the provider and author named.
/// </summary>
public sealed class CreateOEmbed : SyncModule
{
    public const int Width = 640;
    public const int Height = 900;

    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context)
    {
        var site = EditorialLookup.Site(context);
        var documents = inputs.ToBuilder();
        foreach (var explainer in context.OutputsOf(ExplainerPipelines.Seeds).Select(d => d.Get<ExplainerModel>(Keys.Explainer)).OrderBy(e => e.SeedFile, StringComparer.Ordinal))
        {
            foreach (var section in explainer.Sections)
            {
                var title = Title(explainer, section);
                documents.Add(new Document(null, SiteUrls.OEmbed(explainer, section), SiteJson.Serialize(new OEmbedFile(
                    Version: "1.0",
                    Type: "rich",
                    Title: title,
                    Html: Snippet(site.BaseUrl, site.BaseUrl + "/" + SiteUrls.Embed(explainer, section), title),
                    Width: Width,
                    Height: Height,
                    ProviderName: site.Title,
                    ProviderUrl: site.BaseUrl + "/",
                    AuthorName: site.Author.Length > 0 ? site.Author : site.Publisher,
                    AuthorUrl: site.BaseUrl + "/",
                    CacheAge: 86400), SiteJson.Context.OEmbedFile)));
            }
        }
        return documents.ToImmutable();
    }

    /// <summary>
    /// The snippet oEmbed answers with and the section page offers under 嵌入此段: a complete iframe
    /// first, so consumers that keep only an iframe (WordPress, which also drops <c>style</c> and
    /// <c>loading</c> but keeps <c>frameborder</c>) still show the section; then the loader, which
    /// takes over that iframe and sizes it where the host runs scripts.
    /// </summary>
    public static string Snippet(string baseUrl, string embedUrl, string title) =>
        $"<iframe src=\"{WebUtility.HtmlEncode(embedUrl)}\" title=\"{WebUtility.HtmlEncode(title)}\" width=\"100%\" height=\"{Height}\""
        + " frameborder=\"0\" style=\"border:0;display:block\" loading=\"lazy\" data-explainer-embed></iframe>"
        + $"<script async src=\"{WebUtility.HtmlEncode(baseUrl)}/{SiteUrls.EmbedLoader}\"></script>";

    /// <summary>The iframe's title: the section's, then the explainer's.</summary>
    public static string Title(ExplainerModel explainer, SectionModel section) => $"{section.Title}｜{explainer.Title}";
}
