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

        private string _html = "";

        public bool Has(string name) => Attributes.Exists(a => ReferenceEquals(a.Name, name) || a.Name == name);

        public string? Value(string name) =>
            Attributes.FindIndex(a => a.Name == name) is var i and >= 0 ? _html[Attributes[i].Start..Attributes[i].End] : null;

        public (int Start, int End)? Range(string name) =>
            Attributes.FindIndex(a => a.Name == name) is var i and >= 0 ? (Attributes[i].Start, Attributes[i].End) : null;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public StartTag Parse(string html, int lt, int gt)
        {
            _html = html;
            Attributes.Clear();
            var i = lt + 1;
            var nameStart = i;
            while (i < gt && !char.IsWhiteSpace(html[i]) && html[i] is not '>' and not '/')
                i++;
            Name = SimplifiedHtml.Name(html.AsSpan(nameStart, i - nameStart));
            while (i < gt)
            {
                while (i < gt && (char.IsWhiteSpace(html[i]) || html[i] == '/'))
                    i++;
                var attributeStart = i;
                while (i < gt && !char.IsWhiteSpace(html[i]) && html[i] is not '=' and not '>' and not '/')
                    i++;
                if (i == attributeStart)
                    break;
                var name = SimplifiedHtml.Name(html.AsSpan(attributeStart, i - attributeStart));
                if (i < gt && html[i] == '=')
                {
                    i++;
                    if (html[i] is '"' or '\'')
                    {
                        var quote = html[i];
                        var end = html.IndexOf(quote, i + 1);
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
