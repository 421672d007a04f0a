using System.Collections.Immutable;
using Explainer.Engine;

namespace Explainer.Tests.Engine;

/// <summary>Small modules to drive the engine in tests.</summary>
internal sealed class Emit(params string[] contents) : SyncModule
{
    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context) =>
        [.. inputs, .. contents.Select(c => new Document(c, null, c))];
}

internal sealed class Transform(Func<ImmutableArray<IDocument>, IExecutionContext, ImmutableArray<IDocument>> body) : SyncModule
{
    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context) => body(inputs, context);
}

/// <summary>Waits until another module has started too: proves that two pipelines run at the same time.</summary>
internal sealed class Rendezvous(CountdownEvent both) : IModule
{
    public async Task<ImmutableArray<IDocument>> ExecuteAsync(ImmutableArray<IDocument> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        both.Signal();
        var met = await Task.Run(() => both.Wait(TimeSpan.FromSeconds(30), cancellationToken), cancellationToken);
        return met ? inputs : throw new InvalidOperationException("The other pipeline never started while this one ran.");
    }
}
