using System.Collections.Concurrent;
using System.Collections.Immutable;
using Explainer.Engine;

namespace Explainer.Site.Links;

/// <summary>Absolute links resolved once per build, whichever page has them, and the texts of ids and links
/// held once; safe on every core.</summary>
public sealed class LinkResolutions
{
    /// <summary>The ids and links of every page scanned, each text once.</summary>
    public StringPool Strings { get; } = new();

    private readonly ConcurrentDictionary<string, Resolution> _resolved = new(StringComparer.Ordinal);

    internal Resolution Resolve(string absolute, Uri pageUri) =>
        _resolved.GetOrAdd(absolute, static (link, from) => PageLinks.Resolve(from, link), pageUri);
}
