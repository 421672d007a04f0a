using System.Collections.Immutable;
using Explainer.Engine;

namespace Explainer.Editorial;

/// <summary>
/// A YAML file of the editorial layer read with positions, so every complaint names the file, line
/// and column. Reading never throws: problems become diagnostics and the value is left out.
/// </summary>
public sealed class YamlFile
{
    private YamlFile(string path, YamlNode? root, ImmutableArray<Diagnostic> diagnostics, int lineOffset)
    {
        LineOffset = lineOffset;
        Path = path;
        Root = root;
        Diagnostics = diagnostics;
    }

    public string Path { get; }

    /// <summary>Lines of the file above the YAML (the <c>---</c> of front matter), added to every position.</summary>
    public int LineOffset { get; }

    public int LineOf(YamlNode node) => (int)node.Start.Line + LineOffset;

    public YamlNode? Root { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; private set; }

    public static YamlFile Parse(string path, string text, int lineOffset = 0)
    {
        if (BlockYaml.TryParse(text, out var root))
        {
            return new YamlFile(path, root, [], lineOffset);
        }
        var (node, error) = YamlDotNetReader.Read(text);
        return error is not { } e
            ? new YamlFile(path, node, [], lineOffset)
            : new YamlFile(path, null, [Diagnostic.Error(path, e.Line + lineOffset, e.Column, e.Message)], lineOffset) { Failed = true };
    }

    /// <summary>The file could not be read as YAML (already reported): its keys are not "missing".</summary>
    public bool Failed { get; private init; }

    public void Error(YamlNode node, string message) =>
        Diagnostics = Diagnostics.Add(Diagnostic.Error(Path, LineOf(node), (int)node.Start.Column, message));

    /// <summary>An error at a line of the file (not of the YAML: front matter's body lines count as they are).</summary>
    public void ErrorAt(int line, int column, string message) =>
        Diagnostics = Diagnostics.Add(Diagnostic.Error(Path, line, column, message));

    public void Warning(YamlNode node, string message) =>
        Diagnostics = Diagnostics.Add(Diagnostic.Warning(Path, LineOf(node), (int)node.Start.Column, message));

    /// <summary>The root as a mapping; an empty file is an empty mapping.</summary>
    public YamlMappingNode RootMapping()
    {
        if (Root is YamlMappingNode mapping)
        {
            return mapping;
        }
        if (Root is not null && !(Root is YamlScalarNode { Value: null or "" }))
        {
            Error(Root, "expected a mapping of keys to values");
        }
        return new YamlMappingNode();
    }

    /// <summary>The root as a sequence; an empty file is an empty sequence.</summary>
    public YamlSequenceNode RootSequence()
    {
        if (Root is YamlSequenceNode sequence)
        {
            return sequence;
        }
        if (Root is not null && !(Root is YamlScalarNode { Value: null or "" }))
        {
            Error(Root, "expected a list");
        }
        return new YamlSequenceNode();
    }

    public string? String(YamlMappingNode map, string key)
    {
        var node = Child(map, key);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }
        Error(node, $"'{key}' must be a single value");
        return null;
    }

    public string RequiredString(YamlMappingNode map, string key)
    {
        var value = String(map, key);
        if (string.IsNullOrEmpty(value))
        {
            if (!Failed)
            {
                Error(map, $"'{key}' is required");
            }
            return "";
        }
        return value;
    }

    public int? Int(YamlMappingNode map, string key)
    {
        var text = String(map, key);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        Error(Child(map, key)!, $"'{key}' must be a whole number, not '{text}'"); // Child is non-null: String found it
        return null;
    }

    public bool? Bool(YamlMappingNode map, string key)
    {
        var text = String(map, key);
        return text switch
        {
            null => null,
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => Fail(),
        };

        bool? Fail()
        {
            Error(Child(map, key)!, $"'{key}' must be true or false, not '{text}'"); // Child is non-null: String found it
            return null;
        }
    }

    /// <summary>A yyyy-MM-dd date; anything else is an error at the value.</summary>
    public DateOnly? Date(YamlMappingNode map, string key)
    {
        if (String(map, key) is not { } text)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }
        Error(Child(map, key)!, $"{key} '{text}' is not a date (yyyy-MM-dd)"); // String found it
        return null;
    }

    public ImmutableArray<string> Strings(YamlMappingNode map, string key) => [.. Quotes(map, key).Select(q => q.Text)];

    /// <summary>A list of strings, each with where it stands in the file.</summary>
    public ImmutableArray<Quote> Quotes(YamlMappingNode map, string key) =>
        [.. Items(map, key).Select(node => new Quote(node is YamlScalarNode s ? s.Value ?? "" : Invalid(node), LineOf(node), (int)node.Start.Column))];

    public IEnumerable<YamlNode> Items(YamlMappingNode map, string key)
    {
        var node = Child(map, key);
        if (node is null)
        {
            return [];
        }
        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children;
        }
        Error(node, $"'{key}' must be a list");
        return [];
    }

    public YamlMappingNode? Mapping(YamlMappingNode map, string key)
    {
        var node = Child(map, key);
        if (node is null or YamlMappingNode)
        {
            return (YamlMappingNode?)node;
        }
        Error(node, $"'{key}' must be a mapping of keys to values");
        return null;
    }

    /// <summary>Unknown keys are usually typos; say so rather than ignore them.</summary>
    public void CheckKeys(YamlMappingNode map, params string[] known)
    {
        for (var i = 0; i < map.Children.Count; i++)
        {
            if (map.Children[i].Key is not YamlScalarNode key || Array.IndexOf(known, key.Value) >= 0)
            {
                continue;
            }
            Error(key, $"unknown key '{key.Value}' (expected one of: {string.Join(", ", known)})");
        }
    }

    private static YamlNode? Child(YamlMappingNode map, string key) => map.Get(key);

    private string Invalid(YamlNode node)
    {
        Error(node, "expected a single value");
        return "";
    }
}
