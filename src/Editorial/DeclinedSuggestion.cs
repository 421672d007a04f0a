namespace Explainer.Editorial;

/// <summary>
/// A suggestion the editor has reviewed and declined (<c>declined: reason</c> in corrections.yml): the seed's
/// words stay as they are, and the build no longer suggests changing them.
/// </summary>
public sealed record DeclinedSuggestion(string Original, string Reason, int Line, int Column);
