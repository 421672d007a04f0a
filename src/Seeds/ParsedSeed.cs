using System.Collections.Immutable;

namespace Explainer.Seeds;

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
