using System.Collections.Immutable;

namespace Explainer.Seeds;

/// <summary>Corrections to the parser's guesses, from the seed's settings in input/.</summary>
public sealed record SeedParseOptions
{
    public static readonly SeedParseOptions Default = new();

    /// <summary>Lines (by their exact text) that are headings although the parser thinks not.</summary>
    public ImmutableHashSet<string> ForcedHeadings { get; init; } = [];

    /// <summary>Lines (by their exact text) the parser took for headings that are not.</summary>
    public ImmutableHashSet<string> NotHeadings { get; init; } = [];

    /// <summary>The widest a heading can be, in ideograph units (Latin letters count ½).</summary>
    public double HeadingMaxWidth { get; init; } = 14;

    /// <summary>null: guess; true or false: the second line is or is not an English subtitle.</summary>
    public bool? HasSubtitle { get; init; }
}
