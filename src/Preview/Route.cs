namespace Explainer.Preview;

/// <summary>What the server answers for one path: a file with a status, a redirect, or a bare status.</summary>
public sealed record Route(int Status, string? File = null, string? Location = null);
