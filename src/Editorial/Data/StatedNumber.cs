namespace Explainer.Editorial.Data;

/// <summary>A number as a Chinese sentence states it: exact (6000億 = 600,000,000,000) or a range (數億 = 2–9 億).</summary>
public sealed record StatedNumber(decimal Min, decimal Max, string Text, int Index)
{
    public bool IsRange => Min != Max;

    /// <summary>The numeral itself says "more than" (30多萬, 100餘): the figure is a floor, not a count.</summary>
    public bool Approximate { get; init; }
}
