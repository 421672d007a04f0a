using System.Text;
using Explainer.Chinese;

namespace Explainer.Site.Editions;

/// <summary>
/// Makes a page's Simplified copy from its finished Traditional HTML: text converted by
/// <see cref="SimplifiedConversion"/> a block at a time, links sent to the Simplified copies of what
/// has one, and the page's language, locale and 繁／简 switch set for the edition.
/// </summary>
/// <remarks>
/// <para>A block is the text of one element up to the next block-level tag (a paragraph, a heading, a
/// table cell); inline elements (links, <c>ins</c>, <c>span</c>…) stay inside it, so a phrase that
/// runs across a mention converts as a phrase. An element marked <c>data-annotation</c> is left out
/// of the text around it and converts on its own: the text of an article's paragraph is then exactly
/// what the fidelity contract reads, and it converts as the seed's line does.</para>
/// <para>A corrected span (<c>data-original</c>) keeps the contract on this edition too: the text
/// outside it is the conversion of the paragraph as the seed writes it, the span shows the conversion
/// of the corrected paragraph there, and <c>data-original</c> becomes the conversion of the seed's
/// words in their place. Restoring every <c>data-original</c> gives the seed's line converted.</para>
/// <para>An element marked <c>lang="zh-Hant"</c> quotes the Traditional seed as it is written (a
/// correction of a character that only the Traditional script tells apart): its text stays
/// Traditional, and says so to screen readers.</para>
/// <para>The theme writes every attribute in double quotes and escapes <c>&lt;</c> in text, and
/// Markdig does the same, so a tag ends at the first <c>&gt;</c> outside quotes.</para>
/// </remarks>
public sealed class SimplifiedHtml(SimplifiedConversion conversion, string baseUrl)
{
    private readonly string _absolute = baseUrl.TrimEnd('/') + "/";
    private readonly SimplifiedConversion _conversion = conversion;

    /// <summary>The Simplified copy of the page published at <paramref name="file"/> (a Traditional path).</summary>
    /// <param name="blocks">
    /// Conversions of blocks already made for pages of the same explainer (its page, its sections and
    /// their embeds hold the same paragraphs and notes), to reuse; null converts every block.
    /// </param>
    public string Convert(ReadOnlySpan<char> html, string file, System.Collections.Concurrent.ConcurrentDictionary<string, AlignedText>? blocks = null)
    {
        string? result = null;
        Convert(html, file, blocks, converted => result = converted.ToString());
        return result!;
    }

    /// <summary>
    /// Hands <paramref name="write"/> the Simplified copy in a pooled buffer that lives for the call,
    /// so that a clean build writes it with no string made of it.
    /// </summary>
    public void Convert(ReadOnlySpan<char> html, string file, System.Collections.Concurrent.ConcurrentDictionary<string, AlignedText>? blocks, Theme.TextAction write)
    {
        var run = new PageRun(this, html, file, blocks);
        run.Scan();
        run.Result(write);
    }

    /// <summary>Text converted, with absolute links to this site sent to their Simplified copies.</summary>
    public string ConvertText(ReadOnlySpan<char> text) =>
        RewriteAbsolute(_conversion.MayChange(text) ? _conversion.ConvertAligned(text).Text : text.ToString());

