namespace Explainer.Editorial;

/// <summary>Where a node starts in its file, numbered as YamlDotNet numbers it (line and column from 1).</summary>
public readonly record struct Mark(int Line, int Column);
