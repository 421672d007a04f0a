namespace Explainer.Markup;

/// <summary>Seed words (raw positions) that link somewhere, like a mention linking to a profile card.</summary>
public sealed record LinkedSpan(int Start, int Length, string Href, string ProfileId)
{
    public int End => Start + Length;
}

/// <summary>A reference the explainer inserts after a raw position, like a sidenote's number.</summary>
public sealed record InsertedRef(int Position, string Href, string Text, string Label, string Class = "note-ref");
