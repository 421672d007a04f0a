namespace Explainer.Editorial;

public sealed class YamlSequenceNode : YamlNode, IEnumerable<YamlNode>
{
    private readonly List<YamlNode> _children;

    public YamlSequenceNode(params IEnumerable<YamlNode> children) => _children = [.. children];

    public IReadOnlyList<YamlNode> Children => _children;

    internal void Add(YamlNode child) => _children.Add(child);

    public IEnumerator<YamlNode> GetEnumerator() => _children.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
