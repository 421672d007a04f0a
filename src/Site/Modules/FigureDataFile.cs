namespace Explainer.Site.Modules;

/// <summary>/&lt;slug&gt;/data/figures.json, field by field in file order.</summary>
public sealed record FigureDataFile(string Explainer, string Title, string Seed, List<FigureRow> Figures);
