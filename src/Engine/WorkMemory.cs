using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>Every module's work results from its last run, kept by an engine between runs.</summary>
/// <param name="remembers">False for an engine that runs once: nothing is kept.</param>
internal sealed class WorkMemory(bool remembers = true)
{
    private static readonly IReadOnlyDictionary<string, WorkResult> Nothing = new Dictionary<string, WorkResult>();

    private readonly ConcurrentDictionary<(string Pipeline, Phase Phase, int Module), IReadOnlyDictionary<string, WorkResult>> _modules = new();

    /// <summary>False for an engine that runs once: nothing it does is looked up again.</summary>
    public bool Remembers => remembers;

    public WorkCache Open(string pipeline, Phase phase, int module, DiagnosticBag diagnostics) =>
        new(pipeline, phase, _modules.GetValueOrDefault((pipeline, phase, module), Nothing), diagnostics, remembers);

    /// <summary>Called once the module has finished: what it did not ask for this time is forgotten.</summary>
    public void Keep(string pipeline, Phase phase, int module, WorkCache work)
    {
        if (remembers)
        {
            _modules[(pipeline, phase, module)] = work.Results.ToImmutableDictionary(StringComparer.Ordinal);
        }
    }
}
