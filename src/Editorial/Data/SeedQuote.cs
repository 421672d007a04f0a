namespace Explainer.Editorial.Data;

/// <summary>Where a piece of data is anchored in the seed: an exact quote, optionally with the text around it.</summary>
public sealed record SeedQuote(string Text, string Prefix, string Suffix, string File, int Line, int Column)
{
    public string Needle => Prefix + Text + Suffix;
}
