using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>What one piece of work read while it ran, and the diagnostics it reported.</summary>
public sealed class WorkRecorder
{
    private readonly ConcurrentDictionary<string, string> _used = new(StringComparer.Ordinal);

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>Records that the work read <paramref name="key"/> while its content hashed to <paramref name="hash"/>.</summary>
    public void Use(string key, string hash) => _used[key] = hash;

    internal ImmutableArray<Dependency> Dependencies =>
        [.. _used.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => new Dependency(u.Key, u.Value))];
}
