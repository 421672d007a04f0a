using System.Collections.Immutable;

namespace Explainer.Engine;

public sealed record EngineResult(
    bool Succeeded,
    ImmutableArray<Diagnostic> Diagnostics,
    Timings Timings,
    ImmutableDictionary<string, ImmutableArray<IDocument>> Outputs)
{
    /// <summary>Every piece of work modules asked the engine for (<see cref="WorkCache"/>), and whether it was reused.</summary>
    public ImmutableArray<WorkItem> Work { get; init; } = [];
}
