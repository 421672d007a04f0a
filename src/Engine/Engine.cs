using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>
/// Runs pipelines phase by phase with Statiq's rules: every Input at once; each Process as soon as its
/// dependencies' Process is done (independent pipelines concurrently); PostProcess once every Process is
/// done; then Output. A phase that reports an error stops the run before anything is written.
/// </summary>
/// <remarks>
/// An engine remembers its last run. Running it again re-runs only what changed: Input always runs
/// (reading is how a change is seen), a Process or PostProcess phase whose inputs hash the same as last
/// time is reused with its documents and diagnostics, and Output always runs. Inside a phase that runs,
/// modules reuse per-document work whose recorded dependencies are unchanged (<see cref="WorkCache"/>).
/// That is sound because modules are pure: what they return depends only on their inputs, what the
/// context lets them see, their constructor arguments and what they record. A new engine is a clean build.
/// </remarks>
public sealed class Engine(IEnumerable<Pipeline> pipelines)
{
    private readonly PipelineGraph _graph = new(pipelines);
    private readonly PhaseCache _cache = new();
    private WorkMemory? _memory;
    private int _running;

    /// <summary>
    /// The engine runs once (a command-line build): no phase or piece of work is kept for a next run,
    /// and modules are told not to hash what they read (<see cref="WorkCache.Remembers"/>). Running it
    /// again is a clean build.
    /// </summary>
    public bool RunsOnce { get; init; }

    /// <summary>Warnings fail the run too: it stops before Output, like an error (a compiler's warnings-as-errors).</summary>
    public bool FailOnWarnings { get; init; }

    public ImmutableArray<string> PipelineOrder => [.. _graph.Ordered.Select(p => p.Name)];

    public async Task<EngineResult> ExecuteAsync(CancellationToken cancellationToken)
    {
        // Runs share what they reuse, so two at once would be a bug in the caller.
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            throw new InvalidOperationException("This engine is already running; run it again once the current run is done.");
        }
        try
        {
            return await new EngineRun(_graph, RunsOnce ? new PhaseCache() : _cache, _memory ??= new WorkMemory(remembers: !RunsOnce), PipelineOrder, FailOnWarnings).ExecuteAsync(cancellationToken);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
