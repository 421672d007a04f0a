namespace Explainer.Editorial;

/// <summary>A string quoted in an editorial file, with its position there.</summary>
public sealed record Quote(string Text, int Line, int Column);
