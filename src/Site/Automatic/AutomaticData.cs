using System.Collections.Immutable;
using System.Globalization;
using Explainer.Analysis;
using Explainer.Editorial.Data;
using Explainer.Engine;
using Explainer.Site.Annotations;
using Explainer.Site.Data;

namespace Explainer.Site.Automatic;

/// <summary>
/// What every seed gets without an editorial file: a chart of the money it states (two amounts or more,
/// in the currency it states most), a timeline of its dated events (two or more) and the people and
/// organisations it names without a profile. Each entry quotes the seed and links to its paragraph;
/// labels are the seed's own clause. A block that <c>data.yml</c> defines replaces the automatic one,
/// and its <c>exclude:</c> leaves out automatic figures and events by their words. Everything here is
/// worked out again from the seed at every build, so the chart follows the seed's numbers.
/// </summary>
public static class AutomaticData
{
    /// <summary>Shown on every automatic block.</summary>
    public const string Compiled = "依原文自動整理，未經編輯查核";

    /// <summary>
    /// A chart stays readable with a dozen rows and a timeline with a score of events; a longer story's
    /// blocks show the first ones in reading order and say how many the story has.
    /// </summary>
    public const int MostFigures = 12;

    public const int MostEvents = 20;

    public const int MostNames = 30;

