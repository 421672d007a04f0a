using System.Text;
using Explainer.Chinese;

namespace Explainer.Site.Editions;

public sealed partial class SimplifiedHtml
{
    /// <summary>A start tag's name and the places of its attributes' values; one per page, read again for each tag.</summary>
    private sealed class StartTag
    {
        public string Name { get; private set; } = "";

        public List<(string Name, int Start, int End)> Attributes { get; } = [];

        // Loops, not List.Exists with a lambda: a lambda that captures the name is an allocation per
        // call, and every tag of every page asks a few of these (bench/README.md, the Simplified edition).
        public bool Has(string name) => IndexOf(name) >= 0;

        /// <summary>The value of the attribute <paramref name="name"/> in <paramref name="html"/>; empty when the tag has none.</summary>
        public ReadOnlySpan<char> ValueOf(ReadOnlySpan<char> html, string name) =>
            IndexOf(name) is var i and >= 0 ? html[Attributes[i].Start..Attributes[i].End] : default;

        public bool ValueIs(ReadOnlySpan<char> html, string name, string value) =>
            IndexOf(name) >= 0 && ValueOf(html, name).SequenceEqual(value);

        public (int Start, int End)? Range(string name) =>
            IndexOf(name) is var i and >= 0 ? (Attributes[i].Start, Attributes[i].End) : null;

        private int IndexOf(string name)
        {
            for (var i = 0; i < Attributes.Count; i++)
            {
                if (ReferenceEquals(Attributes[i].Name, name) || Attributes[i].Name == name)
                    return i;
            }
            return -1;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public StartTag Parse(ReadOnlySpan<char> html, int lt, int gt)
        {
            Attributes.Clear();
            var i = lt + 1;
            var nameStart = i;
            while (i < gt && !char.IsWhiteSpace(html[i]) && html[i] is not '>' and not '/')
                i++;
            Name = SimplifiedHtml.Name(html.Slice(nameStart, i - nameStart));
            while (i < gt)
            {
                while (i < gt && (char.IsWhiteSpace(html[i]) || html[i] == '/'))
                    i++;
                var attributeStart = i;
                while (i < gt && !char.IsWhiteSpace(html[i]) && html[i] is not '=' and not '>' and not '/')
                    i++;
                if (i == attributeStart)
                    break;
                var name = SimplifiedHtml.Name(html.Slice(attributeStart, i - attributeStart));
                if (i < gt && html[i] == '=')
                {
                    i++;
                    if (html[i] is '"' or '\'')
                    {
                        var quote = html[i];
                        var close = html[(i + 1)..gt].IndexOf(quote);
                        var end = close < 0 ? gt : i + 1 + close;
                        Attributes.Add((name, i + 1, end));
                        i = end + 1;
                    }
                    else
                    {
                        var start = i;
                        while (i < gt && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                            i++;
                        Attributes.Add((name, start, i));
                    }
                }
                else
                {
                    Attributes.Add((name, i, i));
                }
            }
            return this;
        }
    }

    /// <summary>
    /// A tag's or attribute's name as one shared string: the theme and Markdig write them in lower case
    /// (SVG's few mixed-case names are compared as written), from a small set.
    /// </summary>
    private static string Name(ReadOnlySpan<char> name)
    {
        var lookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(name, out var known))
            return known;
        var made = name.ToString();
        return Names.GetOrAdd(made, made);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);
}
