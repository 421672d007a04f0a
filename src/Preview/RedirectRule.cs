namespace Explainer.Preview;

public sealed record RedirectRule(NetlifyPattern From, string To, int Status, bool Force);
