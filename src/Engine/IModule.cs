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

/// <summary>A module that maps each document on its own (keeps order, may drop or multiply).</summary>
public abstract class PerDocumentModule : SyncModule
{
    protected sealed override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context) =>
        [.. inputs.SelectMany(document => ExecuteOne(document, context))];

    protected abstract IEnumerable<IDocument> ExecuteOne(IDocument input, IExecutionContext context);
}
