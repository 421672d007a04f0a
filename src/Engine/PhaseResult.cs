using System.Collections.Immutable;

namespace Explainer.Engine;

/// <summary>What one phase of one pipeline produced, under the key of what it read.</summary>
internal sealed record PhaseResult(string Key, ImmutableArray<IDocument> Documents, ImmutableArray<Diagnostic> Diagnostics);
