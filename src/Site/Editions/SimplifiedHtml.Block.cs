using System.Text;
using Explainer.Chinese;

namespace Explainer.Site.Editions;

public sealed partial class SimplifiedHtml
{
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
}
