namespace Explainer.Editorial;

public sealed class YamlScalarNode(string? value) : YamlNode
{
    public string? Value { get; } = value;

    /// <summary>The scalar's explicit tag (<c>!!str</c>…), if it has one: a tagged key is not found by its text.</summary>
    public string? Tag { get; init; }
}
