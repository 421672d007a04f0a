namespace Explainer.Engine;

/// <summary>Whether one piece of work of a module ran in a run or its last result was reused.</summary>
public sealed record WorkItem(string Pipeline, Phase Phase, string Id, bool Reused);
