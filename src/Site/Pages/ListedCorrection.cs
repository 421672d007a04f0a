using System.Collections.Immutable;

namespace Explainer.Site.Pages;

/// <summary>A correction as a page lists it.</summary>
public sealed record ListedCorrection(string Key, string Original, string Corrected, string Reason, ImmutableArray<CorrectionPlace> Places);