    public static PlacedData Complete(PlacedData placed, ExplainerModel explainer, ExplainerData editorial, AliasMatcher profiles, string seedPath, DiagnosticBag diagnostics)
    {
        var paragraphs = explainer.Sections.SelectMany(s => s.Paragraphs).ToList();
        // Amounts feed only an automatic chart and dates only an automatic timeline (and data.yml's
        // exclude: checks): where the editor's data.yml defines a block, its finder has nothing to do.
        var checkExcludes = !editorial.Exclude.IsEmpty;
        var amounts = editorial.Chart is null || checkExcludes
            ? paragraphs.SelectMany(p => AmountFinder.Find(p.Source.Text).Select(a => (Paragraph: p, Amount: a))).ToList()
            : [];
        var dates = editorial.Timeline is null || checkExcludes
            ? paragraphs.SelectMany(p => DateFinder.Find(p.Source.Text).Select(d => (Paragraph: p, Date: d))).ToList()
            : [];
        var used = new HashSet<SeedQuote>();
        bool Excluded(string words, string clause)
        {
            var hit = editorial.Exclude.FirstOrDefault(e => words == e.Text || clause.Contains(e.Text, StringComparison.Ordinal));
            if (hit is not null)
            {
                used.Add(hit);
            }
            return hit is not null;
        }
        amounts.RemoveAll(a => Excluded(a.Amount.Text, a.Amount.Clause));
        dates.RemoveAll(d => Excluded(d.Date.Text, d.Date.Clause));
        foreach (var unused in editorial.Exclude.Where(e => !used.Contains(e)))
        {
            diagnostics.Add(Diagnostic.Warning(unused.File, unused.Line, unused.Column, $"exclude '{unused.Text}' matches no automatic figure or event of the seed"));
        }

        var data = placed.Data == ExplainerData.None ? editorial with { SourcePath = seedPath } : placed.Data;
        var figures = placed.Figures;
        var events = placed.Events;
        var blocks = placed.BlocksAfter;
        var automatic = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        if (editorial.Chart is null && Chart(explainer, amounts, seedPath) is { } chart)
        {
            (data, figures) = (data with { Chart = chart.Placement, SourceLine = Compiled + "；每個數字都連到說出它的段落。", Figures = [.. chart.Figures.Select(f => f.Figure)] }, chart.Figures);
            blocks = blocks.SetItem(PlacedData.ChartId, chart.Figures[^1].ParagraphId);
            automatic.Add(PlacedData.ChartId);
        }
        var published = editorial.Published ?? (DateOnly.TryParse(explainer.BasedOn?.Date, CultureInfo.InvariantCulture, out var basedOn) ? basedOn : null);
        if (editorial.Timeline is null && Timeline(explainer, dates, published, seedPath) is { } timeline)
        {
            (data, events) = (data with { Timeline = timeline.Placement, Published = published, Events = [.. timeline.Events.Select(e => e.Event)] }, timeline.Events);
            var order = paragraphs.Select((p, i) => (p.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            blocks = blocks.SetItem(PlacedData.TimelineId, timeline.Events.MaxBy(e => order[e.ParagraphId])!.ParagraphId); // at least two events
            automatic.Add(PlacedData.TimelineId);
        }
        return placed with
        {
            Data = data,
            Figures = figures,
            Events = events,
            BlocksAfter = blocks,
            Automatic = automatic.ToImmutable(),
            Mentioned = Mentions(paragraphs, profiles),
        };
    }

    private static (Placement Placement, ImmutableArray<PlacedFigure> Figures)? Chart(ExplainerModel explainer, List<(ParagraphModel Paragraph, FoundAmount Amount)> amounts, string seedPath)
    {
        var all = MoneyToChart(amounts);
        if (all.Count < 2)
        {
            return null;
        }
        var chosen = all.Take(MostFigures).ToList();
        var figures = chosen.Select((a, i) =>
        {
            var (line, column) = SeedPositions.Of(explainer.Seed, a.Paragraph.Source, a.Amount.Index);
            var figure = new Figure(
                $"auto-{i + 1}",
                a.Amount.Clause,
                "",
                a.Amount.Value,
                a.Amount.ValueMax,
                a.Amount.Unit,
                "",
                a.Amount.Currency,
                a.Amount.Value == a.Amount.ValueMax ? FigureKind.Point : FigureKind.Range,
                a.Amount.Approximate,
                "money",
                "",
                new SeedQuote(a.Amount.Text, "", "", seedPath, line, column))
            {
                Also = a.Amount.Also?.Text ?? "",
            };
            var number = ChineseNumber.First(a.Amount.Text);
            var stated = new StatedNumber(a.Amount.Value, a.Amount.ValueMax, number?.Text ?? a.Amount.Text, number?.Index ?? 0);
            return new PlacedFigure(figure, a.Paragraph.Id, a.Amount.Index + a.Amount.Length, stated);
        }).ToImmutableArray();
        var unit = chosen[0].Amount.Unit;
        var placement = new Placement(
            "本文提到的金額",
            (all.Count > figures.Length ? $"文中以{unit}計的金額共 {all.Count} 筆，這裡依出現先後列出前 {figures.Length} 筆" : $"文中以{unit}計的 {figures.Length} 筆金額，依出現先後排列")
                + "；標籤是原文說出該數字的句子。",
            "金額大小相差懸殊時，長度無法並排比較，故用對數尺度：每一條格線是前一條的十倍。",
            figures[^1].Figure.Quote);
        return (placement, figures);
    }

    /// <summary>
    /// The amounts of money a chart can set side by side: those in the unit the seed states most (美元,
    /// 港元, 元 …; the first stated, on a tie). Amounts in another unit are not converted: the seed gives
    /// no rate, and the build invents none. A bare 元 stays without a currency code.
    /// </summary>
    public static List<(ParagraphModel Paragraph, FoundAmount Amount)> MoneyToChart(IEnumerable<(ParagraphModel Paragraph, FoundAmount Amount)> amounts)
    {
        var money = amounts.Where(a => a.Amount.Kind == AmountKind.Money && a.Amount.Value > 0).ToList();
        var unit = money.GroupBy(a => a.Amount.Unit, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        return [.. money.Where(a => a.Amount.Unit == unit)];
    }

    private static (Placement Placement, ImmutableArray<PlacedEvent> Events)? Timeline(ExplainerModel explainer, List<(ParagraphModel Paragraph, FoundDate Date)> dates, DateOnly? published, string seedPath)
    {
        ResolvedDate? previous = null;
        var found = dates.Select(d =>
        {
            var resolved = DateFinder.Resolve(d.Date, published, previous);
            previous = resolved ?? previous;
            return (d.Paragraph, d.Date, Resolved: resolved);
        })
            // A bare 今年 or 去年 that cannot be dated says nothing a timeline can place.
            .Where(d => d.Resolved is not null || d.Date.Kind == DateKind.Absolute || d.Date.Text is not ("今年" or "去年" or "明年"))
            .ToList();
        if (found.Count < 2)
        {
            return null;
        }
        var events = found.Take(MostEvents).Select(d =>
        {
            var (line, column) = SeedPositions.Of(explainer.Seed, d.Paragraph.Source, d.Date.Index);
            return new PlacedEvent(new TimelineEvent(d.Date.Text, d.Date.Clause, new SeedQuote(d.Date.Text, "", "", seedPath, line, column)), d.Paragraph.Id, d.Resolved);
        }).ToList();
        // Chronological when every date resolves; otherwise in the order the story tells them.
        var ordered = events.All(e => e.Date is not null) ? [.. events.OrderBy(e => e.Date!.Start).ThenBy(e => e.Date!.End)] : events; // all dated here
        var count = found.Count > events.Count ? $"文中的時間共 {found.Count} 個，這裡列出最先出現的 {events.Count} 個" : $"文中的 {events.Count} 個時間";
        var summary = published is { } p
            ? $"{count}，相對日期依報導日期 {p.Year} 年 {p.Month} 月 {p.Day} 日推算。"
            : $"{count}，照原文列出（不知報導日期，相對日期無從推算）。";
        return (new Placement("本文提到的時間", summary, "", ordered[^1].Event.Quote), [.. ordered]);
    }

    /// <summary>Names found in the seed that no profile's alias matches, once each, with the seed's words about them.</summary>
    private static ImmutableArray<MentionedName> Mentions(List<ParagraphModel> paragraphs, AliasMatcher profiles)
    {
        var found = paragraphs.SelectMany(p => NameFinder.Find(p.Source.Text).Select(n => (Paragraph: p, Name: n)))
            .Where(n => profiles.Find(n.Name.Name).IsEmpty)
            .ToList();
        return [.. found
            .GroupBy(n => n.Name.Name, StringComparer.Ordinal)
            .Take(MostNames)
            .Select(g =>
            {
                var (paragraph, name) = g.FirstOrDefault(n => n.Name.Title.Length > 0) is { Paragraph: not null } titled ? titled : g.First();
                var quote = name.TitleIndex >= 0 ? paragraph.Source.Text[name.TitleIndex..(name.Index + name.Length)] : name.Name;
                var mentions = paragraphs.Sum(p => Occurrences(p.Source.Text, g.Key));
                return (Order: paragraphs.IndexOf(g.First().Paragraph) * 100_000 + g.First().Name.Index,
                    Name: new MentionedName(g.Key, name.Kind == NameKind.Person, quote, paragraph.Id, Math.Max(mentions, 1)));
            })
            .OrderBy(n => n.Order)
            .Select(n => n.Name)];
    }

    private static int Occurrences(string text, string name)
    {
        var count = 0;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
