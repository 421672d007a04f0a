using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>Base for modules that do no I/O: they stay synchronous and the engine wraps them.</summary>
public abstract class SyncModule : IModule
{
    public Task<ImmutableArray<IDocument>> ExecuteAsync(
        ImmutableArray<IDocument> inputs,
        IExecutionContext context,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Execute(inputs, context));
    }

    protected abstract ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context);
}
