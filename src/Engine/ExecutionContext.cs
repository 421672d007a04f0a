using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Explainer.Engine;

internal sealed class ExecutionContext(
    string pipelineName,
    Phase phase,
    DiagnosticBag diagnostics,
    ImmutableHashSet<string> visible,
    ConcurrentDictionary<string, ImmutableArray<IDocument>> processOutputs,
    ImmutableArray<string> pipelineOrder,
    WorkCache work) : IExecutionContext
{
    public WorkCache Work => work;

    public string PipelineName => pipelineName;

    public Phase Phase => phase;

    public DiagnosticBag Diagnostics => diagnostics;

    public ImmutableArray<IDocument> OutputsOf(string otherPipeline)
    {
        if (!visible.Contains(otherPipeline))
        {
            throw new InvalidOperationException(
                $"Pipeline '{pipelineName}' cannot see '{otherPipeline}' in its {phase} phase; declare it as a dependency.");
        }
        return processOutputs.TryGetValue(otherPipeline, out var documents) ? documents : [];
    }

    public ImmutableArray<IDocument> AllOutputs()
    {
        if (phase != Phase.PostProcess)
        {
            throw new InvalidOperationException($"Only the PostProcess phase sees every pipeline ('{pipelineName}' is in {phase}).");
        }
        // Pipeline order, not completion order, so results are deterministic.
        return [.. pipelineOrder.SelectMany(name => processOutputs.TryGetValue(name, out var docs) ? docs : [])];
    }
}
