using System.Collections.Immutable;
using System.Text;
using Explainer.Engine;
using Explainer.Site.Editions;

namespace Explainer.Site.Modules;

/// <summary>
/// The Simplified edition's files that are not pages: each section's Markdown, each oEmbed file and
/// both feeds, under <c>/zh-hans/</c>, their text converted as the pages' is
/// (<see cref="SimplifiedText"/>), their language <c>zh-Hans</c>, and their links to this site sent to
/// the Simplified copies. The pages themselves are converted as they render (<see cref="RenderPages"/>),
/// and <c>/zh-hans/index.json</c> is written with <c>/index.json</c> (<see cref="CreateSiteIndex"/>).
/// </summary>
public sealed class CreateSimplifiedFiles : SyncModule
{
    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context)
    {
        var text = SimplifiedText.For(context);
        var documents = inputs.ToBuilder();
        foreach (var markdown in context.OutputsOf(ExplainerPipelines.Sections).Where(d => d.Destination?.EndsWith(".md", StringComparison.Ordinal) == true))
        {
            documents.Add(new Document(null, SimplifiedEdition.PathOf(markdown.Destination!), text.Markdown(markdown.Content)));
        }
        foreach (var file in inputs)
        {
            if (file.Destination is { } destination && (destination is "feed.xml" or "feed.json" || destination.StartsWith("oembed/", StringComparison.Ordinal)))
            {
                documents.Add(new Document(null, SimplifiedEdition.PathOf(destination), text.Data(file.Content)));
            }
        }
        return documents.ToImmutable();
    }
}
