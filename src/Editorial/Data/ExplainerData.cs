using System.Collections.Immutable;

namespace Explainer.Editorial.Data;

/// <summary>Where a piece of data is anchored in the seed: an exact quote, optionally with the text around it.</summary>
public sealed record SeedQuote(string Text, string Prefix, string Suffix, string File, int Line, int Column)
{
    public string Needle => Prefix + Text + Suffix;
}

public enum FigureKind
{
    Point,
    Range,
}

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

/// <summary>One side's claim in a contest the seed reports without numbers (the fight over compute).</summary>
public sealed record Claim(string Who, string Wants, SeedQuote Quote);

/// <summary>A dated event, its date as the seed words it.</summary>
public sealed record TimelineEvent(string When, string Label, SeedQuote Quote);

/// <summary>A chart, comparison or timeline, and the paragraph after which it stands.</summary>
public sealed record Placement(string Title, string Summary, string Note, SeedQuote After);

/// <summary>input/&lt;seed name&gt;/data.yml: the figures, the compute contest and the timeline of one seed.</summary>
public sealed record ExplainerData(
    ImmutableArray<Figure> Figures,
    Placement? Chart,
    string SourceLine,
    ImmutableArray<Claim> Claims,
    Placement? Compute,
    ImmutableArray<TimelineEvent> Events,
    Placement? Timeline,
    DateOnly? Published,
    Source? PublishedSource,
    string SourcePath)
{
    public static readonly ExplainerData None = new([], null, "", [], null, [], null, null, null, "");

    /// <summary>Seed words (an amount or a date) whose automatic figure or event the editor leaves out.</summary>
    public ImmutableArray<SeedQuote> Exclude { get; init; } = [];
}