    /// <summary>Each <c>https://site/path</c> whose path has a Simplified copy, as <c>https://site/zh-hans/path</c>.</summary>
    public string RewriteAbsolute(string text)
    {
        var at = text.IndexOf(_absolute, StringComparison.Ordinal);
        if (at < 0)
            return text;
        var result = new StringBuilder(text.Length + 64);
        var copied = 0;
        for (; at >= 0; at = text.IndexOf(_absolute, at + _absolute.Length, StringComparison.Ordinal))
        {
            var path = at + _absolute.Length;
            var end = path;
            while (end < text.Length && !IsUrlEnd(text[end]))
                end++;
            if (!SimplifiedEdition.IsMirrored(StripQueryAndFragment(text.AsSpan(path, end - path))))
                continue;
            result.Append(text, copied, path - copied).Append(SimplifiedEdition.Folder);
            copied = path;
        }
        return result.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsUrlEnd(char c) => c is '"' or '\'' or '\\' or '<' or '>' or '&' or ' ' or '\n' or '\t' or ')' || c > 0x7E;

    private static ReadOnlySpan<char> StripQueryAndFragment(ReadOnlySpan<char> href)
    {
        var end = href.IndexOfAny('#', '?');
        return end < 0 ? href : href[..end];
    }

    /// <summary>
    /// A link on the Simplified copy of a page at <paramref name="file"/>: unchanged when it reaches a
    /// mirrored file (the copy sits at the same place in <c>/zh-hans/</c>), else one folder further up.
    /// </summary>
    private string RewriteHref(string href, string file)
    {
        if (href.Length == 0 || href[0] == '#' || href.StartsWith("//", StringComparison.Ordinal))
            return href;
        if (href.StartsWith(_absolute, StringComparison.Ordinal))
            return RewriteAbsolute(href);
        if (href[0] == '/')
            return SimplifiedEdition.IsMirrored(StripQueryAndFragment(href.AsSpan(1))) ? "/" + SimplifiedEdition.Folder + href[1..] : href;
        var colon = href.IndexOf(':');
        if (colon >= 0 && (href.IndexOf('/') is var slash && (slash < 0 || colon < slash)))
            return href; // mailto:, https: and other schemes
        return SimplifiedEdition.IsMirrored(Resolve(file, StripQueryAndFragment(href))) ? href : "../" + href;
    }

    /// <summary>A relative link from the file at <paramref name="file"/>, as a path from the site's root.</summary>
    internal static string Resolve(string file, ReadOnlySpan<char> href)
    {
        var parts = new List<string>(file.Split('/')[..^1]);
        foreach (var range in href.Split('/'))
        {
            var part = href[range];
            if (part is "..")
            {
                if (parts.Count > 0)
                    parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ".")
            {
                parts.Add(part.ToString());
            }
        }
        // "a/b/" splits into "a", "b", "": the path keeps its final slash.
        return string.Join('/', parts);
    }

    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark",
        "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "tspan",
    };

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    // Attributes a reader sees or hears.
    private static readonly HashSet<string> TextAttributes = new(StringComparer.Ordinal)
    {
        "title", "alt", "aria-label", "aria-description", "aria-roledescription", "placeholder", "data-title",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.Ordinal) { "href", "src", "action", "cite", "data-explainer-embed" };

    private static readonly HashSet<string> TextMeta = new(StringComparer.Ordinal)
    {
        "description", "og:title", "og:description", "og:site_name", "twitter:title", "twitter:description",
    };

    /// <summary>One page's conversion: the edits to its HTML, made as it is scanned.</summary>
    private sealed class PageRun(SimplifiedHtml owner, ReadOnlySpan<char> html, string file, System.Collections.Concurrent.ConcurrentDictionary<string, AlignedText>? blocks)
    {
        private readonly string _html = html.ToString();
        private readonly List<(int Start, int End, string Text)> _edits = [];
        private readonly Stack<(string Name, Block? Outer, bool Keep)> _open = new();
        private Block _block = new();

        // Inside an element marked lang="zh-Hant" (words quoted as the Traditional seed writes them):
        // its text stays as it is; its links still go to the edition's copies.
        private int _kept;

        private readonly StartTag _tag = new();

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public void Scan()
        {
            var html = _html;
            var i = 0;
            while (i < html.Length)
            {
                var lt = html.IndexOf('<', i);
                var textEnd = lt < 0 ? html.Length : lt;
                if (textEnd > i && _kept == 0)
                    _block.AddText(i, textEnd, html);
                if (lt < 0)
                    break;
                i = Tag(lt);
            }
            Flush();
        }

        public void Result(Theme.TextAction write)
        {
            if (_edits.Count == 0)
            {
                write(_html);
                return;
            }
            _edits.Sort((a, b) => a.Start.CompareTo(b.Start));
            var length = _html.Length;
            foreach (var (start, end, text) in _edits)
                length += text.Length - (end - start);
            var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(length);
            try
            {
                var at = 0;
                var copied = 0;
                foreach (var (start, end, text) in _edits)
                {
                    _html.AsSpan(copied, start - copied).CopyTo(buffer.AsSpan(at));
                    at += start - copied;
                    text.CopyTo(buffer.AsSpan(at));
                    at += text.Length;
                    copied = end;
                }
                _html.AsSpan(copied).CopyTo(buffer.AsSpan(at));
                write(buffer.AsSpan(0, length));
            }
            finally
            {
                System.Buffers.ArrayPool<char>.Shared.Return(buffer);
            }
        }

