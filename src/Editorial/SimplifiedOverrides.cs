using System.Collections.Immutable;

namespace Explainer.Editorial;

/// <summary>
/// <c>input/zh-hans.yml</c>: how the Simplified edition writes words that OpenCC's conversion gets
/// wrong for this site, a name as the mainland writes it (祖克柏 → 扎克伯格) or a term kept as the seed
/// writes it (a key mapped to itself). Keys are Traditional text as the page shows it; an override wins
/// over the dictionaries, the longest first.
/// </summary>
public sealed record SimplifiedOverrides(ImmutableSortedDictionary<string, string> Words)
{
    public static readonly SimplifiedOverrides None = new(ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal));

    public static SimplifiedOverrides Read(YamlFile file)
    {
        var map = file.RootMapping();
        file.CheckKeys(map, "overrides");
        var words = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (file.Mapping(map, "overrides") is { } overrides)
        {
            foreach (var (keyNode, valueNode) in overrides)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (key.Trim().Length == 0)
                {
                    file.Error(keyNode, "an override needs the Traditional words it replaces");
                    continue;
                }
                if (valueNode is not YamlScalarNode { Value: { Length: > 0 } value })
                {
                    file.Error(valueNode, $"the override of '{key}' must be the words the Simplified edition writes (write '{key}: {key}' to keep them as they are)");
                    continue;
                }
                words[key] = value; // a key given twice is YAML's error, at its line and column
            }
        }
        return new SimplifiedOverrides(words.ToImmutable());
    }
}
