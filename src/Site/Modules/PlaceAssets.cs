using Explainer.Engine;

namespace Explainer.Site.Modules;

/// <summary>Theme assets go under /assets/; the favicon at /favicon.svg, beside the pages that link it.</summary>
public sealed class PlaceAssets : PerDocumentModule
{
    protected override IEnumerable<IDocument> ExecuteOne(IDocument input, IExecutionContext context)
    {
        yield return input.Clone(destination: input.Source == "favicon.svg" ? "favicon.svg" : "assets/" + input.Source);
    }
}
