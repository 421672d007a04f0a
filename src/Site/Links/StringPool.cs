namespace Explainer.Site.Links;

/// <summary>
/// One string per distinct text, whichever page and core asks: safe on every core. A plain dictionary
/// under a lock: its entries are one array, where a concurrent dictionary made an object per entry
/// (hundreds of thousands, for the collector to trace at every collection) and a slower lookup.
/// </summary>
public sealed class StringPool
{
    private readonly Dictionary<string, string> _strings = [];

    public string Get(ReadOnlySpan<char> text)
    {
        lock (_strings)
        {
            var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(text, out var known))
            {
                return known;
            }
            var made = text.ToString();
            _strings.Add(made, made);
            return made;
        }
    }
}
