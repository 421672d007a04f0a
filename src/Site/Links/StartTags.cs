using System.Net;

namespace Explainer.Site.Links;

/// <summary>
/// Reads a page's start tags without building a DOM: what <see cref="ValidateLinks"/> needs (ids and
/// links), at a fraction of a parser's cost.
/// </summary>
internal static class StartTags
{
    /// <summary>
    /// Every id and every link (href, src, action, poster) of one page, in document order, with the
    /// line and column of its start tag. The HTML standard's tokenization for what matters here: text is
    /// skipped with a vectorised search for '&lt;', comments and doctypes are skipped, raw-text elements
    /// (script, style, title, textarea…, not inside svg or math) are skipped to their end tag, attribute
    /// names are case-insensitive and the first of two equal names wins, values are unescaped.
    /// </summary>
    /// <param name="pool">Where the values' strings come from: a build's pages share most of their ids and links
    /// (a section's page, its embed and the explainer's page hold the same paragraphs), kept until the link check.</param>
    public static (List<Tag> Ids, List<Tag> Links) Scan(ReadOnlySpan<char> html, bool wantIds = true, bool wantLinks = true, StringPool? pool = null)
    {
        var ids = new List<Tag>();
        var links = new List<Tag>();
        var lines = new LineCounter(html);
        var foreign = 0; // inside <svg> or <math>, where title, style and script are ordinary elements
        var i = 0;
        while (true)
        {
            var open = IndexOf(html, '<', i);
            if (open < 0 || open + 1 >= html.Length)
            {
                break;
            }
            var next = html[open + 1];
            if (next == '!')
            {
                i = html[open..].StartsWith("<!--")
                    ? End(IndexOf(html, "-->", open + 4), 3, html.Length)
                    : End(IndexOf(html, '>', open + 2), 1, html.Length);
                continue;
            }
            if (next == '/')
            {
                var endName = Name(html, open + 2, out var afterName);
                if (foreign > 0 && IsForeign(endName))
                {
                    foreign--;
                }
                i = End(IndexOf(html, '>', afterName), 1, html.Length);
                continue;
            }
            if (!char.IsAsciiLetter(next))
            {
                i = open + 1; // a '<' in text
                continue;
            }
            var name = Name(html, open + 1, out var position);
            var seen = 0; // id, then one bit per link attribute: the first of two equal names wins
            var selfClosing = false;
            while (position < html.Length)
            {
                var c = html[position];
                if (c == '>')
                {
                    position++;
                    break;
                }
                if (c == '/' || char.IsWhiteSpace(c))
                {
                    selfClosing = c == '/';
                    position++;
                    continue;
                }
                selfClosing = false;
                var nameStart = position;
                while (position < html.Length && html[position] is not ('=' or '>' or '/') && !char.IsWhiteSpace(html[position]))
                {
                    position++;
                }
                var attribute = html[nameStart..position];
                while (position < html.Length && char.IsWhiteSpace(html[position]))
                {
                    position++;
                }
                var valueStart = position;
                var valueEnd = -1; // no value
                if (position < html.Length && html[position] == '=')
                {
                    position++;
                    while (position < html.Length && char.IsWhiteSpace(html[position]))
                    {
                        position++;
                    }
                    if (position < html.Length && html[position] is '"' or '\'')
                    {
                        valueStart = position + 1;
                        valueEnd = IndexOf(html, html[position], valueStart);
                        valueEnd = valueEnd < 0 ? html.Length : valueEnd;
                        position = Math.Min(valueEnd + 1, html.Length);
                    }
                    else
                    {
                        valueStart = position;
                        while (position < html.Length && html[position] != '>' && !char.IsWhiteSpace(html[position]))
                        {
                            position++;
                        }
                        valueEnd = position;
                    }
                }
                var bit = Bit(attribute);
                if (bit != 0 && (seen & bit) == 0)
                {
                    seen |= bit;
                    if (bit == 1 ? !wantIds : !wantLinks)
                    {
                        continue;
                    }
                    // Only the values that matter become strings: a page has far more classes and labels.
                    var span = valueEnd < 0 ? [] : html[valueStart..valueEnd];
                    var value = span.Contains('&') ? WebUtility.HtmlDecode(span.ToString())
                        : pool is null || (bit != 1 && span.StartsWith('#')) ? span.ToString() // a link to the page's own fragment is checked and dropped
                        : pool.Get(span);
                    var (line, column) = lines.At(open);
                    (bit == 1 ? ids : links).Add(new Tag(line, column, value));
                }
            }
            i = position;
            if (selfClosing)
            {
                continue;
            }
            if (IsForeign(name))
            {
                foreign++;
            }
            else if (foreign == 0 && IsRawText(name))
            {
                // Its text is not markup: on to its end tag.
                var close = html[i..].IndexOf(string.Concat("</", name), StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : i + close;
            }
        }
        return (ids, links);
    }

    private static readonly string[] RawText = ["script", "style", "xmp", "iframe", "noembed", "noframes", "title", "textarea", "plaintext"];

    private static bool IsRawText(ReadOnlySpan<char> name)
    {
        if (name.Length is < 3 or > 9 || (name[0] | 0x20) is not ('s' or 'x' or 'i' or 'n' or 't' or 'p'))
        {
            return false; // most tags (a, p, li, span, div…) at a glance
        }
        foreach (var raw in RawText)
        {
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsForeign(ReadOnlySpan<char> name) =>
        name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);

    private static int End(int found, int length, int otherwise) => found < 0 ? otherwise : found + length;

    private static int IndexOf(ReadOnlySpan<char> html, char c, int from) => html[from..].IndexOf(c) is var i and >= 0 ? from + i : -1;

    private static int IndexOf(ReadOnlySpan<char> html, string text, int from) =>
        from > html.Length ? -1 : html[from..].IndexOf(text, StringComparison.Ordinal) is var i and >= 0 ? from + i : -1;

    /// <summary>A tag name from <paramref name="start"/> (compare it ignoring case), and where it ends.</summary>
    private static ReadOnlySpan<char> Name(ReadOnlySpan<char> html, int start, out int end)
    {
        end = start;
        while (end < html.Length && html[end] is not ('>' or '/') && !char.IsWhiteSpace(html[end]))
        {
            end++;
        }
        return html[start..end];
    }

    private static int Bit(ReadOnlySpan<char> attribute) =>
        attribute.Length is not (2 or 3 or 4 or 6) || (attribute[0] | 0x20) is not ('i' or 'h' or 's' or 'a' or 'p') ? 0 // class, data-…, aria-… at a glance
        : attribute.Equals("id", StringComparison.OrdinalIgnoreCase) ? 1
        : attribute.Equals("href", StringComparison.OrdinalIgnoreCase) ? 2
        : attribute.Equals("src", StringComparison.OrdinalIgnoreCase) ? 4
        : attribute.Equals("action", StringComparison.OrdinalIgnoreCase) ? 8
        : attribute.Equals("poster", StringComparison.OrdinalIgnoreCase) ? 16
        : 0;

    /// <summary>Line and column (1-based) of offsets that only grow: counts newlines once, front to back.</summary>
    private ref struct LineCounter(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _offset;
        private int _line = 1;
        private int _lineStart;

        public (int Line, int Column) At(int offset)
        {
            while (true)
            {
                var newline = _text[_offset..offset].IndexOf('\n');
                if (newline < 0)
                {
                    break;
                }
                _line++;
                _lineStart = _offset + newline + 1;
                _offset = _lineStart;
            }
            _offset = offset;
            return (_line, offset - _lineStart + 1);
        }
    }
}
