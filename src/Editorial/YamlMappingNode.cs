namespace Explainer.Editorial;

/// <summary>A mapping's entries in the file's order. Editorial mappings hold a handful of keys: a
/// lookup compares them in turn, with nothing to allocate.</summary>
public sealed class YamlMappingNode : YamlNode, IEnumerable<KeyValuePair<YamlNode, YamlNode>>
{
    private readonly List<KeyValuePair<YamlNode, YamlNode>> _children = [];

    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Children => _children;

    public void Add(YamlNode key, YamlNode value) => _children.Add(new(key, value));

    public void Add(string key, YamlNode value) => Add(new YamlScalarNode(key), value);

    /// <summary>The value of the (untagged) scalar key <paramref name="key"/>; null when there is none.</summary>
    public YamlNode? Get(string key) => Get(key.AsSpan());

    public YamlNode? Get(ReadOnlySpan<char> key)
    {
        foreach (var (k, value) in _children)
        {
            if (k is YamlScalarNode { Tag: null, Value: { } text } && key.SequenceEqual(text))
            {
                return value;
            }
        }
        return null;
    }

    public IEnumerator<KeyValuePair<YamlNode, YamlNode>> GetEnumerator() => _children.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