        /// <summary>Handles the markup at <paramref name="lt"/> and returns where the text after it starts.</summary>
        private int Tag(int lt)
        {
            var html = _html;
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                return close < 0 ? html.Length : close + 3;
            }
            var gt = TagEnd(lt);
            if (lt + 1 < html.Length && html[lt + 1] == '!')
                return gt;
            if (lt + 1 < html.Length && html[lt + 1] == '/')
            {
                EndTag(Name(html.AsSpan(lt + 2, gt - lt - 3).Trim()));
                return gt;
            }
            var tag = _tag.Parse(html, lt, gt);
            if (tag.Has("data-edition-switch"))
            {
                var end = html.IndexOf("</" + tag.Name + ">", gt, StringComparison.Ordinal);
                end = end < 0 ? html.Length : end + tag.Name.Length + 3;
                Flush();
                _edits.Add((lt, end, SimplifiedEdition.Switch(PagePath(file), simplified: true)));
                return end;
            }
            if (tag.Has("hreflang") && tag.Name == "link")
                return gt; // the alternates name both editions alike
            var keep = tag.Name != "html" && tag.Value("lang") == "zh-Hant";
            Attributes(tag, kept: keep || _kept > 0);
            if (tag.Name is "script" or "style")
            {
                var close = html.IndexOf("</" + tag.Name, gt, StringComparison.OrdinalIgnoreCase);
                close = close < 0 ? html.Length : close;
                if (tag.Value("type") == "application/ld+json")
                    Edit(gt, close, StructuredData(html.AsSpan(gt, close - gt)));
                return close;
            }
            var selfClosing = Void.Contains(tag.Name) || html[gt - 2] == '/';
            if (tag.Has("data-annotation") && !selfClosing)
            {
                // The annotation's text is a block of its own; the text around it goes on after it.
                _open.Push((tag.Name, _block, keep));
                _kept += keep ? 1 : 0;
                _block = new Block();
                return gt;
            }
            if (!Inline.Contains(tag.Name))
                Flush();
            if (!selfClosing)
            {
                _open.Push((tag.Name, null, keep));
                _kept += keep ? 1 : 0;
                if (tag.Range("data-original") is { } original)
                    _block.OpenOriginal(original.Start, original.End, _open.Count);
            }
            return gt;
        }

        private void EndTag(string name)
        {
            if (!_open.Any(o => o.Name == name))
                return; // a stray end tag (the end of a script or style, whose start was not kept)
            while (_open.Count > 0)
            {
                var depth = _open.Count;
                var (open, outer, keep) = _open.Pop();
                _kept -= keep ? 1 : 0;
                _block.CloseOriginal(depth);
                if (outer is not null)
                {
                    Flush();
                    _block = outer;
                }
                else if (!Inline.Contains(open))
                {
                    Flush();
                }
                if (open == name)
                    return;
            }
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private int TagEnd(int lt)
        {
            var html = _html;
            var quote = '\0';
            for (var i = lt + 1; i < html.Length; i++)
            {
                var c = html[i];
                if (quote != '\0')
                {
                    if (c == quote)
                        quote = '\0';
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    return i + 1;
                }
            }
            return html.Length;
        }

        private void Attributes(StartTag tag, bool kept)
        {
            foreach (var (name, start, end) in tag.Attributes)
            {
                var value = _html.AsSpan(start, end - start);
                if (kept)
                {
                    if (UrlAttributes.Contains(name))
                        Edit(start, end, owner.RewriteHref(value.ToString(), file));
                }
                else if (name == "lang" && value.SequenceEqual("zh-Hant"))
                    Edit(start, end, SimplifiedEdition.Language);
                else if (TextAttributes.Contains(name))
                    Edit(start, end, owner.ConvertText(value));
                else if (UrlAttributes.Contains(name))
                    Edit(start, end, owner.RewriteHref(value.ToString(), file));
                else if (name == "content" && tag.Name == "meta")
                    Meta(tag, start, end, value);
            }
        }

        private void Meta(StartTag tag, int start, int end, ReadOnlySpan<char> value)
        {
            var kind = tag.Value("name") ?? tag.Value("property") ?? "";
            if (TextMeta.Contains(kind))
                Edit(start, end, owner.ConvertText(value));
            else if (kind == "og:locale")
                Edit(start, end, "zh_CN");
            else if (kind == "og:url")
                Edit(start, end, owner.RewriteAbsolute(value.ToString()));
        }

        /// <summary>schema.org JSON-LD: its strings converted, its language and this site's links the edition's.</summary>
        private string StructuredData(ReadOnlySpan<char> json) =>
            owner.ConvertText(json).Replace("\"inLanguage\":\"zh-Hant\"", "\"inLanguage\":\"zh-Hans\"", StringComparison.Ordinal);

        private void Edit(int start, int end, string text)
        {
            if (!_html.AsSpan(start, end - start).SequenceEqual(text))
                _edits.Add((start, end, text));
        }

        /// <summary>Converts the block in hand and starts the next.</summary>
        private void Flush()
        {
            if (_block.IsEmpty)
                return;
            foreach (var (start, end, text) in _block.Convert(owner, _html, blocks))
                Edit(start, end, text);
            _block.Clear();
        }

        /// <summary>The page's path from its file: <c>a/index.html</c> is <c>a/</c>.</summary>
        private static string PagePath(string file) =>
            file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;
    }

