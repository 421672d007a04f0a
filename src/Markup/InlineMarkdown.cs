using System.Text;
using Explainer.Editorial;

namespace Explainer.Markup;

/// <summary>
/// One run of seed text (a headline, a heading, a paragraph) as Markdown: escaped, with its
/// corrections written as <c>{~~original~>corrected~~}</c>, mentions as links with attributes
/// (<c>[Wang](#card-…){.mention data-profile="…"}</c>), note references inserted as annotated links,
/// and the typographic rule applied to what the reader sees (never to the original kept beside it).
/// </summary>
public static class InlineMarkdown
{
    /// <summary>Each correction's marker links to the page's list of corrections.</summary>
    public static string Write(string text, CorrectionSet corrections, bool fullWidthPunctuation) =>
        Write(text, corrections, fullWidthPunctuation, [], [], c => c.Key);

    /// <param name="correctionAnchor">Where a correction's marker leads (a fragment id on the page).</param>
    public static string Write(
        string text,
        CorrectionSet corrections,
        bool fullWidthPunctuation,
        IReadOnlyList<LinkedSpan> links,
        IReadOnlyList<InsertedRef> references,
        Func<Correction, string> correctionAnchor)
    {
        var chunks = Chunks(text, corrections, links, references);
        var shown = string.Concat(chunks.Select(c => c.Shown));
        // The rule needs the neighbours on both sides, across chunks; it maps one character to one,
        // so each chunk's part of the result is found at the same offsets.
        var display = fullWidthPunctuation ? Typography.FullWidthPunctuation(shown) : shown;
        var markdown = new StringBuilder(text.Length + 16);
        var offset = 0;
        foreach (var chunk in chunks)
        {
            foreach (var reference in chunk.RefsBefore)
            {
                markdown.Append('[').Append(MarkdownEscaper.Escape(reference.Text)).Append("](").Append(reference.Href)
                    .Append("){.").Append(reference.Class).Append(" data-annotation=\"\" aria-label=\"").Append(Attribute(reference.Label))
                    .Append(reference.Lang is null ? "\"}" : $"\" lang=\"{Attribute(reference.Lang)}\"}}");
            }
            var part = display.Substring(offset, chunk.Shown.Length);
            offset += chunk.Shown.Length;
            if (chunk.OpensLink is { } opened)
            {
                markdown.Append('[');
            }
            if (chunk.Correction is null)
            {
                markdown.Append(MarkdownEscaper.Escape(part));
            }
            else
            {
                markdown.Append("{~~").Append(MarkdownEscaper.Escape(chunk.Raw)).Append("~>").Append(MarkdownEscaper.Escape(part)).Append("~~}")
                    .Append("[†](#").Append(correctionAnchor(chunk.Correction)).Append("){.correction-ref data-annotation=\"\" aria-label=\"")
                    .Append(Attribute($"更正：原文作「{chunk.Raw}」")).Append('"')
                    // A correction only the Traditional script shows is quoted in it on both editions.
                    .Append(Chinese.SimplifiedConversion.IsScriptOnly(chunk.Raw, part) ? " lang=\"zh-Hant\"}" : "}");
            }
            if (chunk.ClosesLink is { } closed)
            {
                markdown.Append("](").Append(closed.Href).Append("){.mention data-profile=\"").Append(Attribute(closed.ProfileId)).Append("\"}");
            }
        }
        return markdown.ToString();
    }

    private sealed record Chunk(string Raw, Correction? Correction, LinkedSpan? OpensLink, LinkedSpan? ClosesLink, List<InsertedRef> RefsBefore)
    {
        public string Shown => Correction?.Corrected ?? Raw;
    }

    /// <summary>
    /// Cuts the text wherever a correction, a link or a reference starts or ends. Links that would cut
    /// a correction are dropped (a reader-facing link cannot hold half a correction), and references
    /// that would fall inside a correction or link move to its end.
    /// </summary>
    private static List<Chunk> Chunks(string text, CorrectionSet corrections, IReadOnlyList<LinkedSpan> links, IReadOnlyList<InsertedRef> references)
    {
        var corrected = new List<(int Start, int End, Correction Correction)>();
        var position = 0;
        foreach (var segment in corrections.Apply(text))
        {
            if (segment.Correction is not null)
            {
                corrected.Add((position, position + segment.Text.Length, segment.Correction));
            }
            position += segment.Text.Length;
        }
        var keptLinks = links
            .Where(l => l.Length > 0 && l.End <= text.Length && !corrected.Any(c => l.Start < c.End && c.Start < l.End))
            .OrderBy(l => l.Start)
            .ToList();
        int Settle(int at)
        {
            foreach (var (start, end, _) in corrected)
            {
                at = at > start && at < end ? end : at;
            }
            foreach (var link in keptLinks)
            {
                at = at > link.Start && at < link.End ? link.End : at;
            }
            return Math.Clamp(at, 0, text.Length);
        }
        var settled = references.Select(r => (At: Settle(r.Position), Ref: r)).ToList();
        var cuts = new SortedSet<int> { 0, text.Length };
        cuts.UnionWith(corrected.SelectMany(c => new[] { c.Start, c.End }));
        cuts.UnionWith(keptLinks.SelectMany(l => new[] { l.Start, l.End }));
        cuts.UnionWith(settled.Select(s => s.At));
        var chunks = new List<Chunk>();
        var bounds = cuts.ToList();
        for (var i = 0; i < bounds.Count; i++)
        {
            var start = bounds[i];
            var end = i + 1 < bounds.Count ? bounds[i + 1] : start;
            var refs = settled.Where(s => s.At == start).Select(s => s.Ref).ToList();
            if (end == start && refs.Count == 0)
            {
                continue;
            }
            var correction = corrected.FirstOrDefault(c => c.Start == start && c.End == end).Correction;
            chunks.Add(new Chunk(
                text[start..end],
                correction,
                keptLinks.FirstOrDefault(l => l.Start == start && end > start),
                keptLinks.FirstOrDefault(l => l.End == end && end > start),
                refs));
        }
        return chunks;
    }

    private static string Attribute(string value) => value.Replace("\"", "&quot;", StringComparison.Ordinal);
}
