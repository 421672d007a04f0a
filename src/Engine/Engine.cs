using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;

namespace Explainer.Engine;

public sealed record EngineResult(
    bool Succeeded,
    ImmutableArray<Diagnostic> Diagnostics,
    Timings Timings,
    ImmutableDictionary<string, ImmutableArray<IDocument>> Outputs);

/// <summary>
/// Runs pipelines phase by phase with Statiq's rules: every Input at once; each Process as soon as its
/// dependencies' Process is done (independent pipelines concurrently); PostProcess once every Process is
/// done; then Output. A phase that reports an error stops the run before anything is written.
/// </summary>
public sealed class Engine(IEnumerable<Pipeline> pipelines)
{
    private readonly PipelineGraph _graph = new(pipelines);

    public ImmutableArray<string> PipelineOrder => [.. _graph.Ordered.Select(p => p.Name)];

    public async Task<EngineResult> ExecuteAsync(CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new Timings();
        var total = Stopwatch.StartNew();
        var current = new ConcurrentDictionary<string, ImmutableArray<IDocument>>(StringComparer.Ordinal);
        var processOutputs = new ConcurrentDictionary<string, ImmutableArray<IDocument>>(StringComparer.Ordinal);
        var none = ImmutableHashSet.Create<string>(StringComparer.Ordinal);
        var everyone = _graph.Ordered.Select(p => p.Name).ToImmutableHashSet(StringComparer.Ordinal);

        Task RunAsync(Pipeline pipeline, Phase phase, ImmutableHashSet<string> visible, ImmutableArray<IDocument> inputs) =>
            RunPhaseAsync(pipeline, phase, inputs, new ExecutionContext(pipeline.Name, phase, diagnostics, visible, processOutputs, PipelineOrder), current, timings, cancellationToken);

        await Task.WhenAll(_graph.Ordered.Select(p => RunAsync(p, Phase.Input, none, [])));
        if (!diagnostics.HasErrors)
        {
            var processTasks = new Dictionary<string, Task>(StringComparer.Ordinal);
            foreach (var pipeline in _graph.Ordered)
            {
                var dependencies = pipeline.Dependencies.Select(d => processTasks[d]).ToArray();
                processTasks[pipeline.Name] = RunProcessAsync(pipeline, dependencies);
            }
            await Task.WhenAll(processTasks.Values);
        }
        if (!diagnostics.HasErrors)
        {
            await Task.WhenAll(_graph.Ordered.Select(p => RunAsync(p, Phase.PostProcess, everyone, current[p.Name])));
        }
        if (!diagnostics.HasErrors)
        {
            await Task.WhenAll(_graph.Ordered.Select(p => RunAsync(p, Phase.Output, none, current[p.Name])));
        }
        timings.Total = total.Elapsed;
        return new EngineResult(
            !diagnostics.HasErrors,
            diagnostics.ToSortedArray(),
            timings,
            current.ToImmutableDictionary(StringComparer.Ordinal));

        async Task RunProcessAsync(Pipeline pipeline, Task[] dependencies)
        {
            await Task.WhenAll(dependencies);
            // A dependency that reported errors would hand over partial documents: stop here instead.
            if (diagnostics.HasErrors)
            {
                return;
            }
            await RunAsync(pipeline, Phase.Process, _graph.Ancestors[pipeline.Name], current[pipeline.Name]);
            processOutputs[pipeline.Name] = current[pipeline.Name];
        }
    }

    private static async Task RunPhaseAsync(
        Pipeline pipeline,
        Phase phase,
        ImmutableArray<IDocument> inputs,
        ExecutionContext context,
        ConcurrentDictionary<string, ImmutableArray<IDocument>> current,
        Timings timings,
        CancellationToken cancellationToken)
    {
        // Yield first so that independent pipelines really start together.
        await Task.Yield();
        var stopwatch = Stopwatch.StartNew();
        var documents = inputs;
        foreach (var module in pipeline.ModulesOf(phase))
        {
            cancellationToken.ThrowIfCancellationRequested();
            documents = await module.ExecuteAsync(documents, context, cancellationToken);
        }
        current[pipeline.Name] = documents;
        if (!pipeline.ModulesOf(phase).IsEmpty)
        {
            timings.Record(new PhaseTiming(pipeline.Name, phase, stopwatch.Elapsed, documents.Length));
        }
    }
}