    /// <summary>The text of one block: its runs in the page, and its corrected spans.</summary>
    private sealed class Block
    {
        private readonly StringBuilder _text = new();
        private readonly List<(int HtmlStart, int HtmlEnd, int TextStart)> _runs = [];
        private readonly List<Original> _originals = [];

        public bool IsEmpty => _runs.Count == 0;

        public void Clear()
        {
            _text.Clear();
            _runs.Clear();
            _originals.Clear();
        }

        public void AddText(int start, int end, string html)
        {
            _runs.Add((start, end, _text.Length));
            _text.Append(html, start, end - start);
        }

        public void OpenOriginal(int valueStart, int valueEnd, int depth) =>
            _originals.Add(new Original(valueStart, valueEnd, depth, _text.Length));

        public void CloseOriginal(int depth)
        {
            for (var i = _originals.Count - 1; i >= 0; i--)
            {
                if (_originals[i].Depth == depth && _originals[i].TextEnd < 0)
                {
                    _originals[i] = _originals[i] with { TextEnd = _text.Length };
                    return;
                }
            }
        }

        public IEnumerable<(int Start, int End, string Text)> Convert(SimplifiedHtml owner, string html, System.Collections.Concurrent.ConcurrentDictionary<string, AlignedText>? blocks)
        {
            var text = _text.ToString();
            if (!owner._conversion.MayChange(text) && !text.Contains(owner._absolute, StringComparison.Ordinal))
                yield break; // markup's white space, numbers, Latin text: as it is
            var shown = Aligned(owner, text, blocks);
            var originals = _originals.Where(o => o.TextEnd >= 0).ToList();
            if (originals.Count == 0)
            {
                foreach (var (htmlStart, htmlEnd, textStart) in _runs)
                    yield return (htmlStart, htmlEnd, owner.RewriteAbsolute(shown.Of(textStart, textStart + htmlEnd - htmlStart).ToString()));
                yield break;
            }
            // The block as the seed writes it: each corrected span's original in its place.
            var seed = new StringBuilder(text.Length);
            var copied = 0;
            var seedStarts = new int[originals.Count];
            for (var k = 0; k < originals.Count; k++)
            {
                var o = originals[k];
                seed.Append(text, copied, o.TextStart - copied);
                seedStarts[k] = seed.Length;
                seed.Append(html, o.ValueStart, o.ValueEnd - o.ValueStart);
                copied = o.TextEnd;
            }
            seed.Append(text, copied, text.Length - copied);
            var asWritten = Aligned(owner, seed.ToString(), blocks);
            for (var k = 0; k < originals.Count; k++)
            {
                var o = originals[k];
                yield return (o.ValueStart, o.ValueEnd, asWritten.Of(seedStarts[k], seedStarts[k] + o.ValueEnd - o.ValueStart).ToString());
            }
            foreach (var (htmlStart, htmlEnd, textStart) in _runs)
            {
                var converted = new StringBuilder();
                var textEnd = textStart + htmlEnd - htmlStart;
                for (var at = textStart; at < textEnd;)
                {
                    // Inside a corrected span: the corrected text, converted. Outside: the seed's text, converted.
                    var k = originals.FindIndex(o => o.TextStart <= at && at < o.TextEnd);
                    if (k >= 0)
                    {
                        var end = Math.Min(textEnd, originals[k].TextEnd);
                        converted.Append(shown.Of(at, end));
                        at = end;
                        continue;
                    }
                    var next = originals.Where(o => o.TextStart > at).Select(o => o.TextStart).DefaultIfEmpty(textEnd).Min();
                    var stop = Math.Min(textEnd, next);
                    var shift = SeedShift(originals, seedStarts, html, at);
                    converted.Append(asWritten.Of(at + shift, stop + shift));
                    at = stop;
                }
                yield return (htmlStart, htmlEnd, owner.RewriteAbsolute(converted.ToString()));
            }
        }

        private static AlignedText Aligned(SimplifiedHtml owner, string text, System.Collections.Concurrent.ConcurrentDictionary<string, AlignedText>? blocks) =>
            blocks is null ? owner._conversion.ConvertAligned(text) : blocks.GetOrAdd(text, static (t, conversion) => conversion.ConvertAligned(t), owner._conversion);

        /// <summary>How far a place outside every corrected span moves in the seed's version of the block.</summary>
        private static int SeedShift(List<Original> originals, int[] seedStarts, string html, int at)
        {
            var shift = 0;
            for (var k = 0; k < originals.Count && originals[k].TextEnd <= at; k++)
                shift += originals[k].ValueEnd - originals[k].ValueStart - (originals[k].TextEnd - originals[k].TextStart);
            return shift;
        }

        private sealed record Original(int ValueStart, int ValueEnd, int Depth, int TextStart, int TextEnd = -1);
    }

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
