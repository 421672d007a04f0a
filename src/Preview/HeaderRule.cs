using System.Collections.Immutable;

namespace Explainer.Preview;

public sealed record HeaderRule(NetlifyPattern For, ImmutableArray<KeyValuePair<string, string>> Values);
