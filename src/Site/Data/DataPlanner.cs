using System.Collections.Immutable;
using System.Globalization;
using Explainer.Editorial.Data;
using Explainer.Engine;

namespace Explainer.Site.Data;

/// <summary>
/// Binds a seed's data to its sentences. Every figure's quote must stand once in the seed and state the
/// figure's number (<c>6000億美元</c> is 600,000,000,000; <c>數億</c> is 2–9 億); every claim, event and
/// placement must find its quote; every relative date must resolve. Anything else fails the build,
/// naming the data file, line and column.
/// </summary>
public static class DataPlanner
{
    public static PlacedData Plan(ExplainerModel explainer, ExplainerData data, DiagnosticBag diagnostics)
    {
        if (data == ExplainerData.None)
        {
            return PlacedData.None;
        }
        var paragraphs = explainer.Sections.SelectMany(s => s.Paragraphs).ToList();
        QuoteHit? Locate(string what, SeedQuote quote)
        {
            var hits = QuoteLocator.FindAll(paragraphs, quote.Prefix, quote.Text, quote.Suffix);
            if (QuoteLocator.Problem(what, quote.Text, hits.Count) is { } problem)
            {
                diagnostics.Add(Diagnostic.Error(quote.File, quote.Line, quote.Column, problem));
                return null;
            }
            return hits[0];
        }

        var figures = ImmutableArray.CreateBuilder<PlacedFigure>();
        foreach (var figure in data.Figures)
        {
            if (ChangedNumber(paragraphs, figure) is { } changed)
            {
                diagnostics.Add(Diagnostic.Error(figure.Quote.File, figure.Quote.Line, figure.Quote.Column, changed));
                continue;
            }
            if (Locate($"figure '{figure.Id}'", figure.Quote) is not { } hit)
            {
                continue;
            }
            if (Check(figure, diagnostics) is { } stated)
            {
                figures.Add(new PlacedFigure(figure, hit.Paragraph.Id, hit.End, stated));
            }
        }
        var claims = data.Claims
            .Select(c => (Claim: c, Hit: Locate($"claim of {c.Who}", c.Quote)))
            .Where(c => c.Hit is not null)
            .Select(c => new PlacedClaim(c.Claim, c.Hit!.Paragraph.Id)); // filtered to located claims above
        var events = PlaceEvents(data, Locate, diagnostics);
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, placement) in new[] { (PlacedData.ChartId, data.Chart), (PlacedData.ComputeId, data.Compute), (PlacedData.TimelineId, data.Timeline) })
        {
            if (placement is not null && Locate($"{id}'s place", placement.After) is { } hit)
            {
                blocks[id] = hit.Paragraph.Id;
            }
        }
        return new PlacedData(data, figures.ToImmutable(), [.. claims], events, blocks.ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>
    /// When the quote is gone only because its number changed (<c>20億</c> → <c>30億</c>), say so: the same
    /// words with another number stand in the seed exactly once.
    /// </summary>
    private static string? ChangedNumber(List<ParagraphModel> paragraphs, Figure figure)
    {
        var quote = figure.Quote;
        var number = ChineseNumber.First(quote.Text);
        if (number is null || QuoteLocator.FindAll(paragraphs, quote.Prefix, quote.Text, quote.Suffix).Count > 0)
        {
            return null;
        }
        var pattern = new System.Text.RegularExpressions.Regex(
            System.Text.RegularExpressions.Regex.Escape(quote.Prefix + quote.Text[..number.Index])
            + @"(?<number>[\d,.]+[十百千萬億兆]*|數[十百千萬億兆]+|[零一二兩三四五六七八九十百千]+[萬億兆]*)"
            + System.Text.RegularExpressions.Regex.Escape(quote.Text[(number.Index + number.Text.Length)..] + quote.Suffix));
        var matches = paragraphs.SelectMany(p => pattern.Matches(p.Source.Text)).ToList();
        if (matches.Count != 1)
        {
            return null;
        }
        var now = matches[0].Groups["number"].Value;
        return $"figure '{figure.Id}': the seed now says '{now}' where the data expects '{number.Text}' ({Format(figure.Value, figure.ValueMax)}); update the value and the quote together";
    }

    /// <summary>The number the quote states must be the figure's, and a currency must be named.</summary>
    private static StatedNumber? Check(Figure figure, DiagnosticBag diagnostics)
    {
        var quote = figure.Quote;
        var stated = ChineseNumber.First(quote.Text);
        string? problem = null;
        if (stated is null)
        {
            problem = $"figure '{figure.Id}': the quote '{quote.Text}' states no number";
        }
        else if (stated.Min != figure.Value || stated.Max != figure.ValueMax)
        {
            problem = $"figure '{figure.Id}': the seed says '{stated.Text}' ({Format(stated.Min, stated.Max)}) but the data says {Format(figure.Value, figure.ValueMax)}";
        }
        else if (figure.Currency == "USD" && !quote.Text.Contains("美元", StringComparison.Ordinal))
        {
            problem = $"figure '{figure.Id}': the data says US dollars but the quote '{quote.Text}' names no 美元";
        }
        if (problem is not null)
        {
            diagnostics.Add(Diagnostic.Error(quote.File, quote.Line, quote.Column, problem));
            return null;
        }
        return stated;
    }

    private static ImmutableArray<PlacedEvent> PlaceEvents(ExplainerData data, Func<string, SeedQuote, QuoteHit?> locate, DiagnosticBag diagnostics)
    {
        var events = ImmutableArray.CreateBuilder<PlacedEvent>();
        ResolvedDate? previous = null;
        foreach (var item in data.Events)
        {
            var hit = locate($"event '{item.Label}'", item.Quote);
            if (data.Published is not { } published)
            {
                diagnostics.Add(Diagnostic.Error(data.SourcePath, 1, 1, "events need 'published': the date the story appeared, to resolve 今年 and 本周"));
                break;
            }
            var date = RelativeDate.Resolve(item.When, published, previous);
            if (date is null)
            {
                diagnostics.Add(Diagnostic.Error(item.Quote.File, item.Quote.Line, item.Quote.Column,
                    $"cannot resolve the date '{item.When}' (known: 今年春天/夏天/秋天, N月, N月N日, N個月後, 本周X)"));
                continue;
            }
            previous = date;
            if (hit is not null)
            {
                events.Add(new PlacedEvent(item, hit.Paragraph.Id, date));
            }
        }
        return events.ToImmutable();
    }

    private static string Format(decimal min, decimal max) =>
        min == max
            ? min.ToString("#,0.##", CultureInfo.InvariantCulture)
            : $"{min.ToString("#,0.##", CultureInfo.InvariantCulture)}–{max.ToString("#,0.##", CultureInfo.InvariantCulture)}";
}
