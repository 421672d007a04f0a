using System.Globalization;
using System.Text;
using Explainer.Markup;
using Explainer.Site.Annotations;
using Explainer.Site.Data;

namespace Explainer.Site;

/// <summary>
/// A section as a Markdown document: YAML front matter (title, slug, order, seed, source lines), the
/// heading as the seed spells it, then one paragraph per seed paragraph carrying its id and lines.
/// </summary>
public static class SectionMarkdownWriter
{
    public static string Write(ExplainerModel explainer, SectionModel section, bool fullWidthPunctuation) =>
        Write(explainer, section, fullWidthPunctuation, ExplainerAnnotations.None, PlacedData.None);

    public static string Write(
        ExplainerModel explainer, SectionModel section, bool fullWidthPunctuation, ExplainerAnnotations annotations, PlacedData data)
    {
        var md = new StringBuilder();
        md.Append("---\n");
        Field(md, "title", section.Title);
        Field(md, "title_en", section.TitleEn);
        Field(md, "explainer", explainer.Slug);
        Field(md, "slug", section.Slug);
        md.Append("order: ").Append(section.Order.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Field(md, "seed", explainer.SeedFile);
        md.Append("lines: [").Append(section.FirstLine.ToString(CultureInfo.InvariantCulture)).Append(", ")
            .Append(section.LastLine.ToString(CultureInfo.InvariantCulture)).Append("]\n");
        md.Append("---\n");
        if (section.Heading is not null)
        {
            md.Append("\n# ").Append(InlineMarkdown.Write(section.Heading, explainer.Corrections, fullWidthPunctuation)).Append('\n');
        }
        foreach (var paragraph in section.Paragraphs)
        {
            var added = annotations.For(paragraph.Id);
            var links = added.LinkedMentions
                .Select(m => new LinkedSpan(m.Mention.Start, m.Mention.Length, m.Href, m.Mention.ProfileId))
                .ToList();
            var references = added.Notes
                .Select(n => new InsertedRef(n.Position, "#" + n.Anchor, n.Number.ToString(CultureInfo.InvariantCulture), $"註 {n.Number}：{n.Note.Title}", Lang: n.Note.KeepsTraditional ? "zh-Hant" : null))
                .Concat(data.Figures
                    .Where(f => f.ParagraphId == paragraph.Id)
                    .Select(f => new InsertedRef(f.Position, "/" + SiteUrls.Explainer(explainer) + "#" + FigureAnchor(f.Figure.Id), "圖", $"見圖表：{f.Figure.Label}", "figure-ref")))
                .ToList();
            md.Append('\n')
                .Append(InlineMarkdown.Write(paragraph.Source.Text, explainer.Corrections, fullWidthPunctuation, links, references,
                    correction => CorrectionAnchor(correction, paragraph.Id)))
                .Append(" {#").Append(paragraph.Id)
                .Append(" data-lines=\"").Append(Lines(paragraph.Source.FirstLine, paragraph.Source.LastLine)).Append("\"}\n");
        }
        return md.ToString();
    }

    /// <summary>A figure's row in the chart's table, where its paragraph's reference leads.</summary>
    public static string FigureAnchor(string figureId) => "figure-" + figureId;

    /// <summary>The correction's note beside the paragraph it corrects.</summary>
    public static string CorrectionAnchor(Editorial.Correction correction, string paragraphId) => $"{correction.Key}-{paragraphId}";

    public static string Lines(int first, int last) =>
        first == last
            ? first.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{first}-{last}");

    /// <summary>Double-quoted YAML scalars: only the backslash and the quote need escaping.</summary>
    private static void Field(StringBuilder md, string key, string value) =>
        md.Append(key).Append(": \"").Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n");
}
