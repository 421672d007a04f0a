using System.Globalization;
using Explainer.Editorial.Data;
using Explainer.Site.Data;

namespace Explainer.Site.Pages;

/// <summary>
/// The geometry and text of the data blocks, computed here so the theme's SVG partials only place what
/// they are given. Money spans US$200 million to US$600 billion, so it is drawn on a log scale (each
/// gridline ten times the last) as dots, never bars: a bar's length on a log scale means nothing.
/// Head counts are small and share one linear scale from zero, so they are bars. Each figure is a row:
/// its label and value as text, which wraps at any width, above a track drawn in percent of the column.
/// </summary>
public static class ChartModels
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static object Figures(PlacedData data, Func<string, string> paragraphHref, string csvHref, string jsonHref, Func<string, string> noteHref)
    {
        var chart = data.Data.Chart!; // callers ask only when the data has a chart
        var money = data.Figures.Where(f => f.Figure.Group == "money").ToList();
        var people = data.Figures.Where(f => f.Figure.Group == "people").ToList();
        return new
        {
            Id = PlacedData.ChartId,
            Automatic = data.Automatic.Contains(PlacedData.ChartId),
            chart.Title,
            chart.Summary,
            chart.Note,
            Source = data.Data.SourceLine,
            Money = money.Count == 0 ? null : LogPanel(money, paragraphHref, noteHref),
            People = people.Count == 0 ? null : LinearPanel(people, paragraphHref),
            Rows = data.Figures.Select(f => Row(f, paragraphHref, noteHref)).ToList(),
            CsvHref = csvHref,
            JsonHref = jsonHref,
        };
    }

    private static object Row(PlacedFigure placed, Func<string, string> paragraphHref, Func<string, string> noteHref) => new
    {
        Anchor = SectionMarkdownWriter.FigureAnchor(placed.Figure.Id),
        placed.Figure.Label,
        placed.Figure.LabelEn,
        Zh = FigureText.Chinese(placed.Figure, placed.Stated),
        En = FigureText.English(placed.Figure),
        Quote = placed.Figure.Quote.Text,
        Href = paragraphHref(placed.ParagraphId),
        NoteHref = placed.Figure.NoteId.Length > 0 ? noteHref(placed.Figure.NoteId) : "",
    };

    private static object LogPanel(List<PlacedFigure> figures, Func<string, string> paragraphHref, Func<string, string> noteHref)
    {
        var low = Math.Floor(Math.Log10((double)figures.Min(f => f.Figure.Value)));
        var high = Math.Ceiling(Math.Log10((double)figures.Max(f => f.Figure.ValueMax)));
        double X(decimal value) => (Math.Log10((double)value) - low) / (high - low);
        var currency = figures.All(f => f.Figure.Currency == figures[0].Figure.Currency) ? figures[0].Figure.Currency : "";
        return new
        {
            TwoLines = true, // each tick in Chinese and in English
            Ticks = Ticks(Enumerable.Range((int)low, (int)(high - low) + 1).Select(power =>
            {
                var value = (decimal)Math.Pow(10, power);
                return (X(value), FigureText.Yi(value), FigureText.CurrencyPrefix(currency) + FigureText.Short(value).Replace(" billion", "B", StringComparison.Ordinal).Replace(" million", "M", StringComparison.Ordinal).Replace(" trillion", "T", StringComparison.Ordinal));
            }).ToList()),
            Marks = figures.Select(f => new
            {
                f.Figure.Id,
                Label = Fit(f.Figure.Label),
                X = Percent(X(f.Figure.Value)),
                X2 = Percent(X(f.Figure.ValueMax)),
                IsRange = f.Figure.Kind == FigureKind.Range,
                Value = FigureText.Chinese(f.Figure, f.Stated) + "（" + FigureText.English(f.Figure) + "）" + (f.Figure.NoteId.Length > 0 ? "＊" : ""),
                Href = paragraphHref(f.ParagraphId),
                FactChecked = f.Figure.NoteId.Length > 0,
            }).ToList(),
        };
    }

    private static object LinearPanel(List<PlacedFigure> figures, Func<string, string> paragraphHref)
    {
        var max = (double)figures.Max(f => f.Figure.ValueMax);
        var step = Math.Pow(10, Math.Floor(Math.Log10(max)));
        var top = Math.Ceiling(max / step) * step;
        double X(double value) => value / top;
        return new
        {
            TwoLines = false,
            Ticks = Ticks(Enumerable.Range(0, (int)(top / step) + 1).Select(i => (X(i * step), (i * step).ToString("0", Invariant), "")).ToList()),
            Marks = figures.Select(f => new
            {
                f.Figure.Id,
                f.Figure.Label,
                // A bar from zero: its start is the plot's left edge, its width at least visible.
                X = Percent(0),
                BarWidth = Num(Math.Max(X((double)f.Figure.Value) * PlotShare * 100, 0.5)) + "%",
                Value = FigureText.Chinese(f.Figure, f.Stated) + "（" + FigureText.English(f.Figure) + "）",
                Href = paragraphHref(f.ParagraphId),
            }).ToList(),
        };
    }

    /// <summary>
    /// An axis's ticks, placed in percent of the plot's width so that the chart is drawn at the column's
    /// width in CSS pixels (its text never scaled down). On narrow screens every other inner tick's label
    /// is left out (<c>Minor</c>), so labels never crowd; the first and last keep to the plot's edges.
    /// </summary>
    private static List<object> Ticks(List<(double X, string Zh, string En)> ticks) =>
        [.. ticks.Select((t, i) => (object)new
        {
            X = Percent(t.X),
            t.Zh,
            t.En,
            Anchor = i == 0 ? "start" : i == ticks.Count - 1 ? "end" : "middle",
            Minor = ticks.Count > 4 && i % 2 == 1 && i != ticks.Count - 1,
        })];

    /// <summary>The share of the track the plot spans: a dot's radius is kept inside at both ends.</summary>
    private const double PlotShare = 0.96;

    private static string Percent(double share) => Num((0.02 + share * PlotShare) * 100) + "%";

    public static object Compute(PlacedData data, Func<string, string> paragraphHref)
    {
        var compute = data.Data.Compute!; // callers ask only when the data has a comparison
        return new
        {
            Id = PlacedData.ComputeId,
            compute.Title,
            compute.Summary,
            compute.Note,
            Claims = data.Claims.Select(c => new { c.Claim.Who, c.Claim.Wants, Quote = c.Claim.Quote.Text, Href = paragraphHref(c.ParagraphId) }).ToList(),
        };
    }

    public static object Timeline(PlacedData data, Func<string, string> paragraphHref)
    {
        var timeline = data.Data.Timeline!; // callers ask only when the data has a timeline
        var published = data.Data.Published;
        return new
        {
            Id = PlacedData.TimelineId,
            timeline.Title,
            timeline.Summary,
            timeline.Note,
            Published = published is { } p ? $"{p.Year} 年 {p.Month} 月 {p.Day} 日" : "",
            PublishedSource = data.Data.PublishedSource is { } s ? new { s.Publication, s.Title, s.Date, s.Url } : null,
            Automatic = data.Automatic.Contains(PlacedData.TimelineId),
            Events = data.Events.Select(e => new
            {
                e.Event.When,
                e.Event.Label,
                Display = e.Date?.Display ?? e.Event.When,
                Derivation = e.Date?.Derivation ?? "原文未給可推算的日期",
                Datetime = e.Date is not { } date ? "" : date.Start == date.End ? date.Start.ToString("yyyy-MM-dd", Invariant) : date.Start.ToString("yyyy-MM", Invariant),
                Href = paragraphHref(e.ParagraphId),
            }).ToList(),
        };
    }

    private static string Num(double value) => value.ToString("0.#", Invariant);

    /// <summary>
    /// A label as long as the chart's width allows (about 40 ideographs): an automatic label is the whole
    /// clause that states the figure, so a long one shows its end, where the amount stands, after an
    /// ellipsis; the table below gives it whole.
    /// </summary>
    private static string Fit(string label)
    {
        const double room = 40;
        if (Seeds.CjkText.DisplayWidth(label) <= room)
        {
            return label;
        }
        var elements = System.Globalization.StringInfo.ParseCombiningCharacters(label);
        for (var i = 1; i < elements.Length; i++)
        {
            var tail = label[elements[i]..];
            if (Seeds.CjkText.DisplayWidth(tail) <= room - 1)
            {
                return "…" + tail;
            }
        }
        return label;
    }
}
