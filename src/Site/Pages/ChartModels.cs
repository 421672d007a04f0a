using System.Globalization;
using Explainer.Editorial.Data;
using Explainer.Site.Data;

namespace Explainer.Site.Pages;

/// <summary>
/// The geometry and text of the data blocks, computed here so the theme's SVG partials only place what
/// they are given. Money spans US$200 million to US$600 billion, so it is drawn on a log scale (each
/// gridline ten times the last) as dots, never bars: a bar's length on a log scale means nothing.
/// Head counts are small and share one linear scale from zero, so they are bars.
/// </summary>
public static class ChartModels
{
    private const double Width = 640;
    private const double Left = 8;
    private const double PlotRight = 470;
    private const double RowHeight = 48;
    private const double Top = 8;
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
        double X(decimal value) => Left + (Math.Log10((double)value) - low) / (high - low) * (PlotRight - Left);
        var height = Top + figures.Count * RowHeight + 44;
        return new
        {
            Width = Num(Width),
            Height = Num(height),
            AxisY = Num(Top + figures.Count * RowHeight + 4),
            Ticks = Enumerable.Range((int)low, (int)(high - low) + 1).Select(power =>
            {
                var value = (decimal)Math.Pow(10, power);
                return new { X = Num(X(value)), Zh = FigureText.Yi(value), En = FigureText.CurrencyPrefix(figures.All(f => f.Figure.Currency == figures[0].Figure.Currency) ? figures[0].Figure.Currency : "") + FigureText.Short(value).Replace(" billion", "B", StringComparison.Ordinal).Replace(" million", "M", StringComparison.Ordinal).Replace(" trillion", "T", StringComparison.Ordinal) };
            }).ToList(),
            Marks = figures.Select((f, i) =>
            {
                var x = X(f.Figure.Value);
                var x2 = X(f.Figure.ValueMax);
                var y = Top + i * RowHeight + 32;
                return new
                {
                    f.Figure.Id,
                    Label = Fit(f.Figure.Label),
                    LabelY = Num(y - 14),
                    RowTop = Num(y - 30),
                    RowHeight = Num(RowHeight),
                    X = Num(x),
                    X2 = Num(x2),
                    Y = Num(y),
                    IsRange = f.Figure.Kind == FigureKind.Range,
                    ValueX = Num(x2 + 10),
                    Value = FigureText.Chinese(f.Figure, f.Stated) + "（" + FigureText.English(f.Figure) + "）" + (f.Figure.NoteId.Length > 0 ? "＊" : ""),
                    Href = paragraphHref(f.ParagraphId),
                    FactChecked = f.Figure.NoteId.Length > 0,
                };
            }).ToList(),
        };
    }

    private static object LinearPanel(List<PlacedFigure> figures, Func<string, string> paragraphHref)
    {
        var max = (double)figures.Max(f => f.Figure.ValueMax);
        var step = Math.Pow(10, Math.Floor(Math.Log10(max)));
        var top = Math.Ceiling(max / step) * step;
        double X(double value) => Left + value / top * (PlotRight - Left);
        var height = Top + figures.Count * RowHeight + 44;
        return new
        {
            Width = Num(Width),
            Height = Num(height),
            AxisY = Num(Top + figures.Count * RowHeight + 4),
            Ticks = Enumerable.Range(0, (int)(top / step) + 1).Select(i => new { X = Num(X(i * step)), Zh = (i * step).ToString("0", Invariant), En = "" }).ToList(),
            Marks = figures.Select((f, i) =>
            {
                var y = Top + i * RowHeight + 32;
                var end = X((double)f.Figure.Value);
                return new
                {
                    f.Figure.Id,
                    f.Figure.Label,
                    LabelY = Num(y - 14),
                    RowTop = Num(y - 30),
                    RowHeight = Num(RowHeight),
                    X = Num(Left),
                    BarY = Num(y - 6),
                    BarWidth = Num(Math.Max(end - Left, 2)),
                    ValueX = Num(end + 8),
                    Y = Num(y),
                    Value = FigureText.Chinese(f.Figure, f.Stated) + "（" + FigureText.English(f.Figure) + "）",
                    Href = paragraphHref(f.ParagraphId),
                };
            }).ToList(),
        };
    }

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
