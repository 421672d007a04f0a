using System.Collections.Immutable;

namespace Explainer.Seeds;

/// <summary>A paragraph as the reader sees it, hard-wrapped lines joined; keeps its seed lines.</summary>
public sealed record SeedParagraph(string Text, int FirstLine, int LastLine);

/// <summary>A run of paragraphs under one heading; the lead has no heading.</summary>
public sealed record SeedSection(string? Heading, int HeadingLine, ImmutableArray<SeedParagraph> Paragraphs)
{
    public int FirstLine => Heading is null ? Paragraphs.FirstOrDefault()?.FirstLine ?? 0 : HeadingLine;

    public int LastLine => Paragraphs.IsEmpty ? HeadingLine : Paragraphs[^1].LastLine;
}

/// <summary>What the parser understood of one seed file.</summary>
public sealed record ParsedSeed(
    string FileName,
    string Headline,
    int HeadlineLine,
    string? Subtitle,
    int SubtitleLine,
    ImmutableArray<SeedSection> Sections,
    ImmutableArray<string> Lines)
{
    /// <summary>Every line of seed text in order: the yardstick of the fidelity contract.</summary>
    public string AllText => string.Join("\n", Lines);

    /// <summary>The seed's text from one line to another, both included (1-based).</summary>
    public string TextOfLines(int first, int last) => string.Join("\n", Lines.Skip(first - 1).Take(last - first + 1));
}

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
