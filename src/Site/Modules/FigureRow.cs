namespace Explainer.Site.Modules;

/// <summary>One figure: a row of figures.csv and an item of figures.json.</summary>
public sealed record FigureRow(
    string Id, string Label, string LabelEn, decimal Value, decimal ValueMax, string Unit, string UnitEn, string Currency,
    string Kind, bool Approximate, string TextZh, string TextEn, string Quote, string ParagraphUrl);
