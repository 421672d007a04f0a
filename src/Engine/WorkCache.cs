using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>One input a piece of work read (a name the module chooses) and the hash of its content then.</summary>
public readonly record struct Dependency(string Key, string Hash);

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

/// <summary>A piece of work's result, kept under the dependencies it recorded.</summary>
internal sealed record WorkResult(ImmutableArray<Dependency> Dependencies, object Value, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>Whether one piece of work of a module ran in a run or its last result was reused.</summary>
public sealed record WorkItem(string Pipeline, Phase Phase, string Id, bool Reused);

/// <summary>
/// The pieces of work of one module in one run (a page, a parsed file), each identified by an id the
/// module chooses. A piece whose recorded dependencies all still hash the same as when it last ran is
/// not run again: its value and diagnostics are reused. What a piece reads must be recorded, which is
/// what makes reuse sound, so modules record everything the work depends on (or hash it whole).
/// </summary>
/// <remarks>
/// Results made in this run replace the module's previous ones when the module finishes, so pieces
/// that no longer exist are forgotten. Results with errors are never kept. Safe to call concurrently.
/// </remarks>
public sealed class WorkCache
{
    private readonly string _pipeline;
    private readonly Phase _phase;
    private readonly IReadOnlyDictionary<string, WorkResult> _previous;
    private readonly DiagnosticBag _diagnostics;
    private readonly ConcurrentDictionary<string, WorkResult> _next = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _log = new(StringComparer.Ordinal);

    internal WorkCache(string pipeline, Phase phase, IReadOnlyDictionary<string, WorkResult> previous, DiagnosticBag diagnostics, bool remembers = true)
    {
        _pipeline = pipeline;
        _phase = phase;
        _previous = previous;
        _diagnostics = diagnostics;
        Remembers = remembers;
    }

    /// <summary>
    /// False when the engine runs once (a command-line build): every piece is computed and nothing is
    /// kept, so a module need not hash what its work reads (what it records is ignored).
    /// </summary>
    public bool Remembers { get; }

    internal IReadOnlyDictionary<string, WorkResult> Results => _next;

    internal IEnumerable<WorkItem> Log => _log.Select(l => new WorkItem(_pipeline, _phase, l.Key, l.Value));

    /// <param name="id">Names the piece of work; unique within the module's run.</param>
    /// <param name="currentHash">The hash of a dependency's content now, or null when it is gone.</param>
    /// <param name="compute">Does the work, recording what it reads; must not depend on anything it does not record.</param>
    public T GetOrCompute<T>(string id, Func<string, string?> currentHash, Func<WorkRecorder, T> compute)
        where T : notnull
    {
        if (TryReuse<T>(id, currentHash, out var value))
        {
            return value;
        }
        var recorder = new WorkRecorder();
        return Keep(id, recorder, compute(recorder));
    }

    /// <summary>The same for work that does I/O.</summary>
    public async Task<T> GetOrComputeAsync<T>(string id, Func<string, string?> currentHash, Func<WorkRecorder, Task<T>> compute)
        where T : notnull
    {
        if (TryReuse<T>(id, currentHash, out var value))
        {
            return value;
        }
        var recorder = new WorkRecorder();
        return Keep(id, recorder, await compute(recorder));
    }

    private bool TryReuse<T>(string id, Func<string, string?> currentHash, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        if (!_log.TryAdd(id, true))
        {
            throw new InvalidOperationException($"Work '{id}' was asked for twice in one run of a module of '{_pipeline}'.");
        }
        if (_previous.TryGetValue(id, out var kept) && kept.Value is T found
            && kept.Dependencies.All(d => currentHash(d.Key) == d.Hash))
        {
            _next[id] = kept;
            _diagnostics.AddRange(kept.Diagnostics);
            value = found;
            return true;
        }
        _log[id] = false;
        value = default;
        return false;
    }

    private T Keep<T>(string id, WorkRecorder recorder, T result)
        where T : notnull
    {
        var diagnostics = recorder.Diagnostics.ToSortedArray();
        _diagnostics.AddRange(diagnostics);
        if (Remembers && !diagnostics.Any(d => d.Severity == Severity.Error))
        {
            _next[id] = new WorkResult(recorder.Dependencies, result, diagnostics);
        }
        return result;
    }
}

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
