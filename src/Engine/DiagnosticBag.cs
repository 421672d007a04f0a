using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>Collects diagnostics from modules running concurrently; reported together at the end.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Enqueue(diagnostic);
        }
    }

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public bool HasWarnings => _items.Any(d => d.Severity == Severity.Warning);

    /// <summary>Sorted by file and position so the report does not depend on thread timing.</summary>
    public ImmutableArray<Diagnostic> ToSortedArray() =>
        [.. _items
            .Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
