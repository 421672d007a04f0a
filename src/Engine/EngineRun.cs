using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;

namespace Explainer.Engine;

/// <summary>One run of an <see cref="Engine"/>: the phases in Statiq's order, reusing what the cache still holds.</summary>
internal sealed class EngineRun(PipelineGraph graph, PhaseCache cache, WorkMemory memory, ImmutableArray<string> pipelineOrder, bool failOnWarnings)
{
    private static readonly ImmutableHashSet<string> None = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    private readonly DiagnosticBag _diagnostics = new();
    private readonly Timings _timings = new();
    private readonly ConcurrentDictionary<string, ImmutableArray<IDocument>> _current = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImmutableArray<IDocument>> _processOutputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _inputKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _processKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<WorkItem> _work = new();

    public async Task<EngineResult> ExecuteAsync(CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var everyone = graph.Ordered.Select(p => p.Name).ToImmutableHashSet(StringComparer.Ordinal);

        await Task.WhenAll(graph.Ordered.Select(async pipeline =>
        {
            var documents = await RunPhaseAsync(pipeline, Phase.Input, None, [], key: null, cancellationToken);
            // An engine that runs once has no next run to reuse phases in: hashing its inputs (every
            // seed and editorial file) would be work for nobody.
            _inputKeys[pipeline.Name] = (memory.Remembers ? Fingerprint.Of(documents) : null) ?? Fingerprint.Unique();
        }));
        if (!_diagnostics.HasErrors)
        {
            var processTasks = new Dictionary<string, Task>(StringComparer.Ordinal);
            foreach (var pipeline in graph.Ordered)
            {
                var dependencies = pipeline.Dependencies.Select(d => processTasks[d]).ToArray();
                processTasks[pipeline.Name] = RunProcessAsync(pipeline, dependencies, cancellationToken);
            }
            await Task.WhenAll(processTasks.Values);
        }
        if (!_diagnostics.HasErrors)
        {
            // PostProcess sees every pipeline, so it is reused only when no Process phase changed.
            var everything = Fingerprint.Combine(["postprocess", .. pipelineOrder.Select(name => _processKeys[name])]);
            await Task.WhenAll(graph.Ordered.Select(p => RunPhaseAsync(p, Phase.PostProcess, everyone, _current[p.Name], everything, cancellationToken)));
        }
        var failed = _diagnostics.HasErrors || (failOnWarnings && _diagnostics.HasWarnings);
        if (!failed)
        {
            // Output writes; it is never reused (what it writes is the module's business).
            await Task.WhenAll(graph.Ordered.Select(p => RunPhaseAsync(p, Phase.Output, None, _current[p.Name], key: null, cancellationToken)));
        }
        _timings.Total = total.Elapsed;
        _timings.Work = [.. _work.OrderBy(w => w.Pipeline, StringComparer.Ordinal).ThenBy(w => w.Phase).ThenBy(w => w.Id, StringComparer.Ordinal)];
        return new EngineResult(
            !failed,
            _diagnostics.ToSortedArray(),
            _timings,
            _current.ToImmutableDictionary(StringComparer.Ordinal))
        {
            Work = _timings.Work,
        };
    }

    private async Task RunProcessAsync(Pipeline pipeline, Task[] dependencies, CancellationToken cancellationToken)
    {
        await Task.WhenAll(dependencies);
        // A dependency that reported errors would hand over partial documents: stop here instead.
        if (_diagnostics.HasErrors)
        {
            return;
        }
        // Process reads its own input and its ancestors' outputs, and nothing else: that is its key.
        var ancestors = graph.Ancestors[pipeline.Name];
        var key = Fingerprint.Combine(
        [
            "process",
            _inputKeys[pipeline.Name],
            .. ancestors.Order(StringComparer.Ordinal).Select(name => name + "=" + _processKeys[name]),
        ]);
        await RunPhaseAsync(pipeline, Phase.Process, ancestors, _current[pipeline.Name], key, cancellationToken);
        _processKeys[pipeline.Name] = key;
        _processOutputs[pipeline.Name] = _current[pipeline.Name];
    }

    /// <param name="key">What the phase reads, hashed; null for phases that always run.</param>
    private async Task<ImmutableArray<IDocument>> RunPhaseAsync(
        Pipeline pipeline,
        Phase phase,
        ImmutableHashSet<string> visible,
        ImmutableArray<IDocument> inputs,
        string? key,
        CancellationToken cancellationToken)
    {
        // Yield first so that independent pipelines really start together.
        await Task.Yield();
        var stopwatch = Stopwatch.StartNew();
        var modules = pipeline.ModulesOf(phase);
        if (key is not null && cache.Find(pipeline.Name, phase, key) is { } kept)
        {
            _diagnostics.AddRange(kept.Diagnostics);
            return Finish(kept.Documents, reused: true);
        }
        // Diagnostics per phase, so a reused phase can report its warnings again.
        var diagnostics = new DiagnosticBag();
        var documents = inputs;
        for (var index = 0; index < modules.Length; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var work = memory.Open(pipeline.Name, phase, index, diagnostics);
            var context = new ExecutionContext(pipeline.Name, phase, diagnostics, visible, _processOutputs, pipelineOrder, work);
            documents = await modules[index].ExecuteAsync(documents, context, cancellationToken);
            memory.Keep(pipeline.Name, phase, index, work);
            foreach (var item in work.Log)
            {
                _work.Enqueue(item);
            }
        }
        var reported = diagnostics.ToSortedArray();
        _diagnostics.AddRange(reported);
        if (key is not null)
        {
            cache.Store(pipeline.Name, phase, new PhaseResult(key, documents, reported));
        }
        return Finish(documents, reused: false);

        ImmutableArray<IDocument> Finish(ImmutableArray<IDocument> result, bool reused)
        {
            _current[pipeline.Name] = result;
            if (!modules.IsEmpty)
            {
                _timings.Record(new PhaseTiming(pipeline.Name, phase, stopwatch.Elapsed, result.Length) { Reused = reused });
            }
            return result;
        }
    }
}
