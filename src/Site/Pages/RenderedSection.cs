namespace Explainer.Site.Pages;

/// <summary>A section with its rendered Markdown and what the explainer adds to it.</summary>
public sealed record RenderedSection(SectionModel Section, Modules.RenderedHtml Html, Annotations.ExplainerAnnotations Annotations, Data.PlacedData Data);
