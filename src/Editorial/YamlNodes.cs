namespace Explainer.Editorial;

/// <summary>Where a node starts in its file, numbered as YamlDotNet numbers it (line and column from 1).</summary>
public readonly record struct Mark(int Line, int Column);

/// <summary>
/// A node of an editorial YAML file: a scalar, a sequence or a mapping, with where it starts. The
/// shape of YamlDotNet's representation model, made by <see cref="BlockYaml"/> for the plain block
/// YAML editorial files are written in, or converted from YamlDotNet's for anything else.
/// </summary>
public abstract class YamlNode
{
    public Mark Start { get; init; }
}

public sealed class YamlScalarNode(string? value) : YamlNode
{
    public string? Value { get; } = value;

    /// <summary>The scalar's explicit tag (<c>!!str</c>…), if it has one: a tagged key is not found by its text.</summary>
    public string? Tag { get; init; }
}

public sealed class YamlSequenceNode : YamlNode, IEnumerable<YamlNode>
{
    private readonly List<YamlNode> _children;

    public YamlSequenceNode(params IEnumerable<YamlNode> children) => _children = [.. children];

    public IReadOnlyList<YamlNode> Children => _children;

    internal void Add(YamlNode child) => _children.Add(child);

    public IEnumerator<YamlNode> GetEnumerator() => _children.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

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
