namespace Explainer.Engine;

/// <summary>One input a piece of work read (a name the module chooses) and the hash of its content then.</summary>
public readonly record struct Dependency(string Key, string Hash);
