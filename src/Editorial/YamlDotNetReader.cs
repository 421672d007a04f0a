using YamlDotNet.Core;
using Yaml = YamlDotNet.RepresentationModel;

namespace Explainer.Editorial;

/// <summary>
/// What <see cref="BlockYaml"/> leaves: the file read by YamlDotNet, its nodes converted to ours, and its
/// errors given the line and column where an editor would look.
/// </summary>
internal static class YamlDotNetReader
{
    /// <summary>The document's root (null when it has none), or the error that stopped the reading (line and column in the YAML).</summary>
    public static (YamlNode? Root, (int Line, int Column, string Message)? Error) Read(string text)
    {
        try
        {
            var stream = new Yaml.YamlStream();
            stream.Load(new StringReader(text));
            return (stream.Documents.FirstOrDefault()?.RootNode is { } node ? Convert(node) : null, null);
        }
        catch (YamlException e)
        {
            var message = "invalid YAML: " + (e.InnerException?.Message ?? e.Message);
            var (line, column) = ((int)e.Start.Line, (int)e.Start.Column);
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndent(text) is { } tab)
            {
                (line, column, message) = (tab.Line, tab.Column, "invalid YAML: a tab indents this line; YAML indents with spaces only");
            }
            return (null, (line, column, message));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this instead of a YamlException for some unclosed [ or { at the end of a file.
            var (line, column) = Unclosed(text);
            return (null, (line, column, "invalid YAML: a [ or { opened here is never closed"));
        }
    }

    /// <summary>YamlDotNet's nodes as ours; a node an alias repeats is converted once (and a cycle closes). YamlDotNet's
    /// nodes are equal by value: they are told apart by reference.</summary>
    internal static YamlNode Convert(Yaml.YamlNode node) => Convert(node, new(ReferenceEqualityComparer.Instance));

    private static YamlNode Convert(Yaml.YamlNode node, Dictionary<Yaml.YamlNode, YamlNode> done)
    {
        if (done.TryGetValue(node, out var converted))
        {
            return converted;
        }
        var start = new Mark((int)node.Start.Line, (int)node.Start.Column);
        switch (node)
        {
            case Yaml.YamlMappingNode mapping:
                var map = new YamlMappingNode { Start = start };
                done[node] = map;
                foreach (var (key, value) in mapping.Children)
                {
                    map.Add(Convert(key, done), Convert(value, done));
                }
                return map;
            case Yaml.YamlSequenceNode sequence:
                var list = new YamlSequenceNode { Start = start };
                done[node] = list;
                foreach (var child in sequence.Children)
                {
                    list.Add(Convert(child, done));
                }
                return list;
            default:
                var scalar = (Yaml.YamlScalarNode)node;
                return done[node] = new YamlScalarNode(scalar.Value) { Start = start, Tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value };
        }
    }

    private static (int Line, int Column)? FirstTabIndent(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
            {
                return (i + 1, tab + 1);
            }
        }
        return null;
    }

    /// <summary>The last [ or { (outside quotes) whose line does not close it; the file's end when none is found.</summary>
    private static (int Line, int Column) Unclosed(string text)
    {
        var lines = text.Split('\n');
        (int, int)? found = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var depth = 0;
            var open = -1;
            var quote = '\0';
            for (var j = 0; j < lines[i].Length; j++)
            {
                var c = lines[i][j];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c is '[' or '{')
                {
                    open = depth++ == 0 ? j : open;
                }
                else if (c is ']' or '}')
                {
                    depth--;
                }
            }
            if (depth > 0)
            {
                found = (i + 1, open + 1);
            }
        }
        return found ?? (lines.Length, 1);
    }
}
