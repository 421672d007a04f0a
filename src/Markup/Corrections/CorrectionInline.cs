using Markdig.Syntax.Inlines;

namespace Explainer.Markup.Corrections;

/// <summary>A substitution <c>{~~original~>corrected~~}</c> (CriticMarkup's syntax) in the syntax tree.</summary>
public sealed class CorrectionInline : LeafInline
{
    public required string Original { get; init; }

    public required string Corrected { get; init; }
}
