namespace Explainer.Editorial;

/// <summary>
/// A node of an editorial YAML file: a scalar, a sequence or a mapping, with where it starts. The
/// shape of YamlDotNet's representation model, made by <see cref="BlockYaml"/> for the plain block
/// YAML editorial files are written in, or converted from YamlDotNet's for anything else.
/// </summary>
public abstract class YamlNode
{
    public Mark Start { get; init; }
}
