using System.Collections.Concurrent;
using Explainer.Chinese;

namespace Explainer.Site.Editions;

/// <summary>
/// The Simplified conversions of one run's blocks, one cache per explainer: its page, its section
/// pages and their embeds hold the same paragraphs, notes and cards, converted once. A cache is
/// dropped as the explainer's last page is done, so a build holds those of the pages in hand, not
/// of the whole site; explainers share none, so each costs what its own text costs.
/// </summary>
public sealed class BlockCaches
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, AlignedText>> _caches = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _pending = new(StringComparer.Ordinal);

    /// <param name="pages">Every page the run renders, by path.</param>
    public BlockCaches(IEnumerable<string> pages)
    {
        foreach (var page in pages)
            _pending.AddOrUpdate(Family(page), 1, (_, n) => n + 1);
    }

    /// <summary>
    /// The cache of the explainer <paramref name="page"/> belongs to; none for the pages that gather
    /// every explainer (home, profiles, 404), whose text is each explainer's own.
    /// </summary>
    public ConcurrentDictionary<string, AlignedText>? For(string page)
    {
        var family = Family(page);
        return family is "" or "profiles" ? null : _caches.GetOrAdd(family, _ => new ConcurrentDictionary<string, AlignedText>(StringComparer.Ordinal));
    }

    public void Done(string page)
    {
        var family = Family(page);
        if (_pending.AddOrUpdate(family, 0, (_, n) => n - 1) == 0)
            _caches.TryRemove(family, out _);
    }

    /// <summary>The explainer a page belongs to (its slug, for its embeds too); the profiles; the rest.</summary>
    internal static string Family(string page)
    {
        var path = page.StartsWith(SiteUrls.EmbedFolder, StringComparison.Ordinal) ? page[SiteUrls.EmbedFolder.Length..] : page;
        var slash = path.IndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }
}
