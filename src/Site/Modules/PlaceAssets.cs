using Explainer.Engine;

namespace Explainer.Site.Modules;

/// <summary>
/// Theme assets go under /assets/; at the site's root go the favicon, beside the pages that link it,
/// and the embed loader, at the short address other sites paste.
/// </summary>
public sealed class PlaceAssets : PerDocumentModule
{
    protected override IEnumerable<IDocument> ExecuteOne(IDocument input, IExecutionContext context)
    {
        yield return input.Clone(destination: input.Source is "favicon.svg" or SiteUrls.EmbedLoader ? input.Source : "assets/" + input.Source);
    }
}
