using System.Text;
using Explainer.Chinese;

namespace Explainer.Site.Editions;

public sealed partial class SimplifiedHtml
{
    /// <summary>The text of one block: its runs in the page, and its corrected spans.</summary>
    /// <remarks>
    /// Every page's every block passes through here, so a block allocates only what changes: its text
    /// sits in a buffer kept for the page, a block already converted for the explainer is found by that
    /// text without a string made of it, and a run the conversion leaves as it is makes no edit.
    /// </remarks>
    private sealed class Block
    {
        private char[] _text = new char[256];
        private int _length;
        private readonly List<(int HtmlStart, int HtmlEnd, int TextStart)> _runs = [];
        private readonly List<Original> _originals = [];

        public bool IsEmpty => _runs.Count == 0;

        private ReadOnlySpan<char> Text => _text.AsSpan(0, _length);

        public void Clear()
        {
            _length = 0;
            _runs.Clear();
            _originals.Clear();
        }

        public void AddText(int start, int end, ReadOnlySpan<char> html)
        {
            _runs.Add((start, end, _length));
            if (_length + end - start > _text.Length)
                Array.Resize(ref _text, Math.Max(_text.Length * 2, _length + end - start));
            html[start..end].CopyTo(_text.AsSpan(_length));
            _length += end - start;
        }

        public void OpenOriginal(int valueStart, int valueEnd, int depth) =>
            _originals.Add(new Original(valueStart, valueEnd, depth, _length));

        public void CloseOriginal(int depth)
        {
            for (var i = _originals.Count - 1; i >= 0; i--)
            {
                if (_originals[i].Depth == depth && _originals[i].TextEnd < 0)
                {
                    _originals[i] = _originals[i] with { TextEnd = _length };
                    return;
                }
            }
        }

        /// <summary>Adds to <paramref name="edits"/> each run of the block whose Simplified text differs.</summary>
        public void Convert(SimplifiedHtml owner, ReadOnlySpan<char> html, System.Collections.Concurrent.ConcurrentDictionary<string, AlignedText>? blocks, List<(int Start, int End, string Text)> edits)
        {
            var text = Text;
            if (!owner._conversion.MayChange(text) && !text.Contains(owner._absolute, StringComparison.Ordinal))
                return; // markup's white space, numbers, Latin text: as it is
            var shown = Aligned(owner, text, blocks);
            List<Original>? originals = null;
            foreach (var o in _originals)
            {
                if (o.TextEnd >= 0)
                    (originals ??= []).Add(o);
            }
            if (originals is null)
            {
                foreach (var (htmlStart, htmlEnd, textStart) in _runs)
                {
                    var run = shown.Of(textStart, textStart + htmlEnd - htmlStart);
                    if (!run.Contains(owner._absolute, StringComparison.Ordinal) && run.SequenceEqual(html[htmlStart..htmlEnd]))
                        continue;
                    Edit(edits, html, htmlStart, htmlEnd, owner.RewriteAbsolute(run.ToString()));
                }
                return;
            }
            ConvertCorrected(owner, html, blocks, edits, text.ToString(), shown, originals);
        }

        private void ConvertCorrected(SimplifiedHtml owner, ReadOnlySpan<char> html, System.Collections.Concurrent.ConcurrentDictionary<string, AlignedText>? blocks,
            List<(int Start, int End, string Text)> edits, string text, AlignedText shown, List<Original> originals)
        {
            // The block as the seed writes it: each corrected span's original in its place.
            var seed = new StringBuilder(text.Length);
            var copied = 0;
            var seedStarts = new int[originals.Count];
            for (var k = 0; k < originals.Count; k++)
            {
                var o = originals[k];
                seed.Append(text, copied, o.TextStart - copied);
                seedStarts[k] = seed.Length;
                seed.Append(html[o.ValueStart..o.ValueEnd]);
                copied = o.TextEnd;
            }
            seed.Append(text, copied, text.Length - copied);
            var asWritten = Aligned(owner, seed.ToString(), blocks);
            for (var k = 0; k < originals.Count; k++)
            {
                var o = originals[k];
                Edit(edits, html, o.ValueStart, o.ValueEnd, asWritten.Of(seedStarts[k], seedStarts[k] + o.ValueEnd - o.ValueStart).ToString());
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
                Edit(edits, html, htmlStart, htmlEnd, owner.RewriteAbsolute(converted.ToString()));
            }
        }

        private static AlignedText Aligned(SimplifiedHtml owner, ReadOnlySpan<char> text, System.Collections.Concurrent.ConcurrentDictionary<string, AlignedText>? blocks)
        {
            if (blocks is null)
                return owner._conversion.ConvertAligned(text);
            if (blocks.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known))
                return known;
            return blocks.GetOrAdd(text.ToString(), static (t, conversion) => conversion.ConvertAligned(t), owner._conversion);
        }

        /// <summary>How far a place outside every corrected span moves in the seed's version of the block.</summary>
        private static int SeedShift(List<Original> originals, int[] seedStarts, ReadOnlySpan<char> html, int at)
        {
            var shift = 0;
            for (var k = 0; k < originals.Count && originals[k].TextEnd <= at; k++)
                shift += originals[k].ValueEnd - originals[k].ValueStart - (originals[k].TextEnd - originals[k].TextStart);
            return shift;
        }

        private sealed record Original(int ValueStart, int ValueEnd, int Depth, int TextStart, int TextEnd = -1);
    }
}
