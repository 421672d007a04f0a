using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>One operation on a sequence of documents, named verb-noun (ReadFiles, RenderMarkdown …).</summary>
public interface IModule
{
    Task<ImmutableArray<IDocument>> ExecuteAsync(
        ImmutableArray<IDocument> inputs,
        IExecutionContext context,
        CancellationToken cancellationToken);
}
