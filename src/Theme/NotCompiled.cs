namespace Explainer.Theme;

/// <summary>Thrown while rendering a compiled template when Scriban must render the page instead.</summary>
internal sealed class NotCompiled : Exception;
