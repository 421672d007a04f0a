namespace Explainer.Editorial.Data;

/// <summary>A figure the seed states, with the sentence that states it.</summary>
/// <remarks><see cref="Also"/>: the same figure in another currency, as the seed converts it in parentheses.</remarks>
public sealed record Figure(
    string Id,
    string Label,
    string LabelEn,
    decimal Value,
    decimal ValueMax,
    string Unit,
    string UnitEn,
    string Currency,
    FigureKind Kind,
    bool Approximate,
    string Group,
    string NoteId,
    SeedQuote Quote)
{
    public string Also { get; init; } = "";
}
