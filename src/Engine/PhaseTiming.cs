namespace Explainer.Engine;

public sealed record PhaseTiming(string Pipeline, Phase Phase, TimeSpan Elapsed, int Documents)
{
    /// <summary>The phase did not run: its inputs were unchanged, so the last run's documents were kept.</summary>
    public bool Reused { get; init; }
}
