using System.Collections.Concurrent;

namespace Explainer.Engine;

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
