using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Explainer.Engine;
using Explainer.Site.Data;
using Explainer.Site.Pages;

namespace Explainer.Site.Modules;

/// <summary>
/// /&lt;slug&gt;/data/figures.csv and .json: the chart's numbers with the sentence that states each and
/// a link to its paragraph. The CSV starts with a byte-order mark so spreadsheet programs read it as UTF-8.
/// </summary>
public sealed class CreateFigureData : SyncModule
{
    private static readonly string[] Columns =
        ["id", "label", "label_en", "value", "value_max", "unit", "unit_en", "currency", "kind", "approximate", "text_zh", "text_en", "quote", "paragraph_url"];

    protected override ImmutableArray<IDocument> Execute(ImmutableArray<IDocument> inputs, IExecutionContext context)
    {
        var site = EditorialLookup.Site(context);
        var documents = inputs.ToBuilder();
        foreach (var seed in context.OutputsOf(ExplainerPipelines.Seeds).OrderBy(d => d.Get<ExplainerModel>(Keys.Explainer).SeedFile, StringComparer.Ordinal))
        {
            var explainer = seed.Get<ExplainerModel>(Keys.Explainer);
            var data = seed.Get<PlacedData>(Keys.Data);
            if (data.Figures.IsEmpty)
            {
                continue;
            }
            var rows = data.Figures.Select(f => new FigureRow(
                f.Figure.Id,
                f.Figure.Label,
                f.Figure.LabelEn,
                f.Figure.Value,
                f.Figure.ValueMax,
                f.Figure.Unit,
                f.Figure.UnitEn,
                f.Figure.Currency,
                f.Figure.Kind.ToString().ToLowerInvariant(),
                f.Figure.Approximate,
                FigureText.Chinese(f.Figure, f.Stated),
                FigureText.English(f.Figure),
                f.Figure.Quote.Text,
                $"{site.BaseUrl}/{SiteUrls.Explainer(explainer)}#{f.ParagraphId}")).ToList();
            var folder = SiteUrls.Explainer(explainer) + "data/";
            documents.Add(new Document(null, folder + "figures.csv", Csv(rows)));
            documents.Add(new Document(null, folder + "figures.json",
                SiteJson.Serialize(new FigureDataFile(explainer.Slug, explainer.Title, explainer.SeedFile, rows), SiteJson.Context.FigureDataFile)));
        }
        return documents.ToImmutable();
    }

    private static string Csv(IEnumerable<FigureRow> rows)
    {
        var csv = new StringBuilder("\uFEFF").AppendJoin(',', Columns).Append("\r\n");
        foreach (var r in rows)
        {
            string[] cells =
            [
                r.Id, r.Label, r.LabelEn, Number(r.Value), Number(r.ValueMax), r.Unit, r.UnitEn, r.Currency, r.Kind,
                r.Approximate ? "true" : "false", r.TextZh, r.TextEn, r.Quote, r.ParagraphUrl,
            ];
            csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes.</summary>
    private static string Cell(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
