using System.Text;
using Explainer.Chinese;

namespace Explainer.Site.Editions;

public sealed partial class SimplifiedHtml
{
    /// <summary>
    /// One page's conversion: the edits to its HTML, made as it is scanned. It reads the page where the
    /// render left it, with no string made of it (a clean build of 1,000 articles renders 0.7 GB of HTML).
    /// </summary>
    private ref struct PageRun
    {
        private readonly SimplifiedHtml owner;
        private readonly ReadOnlySpan<char> _html;
        private readonly string file;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, AlignedText>? blocks;
        private readonly List<(int Start, int End, string Text)> _edits = [];
        private readonly Stack<(string Name, Block? Outer, bool Keep)> _open = new();
        private Block _block = new();

        public PageRun(SimplifiedHtml owner, ReadOnlySpan<char> html, string file, System.Collections.Concurrent.ConcurrentDictionary<string, AlignedText>? blocks)
        {
            this.owner = owner;
            _html = html;
            this.file = file;
            this.blocks = blocks;
        }

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
                var lt = html[i..].IndexOf('<') is var found and >= 0 ? i + found : -1;
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
                    _html[copied..start].CopyTo(buffer.AsSpan(at));
                    at += start - copied;
                    text.CopyTo(buffer.AsSpan(at));
                    at += text.Length;
                    copied = end;
                }
                _html[copied..].CopyTo(buffer.AsSpan(at));
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
            if (html[lt..].StartsWith("<!--"))
            {
                var close = html[(lt + 4)..].IndexOf("-->");
                return close < 0 ? html.Length : lt + 4 + close + 3;
            }
            var gt = TagEnd(lt);
            if (lt + 1 < html.Length && html[lt + 1] == '!')
                return gt;
            if (lt + 1 < html.Length && html[lt + 1] == '/')
            {
                EndTag(Name(html.Slice(lt + 2, gt - lt - 3).Trim()));
                return gt;
            }
            var tag = _tag.Parse(html, lt, gt);
            if (tag.Has("data-edition-switch"))
            {
                var end = html[gt..].IndexOf("</" + tag.Name + ">");
                end = end < 0 ? html.Length : gt + end + tag.Name.Length + 3;
                Flush();
                _edits.Add((lt, end, SimplifiedEdition.Switch(PagePath(file), simplified: true)));
                return end;
            }
            if (tag.Has("hreflang") && tag.Name == "link")
                return gt; // the alternates name both editions alike
            var keep = tag.Name != "html" && tag.ValueIs(html, "lang", "zh-Hant");
            Attributes(tag, kept: keep || _kept > 0);
            if (tag.Name is "script" or "style")
            {
                var close = html[gt..].IndexOf("</" + tag.Name, StringComparison.OrdinalIgnoreCase);
                close = close < 0 ? html.Length : gt + close;
                if (tag.ValueIs(html, "type", "application/ld+json"))
                    Edit(gt, close, StructuredData(html[gt..close]));
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
            if (!IsOpen(name))
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

        private bool IsOpen(string name)
        {
            foreach (var (open, _, _) in _open)
            {
                if (ReferenceEquals(open, name) || open == name)
                    return true;
            }
            return false;
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
                var value = _html.Slice(start, end - start);
                if (kept)
                {
                    if (UrlAttributes.Contains(name) && owner.RewriteHref(value, file) is { } moved)
                        Edit(start, end, moved);
                }
                else if (name == "lang" && value.SequenceEqual("zh-Hant"))
                    Edit(start, end, SimplifiedEdition.Language);
                else if (TextAttributes.Contains(name))
                    Edit(start, end, owner.ConvertText(value));
                else if (UrlAttributes.Contains(name))
                {
                    if (owner.RewriteHref(value, file) is { } link)
                        Edit(start, end, link);
                }
                else if (name == "content" && tag.Name == "meta")
                    Meta(tag, start, end, value);
            }
        }

        private void Meta(StartTag tag, int start, int end, ReadOnlySpan<char> value)
        {
            var kind = (tag.Has("name") ? tag.ValueOf(_html, "name") : tag.ValueOf(_html, "property")).ToString();
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

        private void Edit(int start, int end, string text) => SimplifiedHtml.Edit(_edits, _html, start, end, text);

        /// <summary>Converts the block in hand and starts the next.</summary>
        private void Flush()
        {
            if (_block.IsEmpty)
                return;
            _block.Convert(owner, _html, blocks, _edits);
            _block.Clear();
        }

        /// <summary>The page's path from its file: <c>a/index.html</c> is <c>a/</c>.</summary>
        private static string PagePath(string file) =>
            file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;
    }
}
