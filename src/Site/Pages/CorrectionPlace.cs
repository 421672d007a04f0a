namespace Explainer.Site.Pages;

/// <summary>Where one correction applies on a page: the paragraph or heading to link back to.</summary>
public sealed record CorrectionPlace(string Anchor, string Label);
