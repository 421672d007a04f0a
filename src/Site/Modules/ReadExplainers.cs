using System.Collections.Immutable;
using Explainer.Engine;

namespace Explainer.Site.Modules;

/// <summary>Starts a pipeline from the explainers the Seeds pipeline parsed.</summary>
public sealed class ReadExplainers : SyncModule
{
    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context) =>
        context.OutputsOf(ExplainerPipelines.Seeds);
}
