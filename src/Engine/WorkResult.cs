using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>A piece of work's result, kept under the dependencies it recorded.</summary>
internal sealed record WorkResult(ImmutableArray<Dependency> Dependencies, object Value, ImmutableArray<Diagnostic> Diagnostics);
