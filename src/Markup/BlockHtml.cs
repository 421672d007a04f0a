namespace Explainer.Markup;

/// <summary>One rendered block of a section and its id (paragraphs carry theirs from the Markdown).</summary>
public sealed record BlockHtml(string Id, string Html);
