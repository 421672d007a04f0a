using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Explainer.Engine;

public enum Severity
{
    Info,
    Warning,
    Error,
    /// <summary>Something the build found for an editor to review (a likely conversion error); never fails a build.</summary>
    Suggestion,
}

/// <summary>One message for the user about their input, printed compiler-style.</summary>
public sealed record Diagnostic(Severity Severity, string File, int Line, int Column, string Message)
{
    public static Diagnostic Error(string file, int line, int column, string message) =>
        new(Severity.Error, file, line, column, message);

    public static Diagnostic Info(string file, int line, int column, string message) =>
        new(Severity.Info, file, line, column, message);

    public static Diagnostic Warning(string file, int line, int column, string message) =>
        new(Severity.Warning, file, line, column, message);

    public static Diagnostic Suggestion(string file, int line, int column, string message) =>
        new(Severity.Suggestion, file, line, column, message);

    /// <summary><c>file(line,col): error: message</c>, the form editors and CI logs recognise.</summary>
    public override string ToString()
    {
        var position = Line > 0 ? $"({Line},{Math.Max(Column, 1)})" : "";
        return $"{File}{position}: {Severity.ToString().ToLowerInvariant()}: {Message}";
    }
}

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
