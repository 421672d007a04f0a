using System.Collections.Immutable;
using Explainer.Engine;

namespace Explainer.Site.Draft;

/// <summary>What <c>draft</c> did: the files it wrote, and what it has to say (suggestions, problems).</summary>
public sealed record DraftResult(ImmutableArray<string> Written, ImmutableArray<Diagnostic> Diagnostics);
