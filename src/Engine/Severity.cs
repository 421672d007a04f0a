namespace Explainer.Engine;

public enum Severity
{
    Info,
    Warning,
    Error,
    /// <summary>Something the build found for an editor to review (a likely conversion error); never fails a build.</summary>
    Suggestion,
}
