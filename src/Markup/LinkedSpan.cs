namespace Explainer.Markup;

/// <summary>Seed words (raw positions) that link somewhere, like a mention linking to a profile card.</summary>
public sealed record LinkedSpan(int Start, int Length, string Href, string ProfileId)
{
    public int End => Start + Length;
}
