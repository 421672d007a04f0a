using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>
/// A module that maps each document on its own (keeps order, may drop or multiply). Documents are
/// independent, so they are mapped on every core; the results keep the inputs' order.
/// </summary>
public abstract class PerDocumentModule : SyncModule
{
    protected sealed override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context)
    {
        if (inputs.Length < 2)
        {
            return [.. inputs.SelectMany(document => ExecuteOne(document, context))];
        }
        var results = new IDocument[inputs.Length][];
        Parallel.For(0, inputs.Length, i => results[i] = [.. ExecuteOne(inputs[i], context)]);
        return [.. results.SelectMany(r => r)];
    }

    protected abstract IEnumerable<IDocument> ExecuteOne(IDocument input, IExecutionContext context);
}
