using System.Collections.Concurrent;

namespace Explainer.Engine;

/// <summary>
/// The last result of each (pipeline, phase), kept by an engine between runs. Only phases that
/// reported no error are kept, so a broken input is always run again once it changes back.
/// </summary>
internal sealed class PhaseCache
{
    private readonly ConcurrentDictionary<(string Pipeline, Phase Phase), PhaseResult> _results = new();

    /// <summary>The phase's last result if it was made under the same key, else null.</summary>
    public PhaseResult? Find(string pipeline, Phase phase, string key) =>
        _results.TryGetValue((pipeline, phase), out var found) && found.Key == key ? found : null;

    public void Store(string pipeline, Phase phase, PhaseResult result)
    {
        if (result.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            _results.TryRemove((pipeline, phase), out _);
            return;
        }
        _results[(pipeline, phase)] = result;
    }
}
